import type { Migration } from '../migrate';

/**
 * Rollups of the period reports (reports/rollups.ts): one row per span (a
 * settled day, or a month or year made of them), breakdown and key, with the
 * ticket counts, rating votes and the wait and service-time histograms
 * (duration-histogram.ts). `report_rolled` says which spans are rolled and
 * under which catalog (services' departments and target waits): a span
 * rolled under another catalog is read from the raw rows until rolled again.
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
        wait_sum INTEGER NOT NULL,
        wait_hist BLOB NOT NULL,
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
    `);
  },
};
