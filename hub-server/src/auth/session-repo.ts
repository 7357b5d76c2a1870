/** Prepared statements over `sessions` (staff sign-ins) and `devices` (enrolled devices). */
import type { DeviceRole, PrinterState } from '@luot/protocol';
import { readOnly, type ReadableDb, type WritableDb } from '../core/db/handles';

export interface SessionRecord {
  id: string;
  userId: string;
  expiresAt: number;
  revokedAt: number | null;
}

export interface DeviceRecord {
  id: string;
  name: string;
  role: DeviceRole;
  printerState: PrinterState | null;
  printerDetail: string | null;
  lastSeenAt: number | null;
  revokedAt: number | null;
  /** When its current token was issued (enrolment, re-enrolment or rotation). */
  tokenIssuedAt: number;
  /** The hall area it stands in, and the counter a counter PC sits at (the admin console sets them). */
  area: string | null;
  counter: number | null;
}

/** An open staff session as the Officers screen shows it. */
export interface OpenSessionRecord {
  id: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
}

interface DeviceRow {
  id: string;
  name: string;
  role: string;
  printer_state: string | null;
  printer_detail: string | null;
  last_seen_at: number | null;
  revoked_at: number | null;
  token_issued_at: number;
  area: string | null;
  counter: number | null;
}

const toDevice = (r: DeviceRow): DeviceRecord => ({
  id: r.id,
  name: r.name,
  role: r.role as DeviceRole,
  printerState: r.printer_state as PrinterState | null,
  printerDetail: r.printer_detail,
  lastSeenAt: r.last_seen_at,
  revokedAt: r.revoked_at,
  tokenIssuedAt: r.token_issued_at,
  area: r.area,
  counter: r.counter,
});

/** What read paths get: every query, no write. */
export type SessionReads = ReturnType<typeof createSessionReads>;
export type SessionRepo = ReturnType<typeof createSessionRepo>;

export function createSessionReads(db: ReadableDb) {
  const sessionByHash = db.prepare<[string], { id: string; user_id: string; expires_at: number; revoked_at: number | null }>(
    'SELECT id, user_id, expires_at, revoked_at FROM sessions WHERE token_hash = ?',
  );
  const sessionById = db.prepare<[string], { id: string; user_id: string; expires_at: number; revoked_at: number | null }>(
    'SELECT id, user_id, expires_at, revoked_at FROM sessions WHERE id = ?',
  );
  const deviceByHash = db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE token_hash = ?');
  const deviceById = db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE id = ?');
  const allDevices = db.prepare<[], DeviceRow>('SELECT * FROM devices WHERE revoked_at IS NULL ORDER BY id');
  const atCounter = db
    .prepare<[number], string>("SELECT id FROM devices WHERE counter = ? AND role = 'counter' AND revoked_at IS NULL ORDER BY id LIMIT 1")
    .pluck();
  const openSessions = db.prepare<[number], { id: string; user_id: string; created_at: number; expires_at: number }>(
    'SELECT id, user_id, created_at, expires_at FROM sessions WHERE revoked_at IS NULL AND expires_at > ? ORDER BY created_at',
  );
  return {
    sessionByTokenHash: (hash: string): SessionRecord | undefined => {
      const r = sessionByHash.get(hash);
      return r ? { id: r.id, userId: r.user_id, expiresAt: r.expires_at, revokedAt: r.revoked_at } : undefined;
    },
    session: (id: string): SessionRecord | undefined => {
      const r = sessionById.get(id);
      return r ? { id: r.id, userId: r.user_id, expiresAt: r.expires_at, revokedAt: r.revoked_at } : undefined;
    },
    deviceByTokenHash: (hash: string) => {
      const r = deviceByHash.get(hash);
      return r ? toDevice(r) : undefined;
    },
    device: (id: string) => {
      const r = deviceById.get(id);
      return r ? toDevice(r) : undefined;
    },
    devices: () => allDevices.all().map(toDevice),
    /** The counter PC the admin console placed at counter `number`, if any. */
    deviceAtCounter: (number: number): string | undefined => atCounter.get(number),
    /** Sessions neither revoked nor expired at `now`: who is signed in. */
    openSessions: (now: number): OpenSessionRecord[] =>
      openSessions.all(now).map((r) => ({ id: r.id, userId: r.user_id, createdAt: r.created_at, expiresAt: r.expires_at })),
  };
}

/** The queries and the writes; a write statement is prepared on the write handle only. */
export function createSessionRepo(db: WritableDb) {
  const insertSession = db.prepare(
    'INSERT INTO sessions (id, token_hash, user_id, created_at, expires_at) VALUES (@id, @tokenHash, @userId, @createdAt, @expiresAt)',
  );
  const revokeSession = db.prepare<[number, string]>('UPDATE sessions SET revoked_at = ? WHERE id = ?');
  const revokeUserSessions = db.prepare<[number, string, string]>('UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL AND id <> ?');
  const insertDevice = db.prepare(
    'INSERT INTO devices (id, name, role, token_hash, created_at, token_issued_at) VALUES (@id, @name, @role, @tokenHash, @createdAt, @createdAt)',
  );
  const setPrinter = db.prepare<[string, string | null, number, string]>(
    'UPDATE devices SET printer_state = ?, printer_detail = ?, last_seen_at = ? WHERE id = ?',
  );
  const seen = db.prepare<[number, string]>('UPDATE devices SET last_seen_at = ? WHERE id = ?');
  const reenrol = db.prepare<[string, string, string, number, string]>(
    'UPDATE devices SET name = ?, role = ?, token_hash = ?, token_issued_at = ?, revoked_at = NULL WHERE id = ?',
  );
  const rotate = db.prepare<[string, number, string]>('UPDATE devices SET token_hash = ?, token_issued_at = ? WHERE id = ?');
  const revokeDevice = db.prepare<[number, string]>('UPDATE devices SET revoked_at = ? WHERE id = ?');
  const place = db.prepare<[string, string | null, number | null, string]>('UPDATE devices SET name = ?, area = ?, counter = ? WHERE id = ?');
  return {
    ...createSessionReads(readOnly(db)),
    insertSession: (s: { id: string; tokenHash: string; userId: string; createdAt: number; expiresAt: number }) =>
      insertSession.run(s),
    revokeSession: (id: string, at: number) => revokeSession.run(at, id),
    /** Ends every open session of a user (deactivated, new password, new role), but `keep` (the one that changed its own password). */
    revokeSessionsOf: (userId: string, at: number, keep = '') => revokeUserSessions.run(at, userId, keep),
    insertDevice: (d: { id: string; name: string; role: DeviceRole; tokenHash: string; createdAt: number }) =>
      insertDevice.run(d),
    setPrinter: (id: string, state: PrinterState, detail: string | null, at: number) => setPrinter.run(state, detail, at, id),
    touchDevice: (id: string, at: number) => seen.run(at, id),
    /** Re-enrolment: the device gets the name, role and token the admin gave now, and is no longer revoked. */
    reenrolDevice: (d: { id: string; name: string; role: DeviceRole; tokenHash: string; at: number }) => reenrol.run(d.name, d.role, d.tokenHash, d.at, d.id),
    /** A new token for the same device; the old one matches nothing from now on. */
    rotateDeviceToken: (id: string, tokenHash: string, at: number) => rotate.run(tokenHash, at, id),
    revokeDevice: (id: string, at: number) => revokeDevice.run(at, id),
    /** Its name, area and counter as the admin set them. */
    placeDevice: (id: string, p: { name: string; area: string | null; counter: number | null }) => place.run(p.name, p.area, p.counter, id),
  };
}
