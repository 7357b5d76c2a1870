import type { Migration } from '../migrate';

/**
 * Rollups of the period reports (reports/rollups.ts): one row per span (a
 * settled day, or a month or year made of them), breakdown and key, with the
 * ticket counts, rating votes and the wait and service-time histograms
 * (duration-histogram.ts). `report_rolled` says which spans are rolled and
 * under which catalog (services' departments and target waits): a span
 * rolled under another catalog is read from the raw rows until rolled again.
 * Two covering indexes let the report read dossiers without their wide rows;
 * each dossier command writes them (dossiers change a few times in their life,
 * tickets' writes are untouched).
 */
export const reportRollups: Migration = {
  version: 220,
  name: '0220-report-rollups',
  up(db) {
    db.exec(`
      CREATE TABLE report_rollups (
        span TEXT NOT NULL CHECK (span IN ('day', 'month', 'year')),
        start TEXT NOT NULL,
        dim TEXT NOT NULL,
        key TEXT NOT NULL,
        issued INTEGER NOT NULL,
        served INTEGER NOT NULL,
        no_show INTEGER NOT NULL,
        cancelled INTEGER NOT NULL,
        expired INTEGER NOT NULL,
        transferred INTEGER NOT NULL,
        with_target INTEGER NOT NULL,
        within_target INTEGER NOT NULL,
        v1 INTEGER NOT NULL, v2 INTEGER NOT NULL, v3 INTEGER NOT NULL, v4 INTEGER NOT NULL, v5 INTEGER NOT NULL,
        no_answer INTEGER NOT NULL,
        wait_count INTEGER NOT NULL,
        wait_sum INTEGER NOT NULL,
        wait_hist BLOB NOT NULL,
        service_count INTEGER NOT NULL,
        service_sum INTEGER NOT NULL,
        service_hist BLOB NOT NULL,
        UNIQUE (span, start, dim, key)
      ) STRICT;
      CREATE TABLE report_rolled (
        span TEXT NOT NULL CHECK (span IN ('day', 'month', 'year')),
        start TEXT NOT NULL,
        catalog TEXT NOT NULL,
        rolled_at INTEGER NOT NULL,
        PRIMARY KEY (span, start)
      ) STRICT;
      -- The period report's dossiers (those returned in or after the period, or not yet) read from
      -- this index alone: a dossier's row holds its sealed personal data and documents, ten times wider.
      CREATE INDEX dossiers_report ON dossiers (returned_at, day, received_at, appointment_at, status, timeliness, service, procedure_code, code);
      -- The supplement requests' service and procedure, without reading the dossiers' rows.
      CREATE INDEX dossiers_kind ON dossiers (id, service, procedure_code);
    `);
  },
};
