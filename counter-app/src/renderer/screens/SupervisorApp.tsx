import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { AdminSession } from '../admin-session';
import type { Notice } from '../counter-session';
import { useI18n } from '../i18n/i18n-context';
import { SignInForm } from '../components/SignInForm';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { abandonPasswordChange, completePasswordChange, type PasswordChange } from '../first-password';
import { SupervisorScreen } from './SupervisorScreen';

/** `/admin/`: a supervisor or admin signs in and sees the hall. */
export function SupervisorApp() {
  const { t } = useI18n();
  const session = useMemo(() => new AdminSession(), []);
  const phase = useSyncExternalStore(session.subscribe, session.getPhase);
  const [formNotice, setFormNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<{ change: PasswordChange; username: string } | null>(null);
  useEffect(() => session.resume(), [session]);

  if (phase.kind === 'ready') return <SupervisorScreen session={session} offline={phase.offline} />;
  if (pending !== null) {
    return (
      <ChangePasswordForm
        onSubmit={async (newPassword) => {
          const changed = await completePasswordChange(pending.change, newPassword);
          if (!changed.ok) return changed.error;
          setPending(null);
          const outcome = await session.signIn(pending.username, newPassword);
          if (outcome !== null) setFormNotice(!('kind' in outcome) ? { kind: 'error', error: outcome } : outcome.kind === 'password-change' ? null : outcome);
          return null;
        }}
        onCancel={() => {
          void abandonPasswordChange(pending.change);
          setPending(null);
        }}
      />
    );
  }
  return (
    <SignInForm
      heading={`${t('app.supervisorTitle')} — ${t('signIn.supervisorHeading')}`}
      notice={formNotice ?? (phase.kind === 'signed-out' ? phase.notice : null)}
      onSubmit={async (username, password) => {
        setFormNotice(null);
        const outcome = await session.signIn(username, password);
        if (outcome === null) return;
        if (!('kind' in outcome)) setFormNotice({ kind: 'error', error: outcome });
        else if (outcome.kind === 'password-change') setPending({ change: outcome, username });
        else setFormNotice(outcome);
      }}
    />
  );
}
