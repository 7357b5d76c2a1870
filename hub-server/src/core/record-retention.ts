/**
 * The retention policy's deletes in the core's tables, `limit` rows at a time:
 * command records (the retry memory; createCommandIndex only ever reads the
 * last day of them) and the staff audit log. The audit log refuses deletes
 * (migration 0080) except of rows older than its retention mark (0150), so
 * the mark is moved first, and only ever forward.
 */
import type { WritableDb } from './db/handles';

export function createRecordRetention(db: WritableDb) {
  // The command log has no index on time (migration 0060) but is appended in
  // time order: its oldest rows come first by rowid, read through the rowid itself.
  const oldestCommands = db.prepare<[number], { row: number; at: number }>(
    'SELECT rowid AS row, at FROM commands WHERE rowid > 0 ORDER BY rowid LIMIT ?',
  );
  const pruneCommandsUpTo = db.prepare<[number]>('DELETE FROM commands WHERE rowid <= ?');
  const markAudit = db.prepare<{ before: number }>(
    `INSERT INTO retention_marks (what, before_at) VALUES ('audit_log', @before)
     ON CONFLICT (what) DO UPDATE SET before_at = MAX(before_at, excluded.before_at)`,
  );
  const pruneAudit = db.prepare<{ before: number; limit: number }>(
    `DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE at < @before AND
       at < (SELECT before_at FROM retention_marks WHERE what = 'audit_log') ORDER BY id LIMIT @limit)`,
  );
  return {
    /** Deletes up to `limit` of the oldest command records older than `before`, stopping at the first younger one. */
    pruneCommandsBefore(before: number, limit: number): number {
      let last: number | null = null;
      for (const r of oldestCommands.all(limit)) {
        if (r.at >= before) break;
        last = r.row;
      }
      return last === null ? 0 : pruneCommandsUpTo.run(last).changes;
    },
    /** Lets audit rows older than `before` go (never moves the mark back), then deletes up to `limit` of them. */
    pruneAuditBefore(before: number, limit: number): number {
      markAudit.run({ before });
      return pruneAudit.run({ before, limit }).changes;
    },
  };
}
