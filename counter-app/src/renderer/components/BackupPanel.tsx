import type { BackupStatus } from '@luot/protocol';
import { useI18n } from '../i18n/i18n-context';
import { formatBytes } from '../model/backup-alert';
import { formatDayClock } from '../model/format';

/** The hall's backups, newest first: when, how big, whether checked and copied to the second place. */
export function BackupPanel({ status }: { status: BackupStatus | null }) {
  const { t } = useI18n();
  if (status === null) return null;
  const { schedule } = status;
  return (
    <section className="panel" aria-label={t('sup.backups')}>
      <h2>{t('sup.backups')}</h2>
      <p className="muted">
        {schedule.nightlyAt === null
          ? t('sup.backupNoSchedule', { keep: schedule.keep })
          : t('sup.backupSchedule', { time: schedule.nightlyAt, keep: schedule.keep })}
      </p>
      {status.lastFailure && (
        <p className="badge badge-alert" data-testid="backup-failure">
          {t('sup.backupFailed', { time: formatDayClock(status.lastFailure.at), message: status.lastFailure.message })}
        </p>
      )}
      {status.backups.length === 0 ? (
        <p className="muted">{t('sup.backupEmpty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('sup.backupTime')}</th>
              <th>{t('sup.backupSize')}</th>
              <th>{t('sup.backupVerified')}</th>
              <th>{t('sup.backupCopied')}</th>
            </tr>
          </thead>
          <tbody>
            {status.backups.map((b) => (
              <tr key={b.file} data-backup={b.file}>
                <td>{formatDayClock(b.at)}</td>
                <td>{formatBytes(b.bytes)}</td>
                <td>
                  <span className={`badge ${b.verified ? 'badge-open' : 'badge-alert'}`}>{t(b.verified ? 'sup.backupOk' : 'sup.backupBad')}</span>
                </td>
                <td>
                  {b.copied === null ? (
                    <span className="muted">{t('sup.backupNoCopy')}</span>
                  ) : (
                    <span className={`badge ${b.copied ? 'badge-open' : 'badge-alert'}`}>{t(b.copied ? 'sup.backupOk' : 'sup.backupBad')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
