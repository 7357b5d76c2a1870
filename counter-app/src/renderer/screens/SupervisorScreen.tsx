import { useMemo } from 'react';
import type { AdminSession } from '../admin-session';
import { useI18n } from '../i18n/i18n-context';
import { useHall } from '../hooks/use-hall';
import { useBackupStatus } from '../hooks/use-backup-status';
import { BackupAlertBanner } from '../components/BackupAlertBanner';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ADMIN_SECTIONS } from '../admin/sections';
import { useSection } from '../admin/use-section';

/** The admin console: the hall live, the reports and the hall's config, one section at a time. */
export function SupervisorScreen({ session, offline }: { session: AdminSession; offline: boolean }) {
  const { t, pick } = useI18n();
  const hall = useHall(session.hall);
  const backups = useBackupStatus(session.token);
  const ids = useMemo(() => ADMIN_SECTIONS.map((s) => s.id), []);
  const [current, go] = useSection(ids);

  if (hall === null) return <p className="loading">{t('common.loading')}</p>;
  const officersOn = hall.counters.filter((c) => c.officer !== null).length;
  const waiting = hall.tickets.filter((x) => x.state === 'waiting').length;
  const section = ADMIN_SECTIONS.find((s) => s.id === current) ?? ADMIN_SECTIONS[0];
  const View = section?.view;

  return (
    <div className="supervisor">
      <header className="app-header">
        <div className="header-title">
          <span className="brand-mark">{t('app.name')}</span>
          <strong>{t('app.supervisorTitle')}</strong>
          <span className="muted">{pick(hall.hall.name)}</span>
        </div>
        <div className="header-tools">
          <span className="stat" data-testid="officers-on">
            {t('sup.officersOn', { count: officersOn })}
          </span>
          <span className="stat">{t('sup.waitingTotal', { count: waiting })}</span>
          <span className="officer-name">{session.userName}</span>
          <LanguageSwitch />
          <button type="button" className="link-button" onClick={() => void session.signOut()}>
            {t('header.signOut')}
          </button>
        </div>
        {offline && (
          <p className="offline-banner" role="alert">
            {t('header.offline')}
          </p>
        )}
      </header>
      <BackupAlertBanner status={backups} />
      <nav className="admin-nav" aria-label={t('nav.label')}>
        {ADMIN_SECTIONS.map((s) => (
          <a
            key={s.id}
            href={`#${s.id}`}
            data-section={s.id}
            aria-current={s.id === section?.id ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              go(s.id);
            }}
          >
            {t(s.label)}
          </a>
        ))}
      </nav>
      {View && <View session={session} hall={hall} canEdit={session.role === 'admin'} />}
    </div>
  );
}
