import type { Migration } from '../migrate';

/**
 * Each ticket's final state, folded from the halls' events (reports/ticket-fold.ts),
 * so a report over a month or a year reads one narrow row per ticket instead of
 * every event of the period. A ticket is one row by (hall, ticket); `seq` is the
 * event it was last taken from, so a later fold only moves it forward.
 * `hall_folds` remembers how far each hall's events are folded; it never passes
 * the hall's acknowledged sequence, below which every event is stored.
 * Times are the hall's clock in ms, as in its events.
 */
export const ticketFinals: Migration = {
  version: 30,
  name: '0030-ticket-finals',
  async up(db) {
    await db.query(`
      CREATE TABLE ticket_finals (
        hall_id text NOT NULL REFERENCES halls (id),
        ticket_id text NOT NULL,
        seq bigint NOT NULL,
        day date NOT NULL,
        service text NOT NULL,
        state text NOT NULL,
        counter integer,
        issued_at bigint NOT NULL,
        called_at bigint,
        serving_at bigint,
        finished_at bigint,
        rating smallint,
        rated boolean NOT NULL,
        PRIMARY KEY (hall_id, ticket_id)
      );
      CREATE INDEX ticket_finals_day ON ticket_finals (day, hall_id);
      CREATE TABLE hall_folds (
        hall_id text PRIMARY KEY REFERENCES halls (id),
        folded_seq bigint NOT NULL DEFAULT 0
      );
    `);
  },
};
