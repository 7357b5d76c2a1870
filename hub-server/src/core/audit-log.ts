/**
 * The staff audit log: append-only rows of who did what, when and from which
 * address (sign-ins, failed sign-ins, lockouts, sign-outs). Never a password
 * or a token: callers pass only names, addresses and short reasons.
 */
import { readOnly, type ReadableDb, type WritableDb } from './db/handles';

/**
 * `token-locked`: an address locked out after too many wrong bearer tokens (device or session).
 * `backup` / `backup-failed`: a backup taken (nightly, at shutdown, by hand) or one that failed;
 * `restore`: written by the restore command into the database it brought back.
 * `retention` / `retention-failed`: what the retention job erased and deleted (counts only), or a step that failed.
 */
export type AuditAction =
  | 'sign-in'
  | 'sign-in-failed'
  | 'sign-in-refused'
  | 'sign-in-locked'
  | 'sign-out'
  | 'token-locked'
  | 'backup'
  | 'backup-failed'
  | 'restore'
  | 'retention'
  | 'retention-failed';

export interface AuditEntry {
  at: number;
  /** Who: `user:<username>` for a known session, `anonymous` for an attempt. */
  actor: string;
  action: AuditAction;
  /** What it was about, e.g. the username tried. */
  subject: string | null;
  /** The client's address as the hub saw it. */
  address: string | null;
  /** A short machine-readable note (JSON), e.g. `{"lockedUntil":…}`. */
  detail: Record<string, unknown> | null;
}

interface AuditRow {
  at: number;
  actor: string;
  action: string;
  subject: string | null;
  address: string | null;
  detail: string | null;
}

export type AuditReads = ReturnType<typeof createAuditReads>;
export type AuditLog = ReturnType<typeof createAuditLog>;

export function createAuditReads(db: ReadableDb) {
  const since = db.prepare<[number, number], AuditRow>('SELECT at, actor, action, subject, address, detail FROM audit_log WHERE at >= ? ORDER BY id LIMIT ?');
  return {
    /** Entries from `at` on, oldest first. */
    since: (at: number, limit = 1000): AuditEntry[] =>
      since.all(at, limit).map((r) => ({
        at: r.at,
        actor: r.actor,
        action: r.action as AuditAction,
        subject: r.subject,
        address: r.address,
        detail: r.detail === null ? null : (JSON.parse(r.detail) as Record<string, unknown>),
      })),
  };
}

export function createAuditLog(db: WritableDb) {
  const insert = db.prepare<[number, string, string, string | null, string | null, string | null]>(
    'INSERT INTO audit_log (at, actor, action, subject, address, detail) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return {
    ...createAuditReads(readOnly(db)),
    append(entry: AuditEntry): void {
      insert.run(entry.at, entry.actor, entry.action, entry.subject, entry.address, entry.detail === null ? null : JSON.stringify(entry.detail));
    },
  };
}
