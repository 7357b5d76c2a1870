/**
 * The retention policy's deletes in the core's tables, `limit` rows at a time:
 * command records (the retry memory; createCommandIndex only ever reads the
 * last day of them) and the staff audit log. The audit log refuses deletes
 * (migration 0080) except of rows older than its retention mark (0150), so
 * the mark is moved first, and only ever forward.
 */
import type { WritableDb } from './db/handles';

export function createRecordRetention(db: WritableDb) {
  const pruneCommands = db.prepare<{ before: number; limit: number }>(
    'DELETE FROM commands WHERE rowid IN (SELECT rowid FROM commands WHERE at < @before LIMIT @limit)',
  );
  const markAudit = db.prepare<{ before: number }>(
    `INSERT INTO retention_marks (what, before_at) VALUES ('audit_log', @before)
     ON CONFLICT (what) DO UPDATE SET before_at = MAX(before_at, excluded.before_at)`,
  );
  const pruneAudit = db.prepare<{ before: number; limit: number }>(
    `DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE at < @before AND
       at < (SELECT before_at FROM retention_marks WHERE what = 'audit_log') ORDER BY id LIMIT @limit)`,
  );
  return {
    pruneCommandsBefore: (before: number, limit: number): number => pruneCommands.run({ before, limit }).changes,
    /** Lets audit rows older than `before` go (never moves the mark back), then deletes up to `limit` of them. */
    pruneAuditBefore(before: number, limit: number): number {
      markAudit.run({ before });
      return pruneAudit.run({ before, limit }).changes;
    },
  };
}
