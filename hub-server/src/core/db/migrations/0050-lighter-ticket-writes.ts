import type { Migration } from '../migrate';

/**
 * Fewer pages written per ticket. A commit's fsync grows with the pages it
 * carries, and issuing a ticket used to touch two per-service indexes it
 * never needed then (benchmark issue #9):
 * - the average service time reads finished tickets only, so its index now
 *   holds only those: issuing, calling and serving never write it;
 * - the board's recent calls are the only reader of events by day, so only
 *   call events are indexed;
 * - session caps count from a small table kept while issuing (for capped
 *   services only) instead of scanning the day's tickets by issue time.
 */
export const lighterTicketWrites: Migration = {
  version: 50,
  name: '0050-lighter-ticket-writes',
  up(db) {
    db.exec(`
      DROP INDEX tickets_finished;
      CREATE INDEX tickets_done ON tickets (day, service, finished_at) WHERE state = 'done';

      DROP INDEX events_day;
      CREATE INDEX events_calls ON events (day) WHERE type = 'ticket' AND action IN ('called', 'recalled');

      -- Tickets issued per service in one session, keyed by the session's opening time.
      -- A missing row is counted from the tickets once, then kept here.
      CREATE TABLE session_issued (
        day TEXT NOT NULL,
        service TEXT NOT NULL,
        opens_at INTEGER NOT NULL,
        n INTEGER NOT NULL CHECK (n >= 0),
        PRIMARY KEY (day, service, opens_at)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
