import { useCallback, useState } from 'react';
import type { Notice } from '../counter-session';
import { NoticeLine } from '../components/NoticeLine';
import { useI18n } from '../i18n/i18n-context';
import { DeviceRow, type DeviceActions } from './DeviceRow';
import { PairDeviceForm } from './PairDeviceForm';
import { changeDevice, fetchDevicesOverview, revokeDevice, rotateDeviceToken } from './people-api';
import type { SectionProps } from './section-props';
import { usePolled } from './use-polled';

/**
 * "Thiết bị" (issue 17): pair a new device by its code; rename, move, give a
 * counter PC its counter, rotate or revoke; which are connected now and how
 * their printers are.
 */
export function DevicesSection({ session, hall, canEdit }: SectionProps) {
  const { t } = useI18n();
  const load = useCallback(() => fetchDevicesOverview(session.token), [session]);
  const devices = usePolled(load, 3000);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (run: () => Promise<Notice>) => {
    setBusy(true);
    setNotice(await run());
    setBusy(false);
    await devices.reload();
  };
  const actions: DeviceActions = {
    save: (d, change) =>
      void act(async () => {
        const r = await changeDevice(session.token, d.id, change);
        return r.ok ? { kind: 'text', key: 'devices.saved', params: { name: r.value.name } } : { kind: 'error', error: r.error };
      }),
    rotate: (d) =>
      void act(async () => {
        const r = await rotateDeviceToken(session.token, d.id);
        return r.ok ? { kind: 'text', key: 'devices.rotated', params: { id: d.id, token: r.value.token } } : { kind: 'error', error: r.error };
      }),
    revoke: (d) => {
      if (!window.confirm(t('devices.revokeConfirm', { name: d.name }))) return;
      void act(async () => {
        const r = await revokeDevice(session.token, d.id);
        return r.ok ? { kind: 'text', key: 'devices.revoked', params: { name: d.name } } : { kind: 'error', error: r.error };
      });
    },
  };

  return (
    <main className="admin-section" aria-label={t('nav.devices')}>
      {!canEdit && <p className="muted">{t('people.readOnly')}</p>}
      <NoticeLine notice={notice ?? (devices.error ? { kind: 'error', error: devices.error } : null)} testId="devices-notice" />
      {canEdit && (
        <PairDeviceForm
          token={session.token}
          hall={hall}
          onDone={async (n) => {
            setNotice(n);
            await devices.reload();
          }}
        />
      )}
      <section className="panel" data-testid="devices-table">
        <h2>{t('devices.list')}</h2>
        {devices.value === null ? (
          <p className="loading">{t('common.loading')}</p>
        ) : devices.value.length === 0 ? (
          <p className="muted">{t('devices.none')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th>{t('people.name')}</th>
                  <th>{t('devices.kind')}</th>
                  <th>{t('devices.area')}</th>
                  <th>{t('devices.counter')}</th>
                  <th>{t('devices.connection')}</th>
                  <th>{t('devices.printer')}</th>
                  <th>{t('devices.lastSeen')}</th>
                  {canEdit && <th>{t('people.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {devices.value.map((d) => (
                  // Keyed by what the hub says, so a saved change resets the row's inputs to it.
                  <DeviceRow key={`${d.id}|${d.name}|${d.area ?? ''}|${d.counter ?? ''}`} device={d} hall={hall} canEdit={canEdit} busy={busy} actions={actions} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
