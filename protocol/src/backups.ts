/** GET /api/v1/backups: the hall's backups and their state, for supervisors and admins. */

/** How old the last good backup may be before the supervisor's screen raises an alert. */
export const BACKUP_STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export interface BackupEntry {
  /** The backup's file name in the hub's backup folder, e.g. `luot-20261207T190000Z.sqlite`. */
  file: string;
  /** When it was taken (ms since the epoch). */
  at: number;
  bytes: number;
  /** Why it was taken: `nightly`, `shutdown`, `manual`. */
  reason: string;
  schemaVersion: number;
  /** `PRAGMA integrity_check` said ok on the copy and the file still has its manifest's size. */
  verified: boolean;
  /** Copied to the second place and the copy's SHA-256 matched; null when no second place is set. */
  copied: boolean | null;
}

export interface BackupStatus {
  /** Newest first. */
  backups: BackupEntry[];
  /** The newest verified backup's time, null when there is none. */
  lastGoodAt: number | null;
  /** Milliseconds since then (null without one). */
  lastGoodAgeMs: number | null;
  /** No good backup for more than a day (counted from the hub's start when there was never one). */
  stale: boolean;
  /** The last failed attempt since the hub started, if any came after the last good one. */
  lastFailure: { at: number; message: string } | null;
  schedule: {
    /** Local time (Asia/Ho_Chi_Minh) of the nightly backup, `HH:mm`; null when nightly backups are off. */
    nightlyAt: string | null;
    onShutdown: boolean;
    keep: number;
    /** A second place is configured. */
    secondPlace: boolean;
  };
}
