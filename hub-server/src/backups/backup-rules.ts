/** Pure rules of the backup schedule and rotation. */
import { localDay, localTime } from '../core/clock';

/**
 * True when tonight's (today's) backup is due: the local time `at` (HH:mm)
 * has passed today and no attempt was made since. A hub that was off at that
 * time takes the backup as soon as it runs again the same day.
 */
export function nightlyDue(now: number, at: string, lastAttemptAt: number | null): boolean {
  const scheduled = localTime(localDay(now), at);
  return now >= scheduled && (lastAttemptAt === null || lastAttemptAt < scheduled);
}

/** The names to delete so only the `keep` newest backups stay (names sort by time). */
export function backupsToDrop(names: readonly string[], keep: number): string[] {
  return [...names].sort().reverse().slice(keep);
}

/** No good backup for more than `staleAfterMs`, counted from `since` when there was never one. */
export function backupStale(now: number, lastGoodAt: number | null, since: number, staleAfterMs: number): boolean {
  return now - (lastGoodAt ?? since) > staleAfterMs;
}
