import { canPrint, type DeviceHealthView, type SenderHealth } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { formatClock } from '../model/format';
import { SenderStatusBadge } from './OutboxPanel';

/**
 * Kiosks' and counters' printer health as the devices last reported it. A
 * device that never reported its printer says so (not "no printer"), and one
 * that never reached the hub says it is not connected yet. Display boards
 * have no printer. The citizens' message sender (SMS gateway, Zalo) is listed
 * too, with its status where a printer's would be.
 */
export function DevicesPanel({ devices, sender }: { devices: DeviceHealthView[]; sender?: SenderHealth | undefined }) {
  const { t } = useI18n();
  const sorted = [...devices].sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name, 'vi'));
  return (
    <section className="panel" aria-label={t('sup.devices')}>
      <h2>{t('sup.devices')}</h2>
      {sorted.length === 0 && !sender ? (
        <p className="muted">{t('sup.noDevices')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('sup.device')}</th>
              <th>{t('sup.printer')}</th>
              <th>{t('sup.lastSeen')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((d) => (
              <tr key={d.id} data-device={d.id}>
                <td>{d.name}</td>
                <td data-testid={`device-printer-${d.id}`}>
                  {d.role === 'display' ? (
                    <span className="muted">{t('printer.noPrinter')}</span>
                  ) : d.printer === null ? (
                    <span className="muted">{t('printer.unreported')}</span>
                  ) : (
                    <span className={`badge ${canPrint(d.printer) ? 'badge-open' : 'badge-alert'}`}>
                      {t(`printer.${d.printer}`)}
                    </span>
                  )}
                </td>
                <td className="muted" data-testid={`device-seen-${d.id}`}>
                  {d.lastSeenAt === null ? t('sup.neverConnected') : formatClock(d.lastSeenAt)}
                </td>
              </tr>
            ))}
            {sender ? (
              <tr data-device="sender">
                <td>{t(`sender.kind.${sender.sender}`)}</td>
                <td>
                  <SenderStatusBadge health={sender} />
                </td>
                <td className="muted">{sender.since === null ? '' : formatClock(sender.since)}</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      )}
    </section>
  );
}
