import type { Migration } from '../migrate';

/**
 * The link to the province: one row holding the cursor (the highest event
 * seq the province acknowledged) and how the last attempts went. The hub's
 * own events table is the buffer while the link is down; only the cursor is
 * new state. Numbered 130: 100–120 belong to other branches of this release.
 */
export const provinceLink: Migration = {
  version: 130,
  name: '0130-province-link',
  up(db) {
    db.exec(`
      CREATE TABLE province_link (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        cursor INTEGER NOT NULL DEFAULT 0,
        last_success_at INTEGER,
        last_attempt_at INTEGER,
        last_error TEXT
      ) STRICT;
      INSERT INTO province_link (id) VALUES (1);
    `);
  },
};
