import { useState } from 'react';
import { DEVICE_ROLES, type DeviceRole, type HallSnapshot } from '@luot/protocol';
import type { Notice } from '../counter-session';
import { useI18n } from '../i18n/i18n-context';
import { claimPairing } from './people-api';

/** The code a scanned QR brought (`/admin/?pair=KMA7RX#devices`), to fill the form in. */
export const codeFromUrl = (search: string): string => new URLSearchParams(search).get('pair') ?? '';

/**
 * Pairing a new device (issue 17): the code its first screen shows (typed,
 * or filled in by scanning its QR), what it is, where it stands. The device
 * then receives its token by itself; nobody copies one.
 */
export function PairDeviceForm({ token, hall, onDone }: { token: string | null; hall: HallSnapshot; onDone: (n: Notice) => Promise<void> }) {
  const { t, pick } = useI18n();
  const [code, setCode] = useState(() => codeFromUrl(location.search));
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<DeviceRole>('kiosk');
  const [area, setArea] = useState('');
  const [counter, setCounter] = useState('');
  const [sending, setSending] = useState(false);
  return (
    <section className="panel" data-testid="pair-device">
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          setSending(true);
          const body = { code, id: id.trim(), name, role, area: area.trim() === '' ? null : area.trim(), counter: role === 'counter' && counter !== '' ? Number(counter) : null };
          void claimPairing(token, body).then(async (r) => {
            setSending(false);
            if (r.ok) {
              setCode('');
              setId('');
              setName('');
              setArea('');
              setCounter('');
            }
            await onDone(r.ok ? { kind: 'text', key: 'devices.paired', params: { name: r.value.name } } : { kind: 'error', error: r.error });
          });
        }}
      >
        <h2>{t('devices.pair')}</h2>
        <p className="muted full-row">{t('devices.pairHint')}</p>
        <label className="field">
          <span>{t('devices.code')}</span>
          <input name="code" className="pairing-input" value={code} required maxLength={20} autoCapitalize="characters" autoComplete="off" placeholder="KMA-7RX" onChange={(e) => setCode(e.target.value.toUpperCase())} />
        </label>
        <label className="field">
          <span>{t('devices.kind')}</span>
          <select name="role" value={role} onChange={(e) => setRole(e.target.value as DeviceRole)}>
            {DEVICE_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`devices.kind.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('devices.id')}</span>
          <input name="id" value={id} required pattern="[A-Za-z0-9_\-]{1,32}" maxLength={32} autoCapitalize="none" placeholder="kiosk-3" onChange={(e) => setId(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('people.name')}</span>
          <input name="name" value={name} required maxLength={100} placeholder="Kiosk sảnh B" onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('devices.area')}</span>
          <input name="area" value={area} maxLength={40} onChange={(e) => setArea(e.target.value)} />
        </label>
        {role === 'counter' && (
          <label className="field">
            <span>{t('devices.counter')}</span>
            <select name="counter" value={counter} onChange={(e) => setCounter(e.target.value)}>
              <option value="">{t('devices.noCounter')}</option>
              {hall.counters.map((c) => (
                <option key={c.number} value={c.number}>
                  {c.number} — {pick(c.name)}
                </option>
              ))}
            </select>
          </label>
        )}
        <div>
          <button type="submit" className="primary" disabled={sending}>
            {t('devices.confirm')}
          </button>
        </div>
      </form>
    </section>
  );
}
