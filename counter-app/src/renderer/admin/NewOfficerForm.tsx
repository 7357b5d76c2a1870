import { useState } from 'react';
import { STAFF_ROLES, type StaffRole } from '@luot/protocol';
import type { Notice } from '../counter-session';
import { useI18n } from '../i18n/i18n-context';
import { createOfficer } from './people-api';

/** A new account with a one-time password: the officer chooses their own at first sign-in. */
export function NewOfficerForm({ token, busy, onDone }: { token: string | null; busy: boolean; onDone: (n: Notice) => Promise<void> }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('officer');
  const [password, setPassword] = useState('');
  const [sending, setSending] = useState(false);
  return (
    <section className="panel" data-testid="new-officer">
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          setSending(true);
          void createOfficer(token, { username: username.trim().toLowerCase(), name, role, password, mustChangePassword: true }).then(async (r) => {
            setSending(false);
            if (r.ok) {
              setUsername('');
              setName('');
              setPassword('');
            }
            await onDone(r.ok ? { kind: 'text', key: 'people.created', params: { username: r.value.username } } : { kind: 'error', error: r.error });
          });
        }}
      >
        <h2>{t('people.create')}</h2>
        <label className="field">
          <span>{t('people.username')}</span>
          <input name="username" value={username} required maxLength={40} autoCapitalize="none" onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('people.name')}</span>
          <input name="name" value={name} required maxLength={100} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('people.role')}</span>
          <select name="role" value={role} onChange={(e) => setRole(e.target.value as StaffRole)}>
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`people.role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('people.oneTimePassword')}</span>
          <input name="password" value={password} required minLength={8} maxLength={128} autoComplete="off" onChange={(e) => setPassword(e.target.value)} />
          <small className="muted">{t('people.oneTimeHint')}</small>
        </label>
        <div>
          <button type="submit" className="primary" disabled={busy || sending}>
            {t('people.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
