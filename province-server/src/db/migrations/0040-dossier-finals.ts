import type { Migration } from '../migrate';

/**
 * Dossiers' latest states as the halls ship them (no applicant): one row by
 * (hall, dossier), replaced only by a higher `version` (the hall's history id),
 * and each hall's dossier cursor beside its event cursor.
 */
export const dossierFinals: Migration = {
  version: 40,
  name: '0040-dossier-finals',
  async up(db) {
    await db.query(`
      ALTER TABLE hall_links ADD COLUMN dossiers_acked bigint NOT NULL DEFAULT 0;
      CREATE TABLE dossier_finals (
        hall_id text NOT NULL REFERENCES halls (id),
        dossier_id text NOT NULL,
        version bigint NOT NULL,
        service text NOT NULL,
        procedure_code text NOT NULL,
        status text NOT NULL,
        received_day date,
        returned_day date,
        timeliness text,
        supplement_days date[] NOT NULL,
        PRIMARY KEY (hall_id, dossier_id)
      );
      CREATE INDEX dossier_finals_received ON dossier_finals (received_day, hall_id);
    `);
  },
};
