/** The retention policy's deletes of staff sessions: those expired or signed out before a time, `limit` at a time. */
import type { WritableDb } from '../core/db/handles';

export function createSessionRetention(db: WritableDb) {
  const prune = db.prepare<{ before: number; limit: number }>(
    `DELETE FROM sessions WHERE rowid IN (
       SELECT rowid FROM sessions WHERE MIN(expires_at, COALESCE(revoked_at, expires_at)) < @before LIMIT @limit)`,
  );
  return {
    /** Deletes sessions that ended before `before`; returns how many. */
    pruneEndedBefore: (before: number, limit: number): number => prune.run({ before, limit }).changes,
  };
}
