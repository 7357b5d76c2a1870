import type { Migration } from '../migrate';

/**
 * Fewer pages written per command (benchmark issue #9):
 * - `commands` loses its primary-key index on the client-made id. Those ids
 *   are random, so every command wrote into a random leaf of that index (about
 *   one page per command in the WAL). The table is now an append-only log in
 *   rowid order with an index on time only (appends land on its last page); the
 *   runner finds a retried id in memory, loaded from the last day's rows at
 *   start-up (hall/command-index.ts).
 * - the recent-service-time index also carries `serving_at`, so the average a
 *   new ticket's estimate needs is read from the index alone.
 */
export const commandLog: Migration = {
  version: 60,
  name: '0060-command-log',
  up(db) {
    db.exec(`
      CREATE TABLE commands_log (
        command_id TEXT NOT NULL,
        actor TEXT NOT NULL,
        name TEXT NOT NULL,
        result TEXT NOT NULL,
        at INTEGER NOT NULL
      ) STRICT;
      INSERT INTO commands_log (command_id, actor, name, result, at)
        SELECT command_id, actor, name, result, at FROM commands ORDER BY at, rowid;
      DROP TABLE commands;
      ALTER TABLE commands_log RENAME TO commands;

      DROP INDEX tickets_done;
      CREATE INDEX tickets_done ON tickets (day, service, finished_at, serving_at) WHERE state = 'done';
    `);
  },
};
