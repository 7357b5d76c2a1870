import type { Migration } from '../migrate';

/**
 * The number of waiting tickets per service and day, kept by triggers in the
 * same transaction as every ticket change, so loads and "people ahead" of a
 * new ticket cost one indexed read however long the queue is.
 */
export const waitingCounts: Migration = {
  version: 40,
  name: '0040-waiting-counts',
  up(db) {
    db.exec(`
      CREATE TABLE waiting_counts (
        day TEXT NOT NULL,
        service TEXT NOT NULL,
        n INTEGER NOT NULL CHECK (n >= 0),
        PRIMARY KEY (day, service)
      ) STRICT;
      INSERT INTO waiting_counts (day, service, n)
        SELECT day, service, COUNT(*) FROM tickets WHERE state = 'waiting' GROUP BY day, service;

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
