import type { BackupStatus } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { backupAlert } from '../model/backup-alert';

/** The alert at the top of the supervisor's screen when the last good backup is over a day old. */
export function BackupAlertBanner({ status }: { status: BackupStatus | null }) {
  const { t } = useI18n();
  const alert = backupAlert(status);
  if (alert === null) return null;
  return (
    <p className="backup-alert" role="alert" data-testid="backup-alert">
      {t(alert.key, alert.params)}
    </p>
  );
}
