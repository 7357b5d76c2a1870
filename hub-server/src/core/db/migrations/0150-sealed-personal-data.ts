import type { Migration } from '../migrate';

/**
 * Personal data at rest (issue 16, Decree 13/2023). A SQL migration cannot
 * hold the key (it lives in a file outside the database), so this one only
 * prepares; the hub seals existing rows at start-up with the key, in small
 * transactions (core/personal-data/seal-existing.ts).
 * - `dossiers.personal_sealed`: 1 once the row's personal columns hold sealed
 *   values (`p1.<keyId>.…`); 0 for rows written before this version.
 * - `dossiers.personal_erased_at`: when the retention job erased them.
 * - `sealing_keys`: the ids of the keys the database's values were sealed
 *   with, so a hub started with a missing or different key file refuses to
 *   start instead of making a new key.
 * - `retention_marks`: how far the retention job may delete audit rows; the
 *   audit log's no-delete trigger now lets through only rows older than that
 *   mark (the log stays append-only for everything younger).
 */
export const sealedPersonalData: Migration = {
  version: 150,
  name: '0150-sealed-personal-data',
  up(db) {
    db.exec(`
      ALTER TABLE dossiers ADD COLUMN personal_sealed INTEGER NOT NULL DEFAULT 0 CHECK (personal_sealed IN (0, 1));
      ALTER TABLE dossiers ADD COLUMN personal_erased_at INTEGER;
      CREATE INDEX dossiers_unsealed ON dossiers (personal_sealed) WHERE personal_sealed = 0;
      -- The retention job's reads: dossiers that will not move again and still hold
      -- personal data, by closing time (dossiers/dossier-retention.ts, same condition).
      CREATE INDEX dossiers_closed_kept ON dossiers (updated_at)
        WHERE personal_erased_at IS NULL AND (status IN ('refused', 'withdrawn', 'stopped', 'returned') OR (code IS NULL AND status IN ('registered', 'supplement_requested')));

      CREATE TABLE sealing_keys (
        key_id TEXT PRIMARY KEY,
        first_used_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE retention_marks (
        what TEXT PRIMARY KEY,
        before_at INTEGER NOT NULL
      ) STRICT;
      DROP TRIGGER audit_log_no_delete;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        WHEN old.at >= COALESCE((SELECT before_at FROM retention_marks WHERE what = 'audit_log'), 0)
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
