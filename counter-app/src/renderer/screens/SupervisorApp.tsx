import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { AdminSession } from '../admin-session';
import type { Notice } from '../counter-session';
import { useI18n } from '../i18n/i18n-context';
import { SignInForm } from '../components/SignInForm';
import { SupervisorScreen } from './SupervisorScreen';

/** `/admin/`: a supervisor or admin signs in and sees the hall. */
export function SupervisorApp() {
  const { t } = useI18n();
  const session = useMemo(() => new AdminSession(), []);
  const phase = useSyncExternalStore(session.subscribe, session.getPhase);
  const [formNotice, setFormNotice] = useState<Notice | null>(null);
  useEffect(() => session.resume(), [session]);

  if (phase.kind === 'ready') return <SupervisorScreen session={session} offline={phase.offline} />;
  return (
    <SignInForm
      heading={`${t('app.supervisorTitle')} — ${t('signIn.supervisorHeading')}`}
      notice={formNotice ?? (phase.kind === 'signed-out' ? phase.notice : null)}
      onSubmit={async (username, password) => {
        setFormNotice(null);
        const outcome = await session.signIn(username, password);
        if (outcome !== null) setFormNotice('kind' in outcome ? outcome : { kind: 'error', error: outcome });
      }}
    />
  );
}
