import type { Migration } from '../migrate';

/**
 * Walk-in dossiers. The applicant's personal data (ID number, birth date,
 * address, phone) lives only in `dossiers` rows: events, commands and logs
 * carry the dossier's id and code, never these columns.
 */
export const dossiers: Migration = {
  version: 20,
  name: '0020-dossiers',
  up(db) {
    db.exec(`
      CREATE TABLE dossiers (
        id TEXT PRIMARY KEY,
        -- Null while only registered: the code is given on reception.
        code TEXT UNIQUE,
        agency_code TEXT NOT NULL,
        -- The local day and daily sequence of the code; null until received.
        day TEXT,
        sequence INTEGER,
        procedure_code TEXT NOT NULL,
        service TEXT NOT NULL,
        ticket_id TEXT REFERENCES tickets(id),
        status TEXT NOT NULL CHECK (status IN ('registered', 'received', 'refused', 'processing', 'supplement_requested',
          'fee_due', 'withdrawn', 'stopped', 'result_ready', 'returned')),
        channel TEXT NOT NULL DEFAULT 'in_person' CHECK (channel IN ('in_person', 'online', 'post')),
        applicant_id_number TEXT NOT NULL,
        applicant_name TEXT NOT NULL,
        applicant_birth_date TEXT NOT NULL,
        applicant_sex TEXT NOT NULL CHECK (applicant_sex IN ('male', 'female')),
        applicant_address TEXT NOT NULL,
        applicant_phone TEXT NOT NULL,
        applicant_email TEXT,
        return_method TEXT NOT NULL CHECK (return_method IN ('counter', 'post')),
        postal_address TEXT,
        -- JSON arrays: [{ name, originals, copies }] and [item].
        documents TEXT NOT NULL DEFAULT '[]',
        supplement_items TEXT NOT NULL DEFAULT '[]',
        registered_at INTEGER NOT NULL,
        registered_day TEXT NOT NULL,
        received_at INTEGER,
        appointment_at INTEGER,
        returned_at INTEGER,
        timeliness TEXT CHECK (timeliness IN ('early', 'on_time', 'late')),
        officer_id TEXT REFERENCES users(id),
        -- The last refusal / supplement reason or status note.
        reason TEXT,
        updated_at INTEGER NOT NULL,
        UNIQUE (agency_code, day, sequence),
        CHECK ((code IS NULL) = (day IS NULL) AND (code IS NULL) = (sequence IS NULL))
      ) STRICT;
      CREATE INDEX dossiers_registered_day ON dossiers (registered_day);
      CREATE INDEX dossiers_day ON dossiers (day);
      CREATE INDEX dossiers_ticket ON dossiers (ticket_id);

      -- The last code sequence used per agency and local day (codes restart daily).
      CREATE TABLE dossier_sequences (
        agency_code TEXT NOT NULL,
        day TEXT NOT NULL,
        last_sequence INTEGER NOT NULL CHECK (last_sequence BETWEEN 1 AND 9999),
        PRIMARY KEY (agency_code, day)
      ) STRICT;

      -- Audit trail of each dossier's status changes. Notes are the officer's
      -- reasons; the applicant's personal data is never copied here.
      CREATE TABLE dossier_history (
        id INTEGER PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id),
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        note TEXT
      ) STRICT;
      CREATE INDEX dossier_history_dossier ON dossier_history (dossier_id);
    `);
  },
};
