import type { Migration } from '../migrate';

/**
 * The tickets table without its UNIQUE (day, code) index (benchmark issue #9).
 * Codes are per service, so each new ticket wrote into that index at another
 * service's place: about one WAL page per ticket for an index nothing needs.
 * A code is unique by construction (`daily_numbers` gives each service's
 * numbers once; a prefix belongs to one service), and calling a number by its
 * code is rare, reading one day's part of the queue index instead.
 *
 * SQLite cannot drop a table constraint, so the table is rebuilt the way
 * SQLite documents (ALTER TABLE, "other kinds of table schema changes"): with
 * foreign keys off for the migration (`rebuildsTables`), a new table filled
 * from the old, the old dropped, the new renamed; `dossiers.ticket_id` names
 * `tickets`, so it refers to the new table, and the runner checks every
 * foreign key before it commits. Indexes and triggers are made again here.
 */
export const ticketsWithoutCodeIndex: Migration = {
  version: 70,
  name: '0070-tickets-without-code-index',
  rebuildsTables: true,
  up(db) {
    db.exec(`
      CREATE TABLE tickets_0070 (
        id TEXT PRIMARY KEY,
        day TEXT NOT NULL,
        service TEXT NOT NULL,
        number INTEGER NOT NULL,
        code TEXT NOT NULL,
        priority TEXT NOT NULL,
        source TEXT NOT NULL,
        state TEXT NOT NULL,
        issued_at INTEGER NOT NULL,
        queued_at INTEGER NOT NULL,
        front INTEGER NOT NULL DEFAULT 0,
        called_at INTEGER,
        serving_at INTEGER,
        finished_at INTEGER,
        counter INTEGER,
        target_counter INTEGER,
        officer_id TEXT,
        recall_count INTEGER NOT NULL DEFAULT 0,
        outcome TEXT,
        rating INTEGER,
        rated INTEGER NOT NULL DEFAULT 0,
        dossier_id TEXT,
        issued_by TEXT NOT NULL
      ) STRICT;
      INSERT INTO tickets_0070 SELECT * FROM tickets ORDER BY rowid;
      DROP TABLE tickets;
      ALTER TABLE tickets_0070 RENAME TO tickets;

      CREATE INDEX tickets_queue ON tickets (day, state, service, front, (priority <> 'none'), queued_at, number, id);
      CREATE INDEX tickets_target_counter ON tickets (day, state, target_counter, front, queued_at)
        WHERE target_counter IS NOT NULL;
      CREATE INDEX tickets_done ON tickets (day, service, finished_at, serving_at) WHERE state = 'done';

      CREATE TRIGGER waiting_counts_insert AFTER INSERT ON tickets WHEN NEW.state = 'waiting'
      BEGIN
        INSERT INTO waiting_counts (day, service, n) VALUES (NEW.day, NEW.service, 1)
          ON CONFLICT (day, service) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER waiting_counts_leave AFTER UPDATE OF state, service ON tickets
        WHEN OLD.state = 'waiting' AND (NEW.state <> 'waiting' OR NEW.service <> OLD.service)
      BEGIN
        UPDATE waiting_counts SET n = n - 1 WHERE day = OLD.day AND service = OLD.service;
      END;
      CREATE TRIGGER waiting_counts_enter AFTER UPDATE OF state, service ON tickets
        WHEN NEW.state = 'waiting' AND (OLD.state <> 'waiting' OR NEW.service <> OLD.service)
      BEGIN
        INSERT INTO waiting_counts (day, service, n) VALUES (NEW.day, NEW.service, 1)
          ON CONFLICT (day, service) DO UPDATE SET n = n + 1;
      END;
    `);
  },
};
