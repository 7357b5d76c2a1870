import type { Migration } from '../migrate';

/**
 * The period reports count transferred tickets from the event log, which has
 * no index by day since 0050 (only calls are indexed, to keep each ticket's
 * commit small). Transfer events alone are indexed here: other events pass the
 * index's condition and write nothing to it, so issuing and calling a ticket
 * write no more pages than before.
 */
export const transferEventsIndex: Migration = {
  version: 160,
  name: '0160-transfer-events-index',
  up(db) {
    db.exec(`CREATE INDEX events_transfers ON events (day) WHERE type = 'ticket' AND action = 'transferred';`);
  },
};
