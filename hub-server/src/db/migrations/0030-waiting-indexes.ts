import type { Migration } from '../migrate';

/** Indexes for choosing the next ticket without reading the whole queue. */
export const waitingIndexes: Migration = {
  version: 30,
  name: '0030-waiting-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX tickets_target_counter ON tickets (day, state, target_counter, front, queued_at)
        WHERE target_counter IS NOT NULL;
    `);
  },
};
