/**
 * Where a client-made command id was recorded, so a retry returns the first
 * result. The `commands` table is an append-only log with no index on the id
 * (random ids would each write a random index page); this map, rebuilt from
 * the log's last day at start-up, finds them instead.
 *
 * A retry comes seconds or minutes after the lost ack (a kiosk reconnecting,
 * a hub restarting), so ids are remembered for a day: an id seen again after
 * that is a new command.
 */
import type { Db } from './db/open';

export const COMMAND_MEMORY_MS = 24 * 60 * 60 * 1000;

export interface RecordedCommand {
  actor: string;
  name: string;
  result: string;
}

export type CommandIndex = ReturnType<typeof createCommandIndex>;

export function createCommandIndex(db: Db, now: number, memoryMs = COMMAND_MEMORY_MS) {
  // Newest first, read only until the first row older than the window: the
  // log is in time order, so no index on it is needed (one page less per commit).
  const newestFirst = db.prepare<[], { command_id: string; row: number; at: number }>(
    'SELECT command_id, rowid AS row, at FROM commands ORDER BY rowid DESC',
  );
  const byRow = db.prepare<[number], RecordedCommand>('SELECT actor, name, result FROM commands WHERE rowid = ?');
  const insert = db.prepare<[string, string, string, string, number]>(
    'INSERT INTO commands (command_id, actor, name, result, at) VALUES (?, ?, ?, ?, ?)',
  );

  /** Row of each remembered id; a Map keeps insertion order, which is time order. */
  const rows = new Map<string, { row: number; at: number }>();
  /** Ids recorded in the transaction still open: forgotten if it rolls back. */
  let uncommitted: string[] = [];
  const recent: { command_id: string; row: number; at: number }[] = [];
  for (const r of newestFirst.iterate()) {
    if (r.at < now - memoryMs) break;
    recent.push(r);
  }
  for (const r of recent.reverse()) rows.set(r.command_id, { row: r.row, at: r.at });

  return {
    /** The first result of a command id, if it ran (and committed) within the memory window. */
    find(commandId: string): RecordedCommand | undefined {
      const seen = rows.get(commandId);
      if (!seen) return undefined;
      const recorded = byRow.get(seen.row);
      // Gone only if the transaction that wrote it rolled back after all.
      if (!recorded) rows.delete(commandId);
      return recorded;
    },
    /** Records a command's result inside the caller's transaction. */
    record(commandId: string, actor: string, name: string, result: string, at: number): void {
      const info = insert.run(commandId, actor, name, result, at);
      rows.set(commandId, { row: Number(info.lastInsertRowid), at });
      uncommitted.push(commandId);
    },
    /** The transaction committed: what it recorded stays. */
    committed(): void {
      uncommitted = [];
    },
    /** The transaction rolled back: what it recorded was never written. */
    rolledBack(): void {
      for (const id of uncommitted) rows.delete(id);
      uncommitted = [];
    },
    /** Drops ids older than the memory window (oldest first, so this stops at the first young one). */
    prune(now: number): void {
      for (const [id, seen] of rows) {
        if (seen.at >= now - memoryMs) break;
        rows.delete(id);
      }
    },
    size: () => rows.size,
  };
}
