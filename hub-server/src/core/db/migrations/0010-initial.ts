import type { Migration } from '../migrate';

export const initial: Migration = {
  version: 10,
  name: '0010-initial',
  up(db) {
    db.exec(`
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('officer', 'supervisor', 'admin')),
        password_hash TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users(id),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        revoked_at INTEGER
      ) STRICT;

      CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('kiosk', 'counter', 'display')),
        token_hash TEXT NOT NULL UNIQUE,
        printer_state TEXT,
        printer_detail TEXT,
        last_seen_at INTEGER,
        created_at INTEGER NOT NULL,
        revoked_at INTEGER
      ) STRICT;

      CREATE TABLE counters (
        number INTEGER PRIMARY KEY,
        state TEXT NOT NULL DEFAULT 'closed' CHECK (state IN ('open', 'paused', 'closed')),
        pause_reason TEXT,
        officer_id TEXT REFERENCES users(id),
        current_ticket_id TEXT,
        regular_streak INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE tickets (
        id TEXT PRIMARY KEY,
        day TEXT NOT NULL,
        service TEXT NOT NULL,
        number INTEGER NOT NULL,
        code TEXT NOT NULL,
        priority TEXT NOT NULL,
        source TEXT NOT NULL,
        state TEXT NOT NULL,
        issued_at INTEGER NOT NULL,
        queued_at INTEGER NOT NULL,
        front INTEGER NOT NULL DEFAULT 0,
        called_at INTEGER,
        serving_at INTEGER,
        finished_at INTEGER,
        counter INTEGER,
        target_counter INTEGER,
        officer_id TEXT,
        recall_count INTEGER NOT NULL DEFAULT 0,
        outcome TEXT,
        rating INTEGER,
        rated INTEGER NOT NULL DEFAULT 0,
        dossier_id TEXT,
        issued_by TEXT NOT NULL,
        UNIQUE (day, code)
      ) STRICT;
      CREATE INDEX tickets_waiting ON tickets (day, state, service, front, queued_at);
      CREATE INDEX tickets_counter ON tickets (day, counter, state);

      -- Numbers issued per service per day: the next number is last + 1, so a
      -- number is never given twice, even after a crash.
      CREATE TABLE daily_numbers (
        day TEXT NOT NULL,
        service TEXT NOT NULL,
        last_number INTEGER NOT NULL,
        PRIMARY KEY (day, service)
      ) STRICT;

      -- The append-only audit log and the source of broadcasts and reports.
      CREATE TABLE events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        day TEXT NOT NULL,
        type TEXT NOT NULL,
        action TEXT,
        ticket_id TEXT,
        counter INTEGER,
        actor TEXT NOT NULL,
        payload TEXT NOT NULL
      ) STRICT;
      CREATE INDEX events_day ON events (day, type);
      CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
      CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

      -- Results of acknowledged commands, so a retry returns the first result.
      CREATE TABLE commands (
        command_id TEXT PRIMARY KEY,
        actor TEXT NOT NULL,
        name TEXT NOT NULL,
        result TEXT NOT NULL,
        at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE hall_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
