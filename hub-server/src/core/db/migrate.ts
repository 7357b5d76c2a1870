import type { Db } from './open';
import { migrations } from './migrations';

export interface Migration {
  /** Numbered in steps of 10: 10, 20, 30… */
  version: number;
  name: string;
  /**
   * Rebuilds a table others refer to: the run goes with foreign keys off
   * (SQLite's documented way; the pragma cannot change inside a transaction)
   * and checks them all before committing.
   */
  rebuildsTables?: boolean;
  up(db: Db): void;
}

export class DatabaseFromTheFutureError extends Error {
  constructor(found: number, known: number) {
    super(
      `The database is at schema version ${found}, newer than this hub knows (${known}). ` +
        'It was written by a newer Lượt: upgrade the hub instead of opening it with an older one.',
    );
  }
}

/**
 * Checks the migration list is ordered, numbered in tens and unique (also run
 * in CI). Branches of one release take reserved ranges of numbers (the
 * province link has 130–139), so a branch may skip the numbers of another;
 * the merged list closes the gap.
 */
export function checkMigrationList(list: readonly Migration[]): void {
  let previous = 0;
  for (const m of list) {
    if (m.version % 10 !== 0 || m.version <= previous) {
      throw new Error(`migration ${m.name} has version ${m.version}, expected a multiple of 10 above ${previous}`);
    }
    previous = m.version;
  }
}

/**
 * Applies every pending migration in one transaction and records the new
 * version in `PRAGMA user_version`. Forward-only: there are no downgrades.
 */
export function migrate(db: Db, list: readonly Migration[] = migrations): number {
  checkMigrationList(list);
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = list.at(-1)?.version ?? 0;
  if (current > latest) throw new DatabaseFromTheFutureError(current, latest);
  const pending = list.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  const keysOff = pending.some((m) => m.rebuildsTables) && db.pragma('foreign_keys', { simple: true }) === 1;
  if (keysOff) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const m of pending) m.up(db);
      if (keysOff) {
        const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
        if (broken.length > 0) throw new Error(`migration left ${broken.length} broken references (first: ${broken[0]!.table} → ${broken[0]!.parent})`);
      }
      db.pragma(`user_version = ${latest}`);
    })();
  } finally {
    if (keysOff) db.pragma('foreign_keys = ON');
  }
  return latest;
}
