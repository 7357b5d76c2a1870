import type { Migration } from '../migrate';

/**
 * Each ticket's final state, folded from the halls' events (reports/ticket-fold.ts),
 * so a report over a month or a year reads one narrow row per ticket instead of
 * every event of the period. A ticket is one row by (hall, ticket); `seq` is the
 * event it was last taken from, so a later fold only moves it forward.
 * `hall_folds` remembers how far each hall's events are folded; it never passes
 * the hall's acknowledged sequence, below which every event is stored.
 * Times are the hall's clock in ms, as in its events.
 *
 * `day_groups` sums each hall's day per service and counter (0: never
 * called), rebuilt for a day whenever the fold touches one of its tickets, so
 * a year's report adds up day groups instead of three million tickets. A
 * served ticket without a vote is "no answer" once the hall's rating time
 * has run out: the groups keep those whose console recorded none apart
 * (`rated_no_answer`) from those still open (`open_done`, with the latest
 * finish), which a report counts exactly from the tickets only while that
 * time may not have run out.
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
      CREATE INDEX ticket_finals_day ON ticket_finals (hall_id, day);
      CREATE TABLE day_groups (
        hall_id text NOT NULL REFERENCES halls (id),
        day date NOT NULL,
        service text NOT NULL,
        counter integer NOT NULL,
        issued integer NOT NULL,
        served integer NOT NULL,
        no_show integer NOT NULL,
        waiting integer NOT NULL,
        called integer NOT NULL,
        wait_ms bigint NOT NULL,
        timed integer NOT NULL,
        service_ms bigint NOT NULL,
        v1 integer NOT NULL,
        v2 integer NOT NULL,
        v3 integer NOT NULL,
        v4 integer NOT NULL,
        v5 integer NOT NULL,
        rated_no_answer integer NOT NULL,
        open_done integer NOT NULL,
        open_last_finished bigint,
        PRIMARY KEY (hall_id, day, service, counter)
      );
      CREATE INDEX day_groups_day ON day_groups (day);
      CREATE TABLE hall_folds (
        hall_id text PRIMARY KEY REFERENCES halls (id),
        folded_seq bigint NOT NULL DEFAULT 0
      );
    `);
  },
};
