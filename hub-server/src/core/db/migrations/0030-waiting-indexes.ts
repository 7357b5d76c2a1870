import type { Migration } from '../migrate';

/** Indexes for choosing the next ticket without reading the whole queue. */
export const waitingIndexes: Migration = {
  version: 30,
  name: '0030-waiting-indexes',
  up(db) {
    db.exec(`
      -- Covers "people ahead" counts and the head of each class of a service's queue.
      CREATE INDEX tickets_queue ON tickets (day, state, service, front, (priority <> 'none'), queued_at, number, id);
      -- The recent average service time of a service (last finished tickets).
      CREATE INDEX tickets_finished ON tickets (day, service, state, finished_at);
      -- Superseded by tickets_queue (same leading columns), and unused: fewer pages to write per ticket.
      DROP INDEX tickets_waiting;
      DROP INDEX tickets_counter;
      CREATE INDEX tickets_target_counter ON tickets (day, state, target_counter, front, queued_at)
        WHERE target_counter IS NOT NULL;
    `);
  },
};
