/**
 * The floor for ticket issue: bare better-sqlite3 single-row commits, each
 * its own `BEGIN IMMEDIATE … COMMIT`, with the hub's pragmas (WAL,
 * synchronous=FULL), in a temporary file on the same disk as the hub's data.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';

export interface BareCommits {
  /** Commits `count` rows one by one; commits per second. */
  rate(count: number): number;
  close(): void;
}

export function openBareCommits(dir: string): BareCommits {
  const db = new Database(join(dir, 'bare.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, service TEXT NOT NULL, at INTEGER NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO rows (service, at) VALUES (?, ?)');
  const commit = db.transaction((i: number) => insert.run(`DV${i % 20}`, Date.now()));
  for (let i = 0; i < 200; i++) commit.immediate(i); // warm the file and the page cache
  return {
    rate(count) {
      const start = performance.now();
      for (let i = 0; i < count; i++) commit.immediate(i);
      return count / ((performance.now() - start) / 1000);
    },
    close: () => db.close(),
  };
}
