import { useState } from 'react';
import { canPrint, type DeviceOverview, type HallSnapshot, type UpdateDeviceRequest } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { formatClock } from '../model/format';

export interface DeviceActions {
  save(d: DeviceOverview, change: UpdateDeviceRequest): void;
  rotate(d: DeviceOverview): void;
  revoke(d: DeviceOverview): void;
}

/** One device: where it stands (editable by an admin), connected or not, its printer. */
export function DeviceRow({ device: d, hall, canEdit, busy, actions }: { device: DeviceOverview; hall: HallSnapshot; canEdit: boolean; busy: boolean; actions: DeviceActions }) {
  const { t, pick } = useI18n();
  const [name, setName] = useState(d.name);
  const [area, setArea] = useState(d.area ?? '');
  const [counter, setCounter] = useState(d.counter === null ? '' : String(d.counter));
  const changed = name !== d.name || area !== (d.area ?? '') || counter !== (d.counter === null ? '' : String(d.counter));
  return (
    <tr data-device={d.id}>
      <td>
        {canEdit ? <input aria-label={`${t('people.name')} ${d.id}`} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} /> : d.name}
        <div className="muted">{d.id}</div>
      </td>
      <td>{t(`devices.kind.${d.role}`)}</td>
      <td>{canEdit ? <input aria-label={`${t('devices.area')} ${d.id}`} value={area} maxLength={40} onChange={(e) => setArea(e.target.value)} /> : (d.area ?? '')}</td>
      <td>
        {d.role !== 'counter' ? (
          <span className="muted">—</span>
        ) : canEdit ? (
          <select aria-label={`${t('devices.counter')} ${d.id}`} value={counter} onChange={(e) => setCounter(e.target.value)}>
            <option value="">{t('devices.noCounter')}</option>
            {hall.counters.map((c) => (
              <option key={c.number} value={c.number}>
                {c.number} — {pick(c.name)}
              </option>
            ))}
          </select>
        ) : (
          (d.counter ?? '')
        )}
      </td>
      <td data-testid={`device-connected-${d.id}`}>
        <span className={`badge ${d.connected ? 'badge-open' : 'badge-closed'}`}>{d.connected ? t('devices.online') : t('devices.offline')}</span>
      </td>
      <td>
        {d.role === 'display' ? (
          <span className="muted">{t('printer.noPrinter')}</span>
        ) : d.printerState === null ? (
          <span className="muted">{t('printer.unreported')}</span>
        ) : (
          <span className={`badge ${canPrint(d.printerState) ? 'badge-open' : 'badge-alert'}`} title={d.printerDetail ?? undefined}>
            {t(`printer.${d.printerState}`)}
          </span>
        )}
      </td>
      <td className="muted">{d.lastSeenAt === null ? t('sup.neverConnected') : formatClock(d.lastSeenAt)}</td>
      {canEdit && (
        <td className="row-actions">
          <button type="button" className="primary" disabled={busy || !changed}
            onClick={() => actions.save(d, { name, area: area.trim() === '' ? null : area.trim(), ...(d.role === 'counter' ? { counter: counter === '' ? null : Number(counter) } : {}) })}>
            {t('people.save')}
          </button>
          <button type="button" disabled={busy} onClick={() => actions.rotate(d)}>
            {t('devices.rotate')}
          </button>
          <button type="button" className="danger" disabled={busy} onClick={() => actions.revoke(d)}>
            {t('devices.revoke')}
          </button>
        </td>
      )}
    </tr>
  );
}
