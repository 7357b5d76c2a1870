import type { Migration } from '../migrate';

/**
 * Returning results (issue 19). A dossier marked ready to collect records
 * when and where (a counter or an area, and a short note); the hand-over
 * records the officer who gave it. Dossiers marked ready before this
 * version have no `ready_at`: the readers fall back to `updated_at`, the
 * time of their last change (the marking), so no row is rewritten here.
 * The index holds only the results still waiting, oldest first, for the
 * supervisor's panel; every other dossier writes nothing to it.
 */
export const resultReturn: Migration = {
  version: 190,
  name: '0190-result-return',
  up(db) {
    db.exec(`
      ALTER TABLE dossiers ADD COLUMN ready_at INTEGER;
      ALTER TABLE dossiers ADD COLUMN collect_place TEXT;
      ALTER TABLE dossiers ADD COLUMN collect_note TEXT;
      ALTER TABLE dossiers ADD COLUMN returned_by TEXT;
      CREATE INDEX dossiers_awaiting_return ON dossiers (status, coalesce(ready_at, updated_at)) WHERE status = 'result_ready';
    `);
  },
};
