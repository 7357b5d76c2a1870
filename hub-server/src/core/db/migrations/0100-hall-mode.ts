import type { Migration } from '../migrate';

/**
 * Production is the default, the demo explicit (issue 15): the database
 * remembers whether it was made for the demo hall or a real one, so a demo's
 * published accounts and device tokens can never end up in a real hall's
 * database (the hub refuses to start it in the other mode). A database from
 * before has no row; the first start records its mode.
 *
 * Accounts whose password came from a config file must choose their own at
 * first sign-in (`must_change_password`).
 */
export const hallMode: Migration = {
  version: 100,
  name: '0100-hall-mode',
  up(db) {
    db.exec(`
      CREATE TABLE hall_mode (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        mode TEXT NOT NULL CHECK (mode IN ('demo', 'hall')),
        set_at INTEGER NOT NULL
      ) STRICT;
      ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
    `);
  },
};
