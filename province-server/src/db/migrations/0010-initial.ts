import type { Migration } from '../migrate';

/**
 * Halls and their link, the events they ship, and their config revisions.
 *
 * `events` is partitioned by month on the hall's event time so a month's or a
 * year's report reads only its partitions and old months can be detached and
 * archived whole. PostgreSQL requires the partition key in every unique
 * index, so the key is (hall_id, seq, at): a hub never changes an event's
 * time, so a resent event lands on the same row and `ON CONFLICT DO NOTHING`
 * keeps one copy. Partitions are made on demand (see partitions.ts).
 */
export const initial: Migration = {
  version: 10,
  name: '0010-initial',
  async up(db) {
    await db.query(`
      CREATE TABLE halls (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
        name text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        enrolled_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );
      -- One row per hall, locked by each ingest so one hall's batches apply one at a time.
      CREATE TABLE hall_links (
        hall_id text PRIMARY KEY REFERENCES halls (id),
        acked_seq bigint NOT NULL DEFAULT 0,
        last_received_at timestamptz,
        last_event_at timestamptz,
        backlog bigint NOT NULL DEFAULT 0,
        -- The province's clock minus the hall's at the last batch (ms): live waits are measured on the hall's clock.
        clock_offset_ms bigint NOT NULL DEFAULT 0
      );
      CREATE TABLE events (
        hall_id text NOT NULL,
        seq bigint NOT NULL,
        at timestamptz NOT NULL,
        day date NOT NULL,
        type text NOT NULL,
        action text,
        ticket_id text,
        counter integer,
        event jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (hall_id, seq, at)
      ) PARTITION BY RANGE (at);
      CREATE INDEX events_hall_day ON events (hall_id, day);
      CREATE TABLE config_revisions (
        hall_id text NOT NULL REFERENCES halls (id),
        revision text NOT NULL,
        at timestamptz NOT NULL,
        config jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (hall_id, revision)
      );
    `);
  },
};
