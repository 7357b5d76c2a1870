import { useEffect, useState } from 'react';
import type { BackupStatus } from '@luot/protocol';
import { fetchBackupStatus } from '../staff-http';

/** How often the supervisor's screen asks about backups: they change a few times a day. */
export const BACKUP_POLL_MS = 5 * 60 * 1000;

/**
 * The hub's backup status, asked at once and every few minutes. A failed
 * fetch keeps the last answer (the offline banner already says the hub is
 * out of reach).
 */
export function useBackupStatus(token: string | null, everyMs = BACKUP_POLL_MS): BackupStatus | null {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  useEffect(() => {
    if (token === null) return;
    let live = true;
    const ask = () =>
      void fetchBackupStatus(token).then((r) => {
        if (live && r.ok) setStatus(r.value);
      });
    ask();
    const timer = setInterval(ask, everyMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [token, everyMs]);
  return status;
}
