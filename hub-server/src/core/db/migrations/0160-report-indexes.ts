import type { Migration } from '../migrate';

/**
 * Two small indexes for the period reports, each over the few rows it
 * counts. Transferred tickets come from the event log, which has no index by
 * day since 0050 (only calls are indexed, to keep each ticket's commit
 * small); supplement requests come from the dossiers' history, indexed only
 * by dossier. Rows outside an index's condition write nothing to it, so
 * issuing and calling a ticket write no more pages than before.
 */
export const reportIndexes: Migration = {
  version: 160,
  name: '0160-report-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX events_transfers ON events (day) WHERE type = 'ticket' AND action = 'transferred';
      CREATE INDEX dossier_history_supplements ON dossier_history (at) WHERE to_status = 'supplement_requested';
    `);
  },
};
