/** What the supervisor's screen says about the hall's backups: an alert when the last good one is over a day old. */
import type { BackupStatus } from '@luot/protocol';
import type { MessageKey } from '../i18n/i18n';
import type { Params } from '../i18n/i18n';

export interface BackupAlert {
  key: MessageKey;
  params?: Params;
}

const HOUR = 60 * 60 * 1000;

/**
 * The alert to show, or null when backups are fine. The hub decides what is
 * stale (no good backup for a day); this picks the words: how old the last
 * good one is, or that there is none yet, and the last failure when known.
 */
export function backupAlert(status: BackupStatus | null): BackupAlert | null {
  if (status === null || !status.stale) return null;
  if (status.lastGoodAt === null || status.lastGoodAgeMs === null) return { key: 'sup.backupNone' };
  const hours = Math.floor(status.lastGoodAgeMs / HOUR);
  return hours < 48 ? { key: 'sup.backupStaleHours', params: { hours } } : { key: 'sup.backupStaleDays', params: { days: Math.floor(hours / 24) } };
}

/** A backup's size as people read it: `12,5 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}
