import type { Migration } from '../migrate';

/**
 * The highest sequence stored for each hall (issue 20, ingest ≥ 0.5× a bare
 * COPY). A batch whose first event is past it cannot meet a stored row, so
 * ingest COPYs it straight into `events` (PostgreSQL's bulk path) instead of
 * an INSERT … ON CONFLICT, which pays a speculative insertion per row; a
 * resend or an out-of-order batch still goes by ON CONFLICT DO NOTHING.
 * Every ingest holds the hall's link row while it reads and moves this, so
 * the two never race.
 */
export const storedSeq: Migration = {
  version: 51,
  name: '0051-stored-seq',
  async up(db) {
    await db.query(`
      ALTER TABLE hall_links ADD COLUMN stored_seq bigint NOT NULL DEFAULT 0;
      UPDATE hall_links l SET stored_seq = coalesce((SELECT max(seq) FROM events e WHERE e.hall_id = l.hall_id), 0);
    `);
  },
};
