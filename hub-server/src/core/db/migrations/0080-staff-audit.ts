import type { Migration } from '../migrate';

/**
 * The staff audit log (issue 15): who did what, when and from where, apart
 * from the hall's `events` (which are broadcast to every namespace and feed
 * the reports; a failed sign-in is neither). Append-only: triggers refuse any
 * UPDATE or DELETE, so a row once written stays as written.
 */
export const staffAudit: Migration = {
  version: 80,
  name: '0080-staff-audit',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT,
        address TEXT,
        detail TEXT
      ) STRICT;
      CREATE INDEX audit_log_at ON audit_log (at);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
