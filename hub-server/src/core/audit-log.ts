/**
 * The staff audit log: append-only rows of who did what, when and from which
 * address (sign-ins and their failures and lockouts, sign-outs, account and
 * device changes, personal-data reads; AUDIT_ACTIONS in @luot/protocol). Never a password
 * or a token: callers pass only names, addresses and short reasons.
 */
import type { AuditAction, AuditEntryView, AuditPage, AuditQuery } from '@luot/protocol';
import { readOnly, type ReadableDb, type WritableDb } from './db/handles';

export type { AuditAction } from '@luot/protocol';

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
  id: number;
  at: number;
  actor: string;
  action: string;
  subject: string | null;
  address: string | null;
  detail: string | null;
}

export type AuditReads = ReturnType<typeof createAuditReads>;
export type AuditLog = ReturnType<typeof createAuditLog>;

const toView = (r: AuditRow): AuditEntryView => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  action: r.action as AuditAction,
  subject: r.subject,
  address: r.address,
  detail: r.detail === null ? null : (JSON.parse(r.detail) as Record<string, unknown>),
});

export function createAuditReads(db: ReadableDb) {
  const since = db.prepare<[number, number], AuditRow>('SELECT id, at, actor, action, subject, address, detail FROM audit_log WHERE at >= ? ORDER BY id LIMIT ?');
  // Every filter optional (NULL matches all); the time range goes through the `at` index, newest first.
  const filtered = db.prepare<{ actor: string | null; username: string | null; action: string | null; from: number; to: number; limit: number }, AuditRow>(
    `SELECT id, at, actor, action, subject, address, detail FROM audit_log
     WHERE at >= @from AND at < @to
       AND (@actor IS NULL OR actor = @actor OR actor = @username)
       AND (@action IS NULL OR action = @action)
     ORDER BY at DESC, id DESC LIMIT @limit`,
  );
  return {
    /** Entries from `at` on, oldest first. */
    since: (at: number, limit = 1000): AuditEntry[] =>
      since.all(at, limit).map((r) => {
        const v = toView(r);
        return { at: v.at, actor: v.actor, action: v.action, subject: v.subject, address: v.address, detail: v.detail };
      }),
    /**
     * The admin's view: newest first, filtered by who (an exact actor such as
     * `device:kiosk-1`, or a username for `user:<username>`), what and when
     * (`from` included, `to` excluded).
     */
    find(q: AuditQuery): AuditPage {
      const rows = filtered.all({
        actor: q.who ?? null,
        username: q.who === undefined ? null : `user:${q.who}`,
        action: q.action ?? null,
        from: q.from ?? 0,
        to: q.to ?? Number.MAX_SAFE_INTEGER,
        limit: q.limit + 1,
      });
      return { entries: rows.slice(0, q.limit).map(toView), truncated: rows.length > q.limit };
    },
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
