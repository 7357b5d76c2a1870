import type { Migration } from '../migrate';

/**
 * Fewer pages written per ticket (issue 21). The queue index ended with the
 * ticket's id, a 36-character text, so each entry took about 80 bytes, and
 * a leaf filled (and split, writing three or four pages) every twenty-odd
 * tickets of a service. Each entry already ends with the row's rowid, and
 * the id only breaks a tie of `queued_at` and `number` within a service
 * (a ticket transferred in keeps its number, and would need the same
 * millisecond too): the entries are now about half as long. The queries
 * still order by id last; the count of people ahead is written so that
 * SQLite reads a ticket's id only on such a tie (queue/ticket-repo.ts).
 *
 * Measured with `npm run bench -- --only issue`, a build with the old index
 * and one without the id in turn, 12 rounds each, two sessions: 5,576 →
 * 5,967 and 5,642 → 6,193 tickets/s.
 */
export const queueIndexWithoutId: Migration = {
  version: 250,
  name: '0250-queue-index-without-id',
  up(db) {
    db.exec(`
      DROP INDEX tickets_queue;
      CREATE INDEX tickets_queue ON tickets (day, state, service, front, (priority <> 'none'), queued_at, number);
    `);
  },
};
