import type { Migration } from '../migrate';

/**
 * The link also ships dossiers' states (no applicant), on a cursor of its
 * own: the highest dossier history id the province acknowledged.
 */
export const provinceDossiers: Migration = {
  version: 240,
  name: '0240-province-dossiers',
  up(db) {
    db.exec('ALTER TABLE province_link ADD COLUMN dossier_cursor INTEGER NOT NULL DEFAULT 0');
  },
};
