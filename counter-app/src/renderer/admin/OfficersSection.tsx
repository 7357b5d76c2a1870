import { useCallback, useState } from 'react';
import { STAFF_ROLES, type StaffOverview, type StaffRole, type UpdateUserRequest } from '@luot/protocol';
import type { Notice } from '../counter-session';
import { NoticeLine } from '../components/NoticeLine';
import { useI18n } from '../i18n/i18n-context';
import { formatClock } from '../model/format';
import { NewOfficerForm } from './NewOfficerForm';
import { changeOfficer, fetchStaffOverview } from './people-api';
import type { SectionProps } from './section-props';
import { usePolled } from './use-polled';

/**
 * "Cán bộ" (issue 17): every account, where it is signed in (counter, since
 * when, connected now); an admin creates officers with a one-time password,
 * changes roles, resets passwords, deactivates and reactivates. A refusal
 * (the last admin, oneself) shows the hub's reason and changes nothing.
 */
export function OfficersSection({ session, canEdit }: SectionProps) {
  const { t } = useI18n();
  const load = useCallback(() => fetchStaffOverview(session.token), [session]);
  const staff = usePolled(load);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [resetting, setResetting] = useState<string | null>(null);
  const [newPassword, setNewPassword] = useState('');

  const change = async (u: StaffOverview, body: UpdateUserRequest, done: Notice) => {
    setBusy(true);
    const r = await changeOfficer(session.token, u.username, body);
    setBusy(false);
    setNotice(r.ok ? done : { kind: 'error', error: r.error });
    await staff.reload();
    return r.ok;
  };

  return (
    <main className="admin-section" aria-label={t('nav.officers')}>
      {!canEdit && <p className="muted">{t('people.readOnly')}</p>}
      <NoticeLine notice={notice ?? (staff.error ? { kind: 'error', error: staff.error } : null)} testId="people-notice" />
      {canEdit && (
        <NewOfficerForm
          busy={busy}
          token={session.token}
          onDone={async (n) => {
            setNotice(n);
            await staff.reload();
          }}
        />
      )}
      <section className="panel" data-testid="officers-table">
        <h2>{t('nav.officers')}</h2>
        {staff.value === null ? (
          <p className="loading">{t('common.loading')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th>{t('people.username')}</th>
                <th>{t('people.name')}</th>
                <th>{t('people.role')}</th>
                <th>{t('people.state')}</th>
                <th>{t('people.where')}</th>
                {canEdit && <th>{t('people.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {staff.value.map((u) => (
                <tr key={u.id} data-officer={u.username}>
                  <td>{u.username}</td>
                  <td>{u.name}</td>
                  <td>
                    {canEdit ? (
                      <select
                        aria-label={`${t('people.role')} ${u.username}`}
                        value={u.role}
                        disabled={busy}
                        onChange={(e) => void change(u, { role: e.target.value as StaffRole }, { kind: 'text', key: 'people.roleChanged', params: { username: u.username } })}
                      >
                        {STAFF_ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t(`people.role.${r}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`people.role.${u.role}`)
                    )}
                  </td>
                  <td data-testid={`officer-state-${u.username}`}>
                    <span className={`badge ${u.active ? 'badge-open' : 'badge-alert'}`}>{u.active ? t('people.active') : t('people.inactive')}</span>
                    {u.mustChangePassword && <span className="badge badge-paused">{t('people.mustChange')}</span>}
                  </td>
                  <td data-testid={`officer-where-${u.username}`}>
                    {u.sessions.length === 0 ? (
                      <span className="muted">{t('people.notSignedIn')}</span>
                    ) : (
                      <>
                        {u.counter !== null && <strong>{t('people.atCounter', { counter: u.counter })} </strong>}
                        <span>{t('people.since', { time: formatClock(Math.min(...u.sessions.map((s) => s.since))) })}</span>
                        {u.sessions.some((s) => s.connected) && <span className="badge badge-open">{t('people.connected')}</span>}
                        {u.sessions.length > 1 && <span className="muted"> · {t('people.sessions', { count: u.sessions.length })}</span>}
                      </>
                    )}
                  </td>
                  {canEdit && (
                    <td className="row-actions">
                      {resetting === u.username ? (
                        <form
                          onSubmit={(e) => {
                            e.preventDefault();
                            void change(u, { password: newPassword }, { kind: 'text', key: 'people.resetDone', params: { username: u.username } }).then((ok) => {
                              if (ok) setResetting(null);
                            });
                          }}
                        >
                          <input aria-label={t('people.oneTimePassword')} name="reset-password" value={newPassword} minLength={8} maxLength={128} required onChange={(e) => setNewPassword(e.target.value)} />
                          <button type="submit" className="primary" disabled={busy}>
                            {t('people.save')}
                          </button>
                          <button type="button" onClick={() => setResetting(null)}>
                            {t('people.cancel')}
                          </button>
                        </form>
                      ) : (
                        <button
                          type="button"
                          disabled={busy}
                          onClick={() => {
                            setNewPassword('');
                            setResetting(u.username);
                          }}
                        >
                          {t('people.resetPassword')}
                        </button>
                      )}
                      {u.active ? (
                        <button type="button" className="danger" disabled={busy} data-action="deactivate"
                          onClick={() => void change(u, { active: false }, { kind: 'text', key: 'people.deactivated', params: { username: u.username } })}>
                          {t('people.deactivate')}
                        </button>
                      ) : (
                        <button type="button" disabled={busy} data-action="reactivate"
                          onClick={() => void change(u, { active: true }, { kind: 'text', key: 'people.reactivated', params: { username: u.username } })}>
                          {t('people.reactivate')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
