/**
 * Rows a request wrote, for the "refused input writes nothing" check: two
 * measures, both on the hub's own connection. `changes` is SQLite's
 * total_changes() (every row inserted, updated or deleted), less what the
 * hub writes by design for a refused request (audit rows: a failed sign-in
 * or a locked-out token is audited) and less the devices' last_seen_at
 * bookkeeping. `checksum` hashes every table but the audit log, with
 * devices' last_seen_at left out; it is costlier and taken every few cases.
 */
import { createHash } from 'node:crypto';
import type { Db } from '@luot/hub-server';

export interface WriteMark {
  changes: number;
  audit: number;
  seen: Map<string, number | null>;
}

export function writeMark(db: Db): WriteMark {
  const changes = db.prepare<[], { n: number }>('SELECT total_changes() AS n').get()!.n;
  const audit = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get()!.n;
  const rows = db.prepare<[], { id: string; last_seen_at: number | null }>('SELECT id, last_seen_at FROM devices').all();
  const seen = new Map(rows.map((r) => [r.id, r.last_seen_at]));
  return { changes, audit, seen };
}

/** Rows written between two marks, not counting audit rows or last_seen_at updates. */
export function rowsWritten(before: WriteMark, after: WriteMark): number {
  // The fuzz moves the clock on at each case, so each last_seen_at write shows as a changed value.
  let seenWrites = 0;
  for (const [id, at] of after.seen) if (before.seen.get(id) !== at) seenWrites++;
  return Math.max(0, after.changes - before.changes - (after.audit - before.audit) - seenWrites);
}

export function tablesChecksum(db: Db): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name")
    .all();
  for (const { name } of tables) {
    const columns = db
      .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
      .all(name)
      .map((c) => c.name)
      .filter((c) => !(name === 'devices' && c === 'last_seen_at'));
    hash.update(name);
    for (const row of db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${name}" ORDER BY 1`).raw().iterate()) {
      hash.update(JSON.stringify(row));
    }
  }
  return hash.digest('hex');
}
