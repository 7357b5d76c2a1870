import type { Migration } from '../migrate';

/**
 * The hall config lives in the database from now on (issue 17): each
 * revision is the whole config (without passwords and device tokens, which
 * stay in their own tables) with who, when, a one-line reason and a source.
 * The config file seeds the first revision; `file_hash` remembers the file's
 * own text hash so a start can tell that the file changed since.
 * Revisions are never deleted; only `state` (pending → applied or cancelled)
 * and `applied_at` change, once.
 */
export const configRevisions: Migration = {
  version: 170,
  name: '0170-config-revisions',
  up(db) {
    db.exec(`
      CREATE TABLE config_revisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        reason TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('file', 'admin', 'rollback', 'import')),
        state TEXT NOT NULL CHECK (state IN ('applied', 'pending', 'cancelled')),
        apply_on TEXT,
        applied_at INTEGER,
        base_id INTEGER REFERENCES config_revisions (id),
        hash TEXT NOT NULL,
        file_hash TEXT,
        config TEXT NOT NULL
      ) STRICT;
      CREATE INDEX config_revisions_applied ON config_revisions (applied_at) WHERE state = 'applied';
      CREATE TRIGGER config_revisions_keep BEFORE DELETE ON config_revisions
        BEGIN SELECT RAISE(ABORT, 'config revisions are kept'); END;
    `);
  },
};
