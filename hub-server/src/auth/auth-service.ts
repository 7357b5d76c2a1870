/**
 * Who is calling: staff sign-in (password → session token) and enrolled
 * devices (a token per device). Tokens are stored only as hashes.
 */
import { fail, luotError, ok, type DeviceRole, type LoginResponse, type Principal, type Result, type StaffRole } from '@luot/protocol';
import type { Clock } from '../core/clock';
import type { HallConfig } from '../core/config/hall-config-schema';
import type { SessionRepo } from './session-repo';
import type { UserRecord, UserRepo } from './user-repo';
import { decoyHash, hashPassword, hashPasswordAsync, hashToken, newId, newToken, verifyPassword } from './secrets';

/** A working day and a bit: an officer signs in once a day. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export type AuthService = ReturnType<typeof createAuthService>;

/** The account that must always be able to sign in. */
export const ADMIN_USERNAME = 'admin';

/** What an admin may change on a staff account; absent fields stay as they are. */
export interface UserChange {
  name?: string;
  role?: StaffRole;
  active?: boolean;
  password?: string;
}

export function createAuthService(deps: { users: UserRepo; sessions: SessionRepo; clock: Clock }) {
  const { users, sessions, clock } = deps;
  /**
   * Bumped by every change that can end a principal's rights (logout, a new
   * password, role or state, a device revoked or re-enrolled), so the check
   * before each command reads the database only after such a change or when
   * a session's own expiry comes (it runs on every kiosk tap).
   */
  let revision = 0;
  const checked = new WeakMap<Principal, { revision: number; validUntil: number }>();

  async function login(username: string, password: string): Promise<Result<LoginResponse>> {
    const user = users.byUsername(username.trim().toLowerCase());
    // Check against a decoy for an unknown user so the answer takes the same time.
    const checked = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
    const valid = checked && user?.passwordHash !== undefined && user.passwordHash !== null;
    if (!user || !user.active || !valid) return fail(luotError('bad_credentials'));
    const token = newToken();
    const now = clock.now();
    const expiresAt = now + SESSION_TTL_MS;
    sessions.insertSession({ id: newId(), tokenHash: hashToken(token), userId: user.id, createdAt: now, expiresAt });
    return ok({ token, expiresAt, user: { id: user.id, username: user.username, name: user.name, role: user.role } });
  }

  /** Resolves a bearer token (device or staff session) to a principal. */
  function authenticate(token: unknown): Result<Principal> {
    if (typeof token !== 'string' || token.length < 8 || token.length > 256) return fail(luotError('unauthenticated'));
    const hash = hashToken(token);
    const device = sessions.deviceByTokenHash(hash);
    if (device) {
      if (device.revokedAt !== null) return fail(luotError('unauthenticated'));
      sessions.touchDevice(device.id, clock.now());
      return ok({ kind: 'device', role: device.role, deviceId: device.id, name: device.name });
    }
    const session = sessions.sessionByTokenHash(hash);
    if (!session) return fail(luotError('unauthenticated'));
    if (session.revokedAt !== null || session.expiresAt <= clock.now()) return fail(luotError('session_expired'));
    const user = users.get(session.userId);
    if (!user || !user.active) return fail(luotError('unauthenticated'));
    return ok({ kind: 'staff', role: user.role, userId: user.id, username: user.username, sessionId: session.id });
  }

  function logout(sessionId: string): void {
    sessions.revokeSession(sessionId, clock.now());
    revision++;
  }

  /**
   * Checks, before each socket command, that the principal a socket connected
   * with still holds: the session is neither expired nor revoked (logout, new
   * password, deactivation, new role), the device is still enrolled as it was.
   */
  function stillValid(p: Principal): Result<Principal> {
    const now = clock.now();
    const last = checked.get(p);
    if (last && last.revision === revision && now < last.validUntil) return ok(p);
    if (p.kind === 'staff') {
      const session = sessions.session(p.sessionId);
      if (!session || session.revokedAt !== null || session.expiresAt <= now) return fail(luotError('session_expired'));
      const user = users.get(p.userId);
      if (!user || !user.active || user.role !== p.role) return fail(luotError('session_expired'));
      checked.set(p, { revision, validUntil: session.expiresAt });
      return ok(p);
    }
    if (p.kind === 'device') {
      const device = sessions.device(p.deviceId);
      if (!device || device.revokedAt !== null || device.role !== p.role) return fail(luotError('unauthenticated'));
      checked.set(p, { revision, validUntil: Infinity });
    }
    return ok(p);
  }

  /**
   * Enrols a device and returns its token, shown once. Enrolling an id that
   * exists re-enrols it: the name, role and token given now replace the old
   * ones (the old token stops working), and a revoked device is enrolled again.
   */
  function enrolDevice(id: string, name: string, role: DeviceRole, token = newToken()): { token: string; reenrolled: boolean } {
    const tokenHash = hashToken(token);
    revision++;
    if (sessions.device(id)) {
      sessions.reenrolDevice({ id, name, role, tokenHash });
      return { token, reenrolled: true };
    }
    sessions.insertDevice({ id, name, role, tokenHash, createdAt: clock.now() });
    return { token, reenrolled: false };
  }

  /** Revokes a device's token; false when no such device is enrolled. */
  function revokeDevice(id: string): boolean {
    const device = sessions.device(id);
    if (!device || device.revokedAt !== null) return false;
    sessions.revokeDevice(id, clock.now());
    revision++;
    return true;
  }

  function createUser(u: { username: string; name: string; role: StaffRole; password?: string }): string {
    return insertUser(u, u.password ? hashPassword(u.password) : null);
  }

  function insertUser(u: { username: string; name: string; role: StaffRole }, passwordHash: string | null): string {
    const id = newId();
    users.insert({ id, username: u.username, name: u.name, role: u.role, passwordHash, createdAt: clock.now() });
    return id;
  }

  /**
   * Seeds staff and devices of the config file that the database lacks, and
   * makes sure `admin` can sign in: its password is LUOT_ADMIN_PASSWORD, else
   * the config file's, else a random one returned here to print once (also
   * for an `admin` an earlier start left without a password).
   *
   * The passwords are hashed side by side in libuv's pool first, then every
   * row is written inside `atomically` (the hub passes one SQLite transaction:
   * one commit instead of one per device and account, and a start that fails
   * half-way leaves nothing half-seeded). A hall's first start spent most of
   * its time here.
   */
  async function seed(config: HallConfig, adminPassword: string | undefined, atomically: (write: () => void) => void = (write) => write()): Promise<{ generatedAdminPassword: string | null }> {
    const planned: { username: string; name: string; role: StaffRole; password: string | undefined }[] = config.staff
      .filter((s) => !users.byUsername(s.username))
      .map((s) => ({ username: s.username, name: s.name, role: s.role, password: s.username === ADMIN_USERNAME ? (adminPassword ?? s.password) : s.password }));
    let generatedAdminPassword: string | null = null;
    const adminPasswordNow = (): string => {
      if (adminPassword !== undefined) return adminPassword;
      generatedAdminPassword = newToken().slice(0, 16);
      return generatedAdminPassword;
    };
    const existingAdmin = users.byUsername(ADMIN_USERNAME);
    const plannedAdmin = planned.find((p) => p.username === ADMIN_USERNAME);
    let adminReset: { id: string; password: string } | null = null;
    if (plannedAdmin) plannedAdmin.password ??= adminPasswordNow();
    else if (!existingAdmin) planned.push({ username: ADMIN_USERNAME, name: 'Quản trị hệ thống', role: 'admin', password: adminPasswordNow() });
    else if (existingAdmin.passwordHash === null) adminReset = { id: existingAdmin.id, password: adminPasswordNow() };

    const hashes = await Promise.all(planned.map((p) => (p.password ? hashPasswordAsync(p.password) : null)));
    const adminResetHash = adminReset ? await hashPasswordAsync(adminReset.password) : null;
    atomically(() => {
      planned.forEach((p, i) => insertUser(p, hashes[i]!));
      if (adminReset && adminResetHash) {
        users.setPassword(adminReset.id, adminResetHash);
        revision++;
      }
      for (const d of config.devices) {
        if (sessions.device(d.id)) continue;
        enrolDevice(d.id, d.name, d.role, d.token);
      }
    });
    void decoyHash(); // ready before the first sign-in
    return { generatedAdminPassword };
  }

  function setPassword(userId: string, password: string): void {
    users.setPassword(userId, hashPassword(password));
    revision++;
  }

  /**
   * An admin's change to a staff account. A new password, deactivation or a
   * new role ends the account's open sessions (its sockets get
   * `session_expired` at their next command). Refused when it would leave
   * the hall without an active admin who can sign in.
   */
  function updateUser(userId: string, change: UserChange): Result<UserRecord> {
    const user = users.get(userId);
    if (!user) return fail(luotError('not_found', { vi: 'Không có tài khoản này.', en: 'No such account.' }, 'username'));
    const next = { name: change.name ?? user.name, role: change.role ?? user.role, active: change.active ?? user.active };
    const stillAdmin = next.role === 'admin' && next.active;
    if (user.role === 'admin' && user.active && !stillAdmin) {
      const others = users.all().filter((u) => u.id !== userId && u.role === 'admin' && u.active && u.passwordHash !== null);
      if (others.length === 0) {
        return fail(luotError('conflict', {
          vi: 'Không thể bỏ quyền hoặc khóa quản trị viên cuối cùng đang hoạt động.',
          en: 'The last active admin cannot be deactivated or given another role.',
        }, change.active === false ? 'active' : 'role'));
      }
    }
    if (next.name !== user.name || next.role !== user.role) users.setProfile(userId, next.name, next.role);
    if (next.active !== user.active) users.setActive(userId, next.active);
    if (change.password !== undefined) setPassword(userId, change.password);
    if (change.password !== undefined || next.role !== user.role || !next.active) sessions.revokeSessionsOf(userId, clock.now());
    revision++;
    const updated = users.get(userId);
    return updated ? ok(updated) : fail(luotError('internal'));
  }

  return { login, authenticate, stillValid, logout, enrolDevice, revokeDevice, createUser, updateUser, seed, setPassword };
}

/** A short label for the audit log. */
export function actorOf(p: Principal): string {
  if (p.kind === 'device') return `device:${p.deviceId}`;
  if (p.kind === 'staff') return `user:${p.username}`;
  return 'public';
}

/** The runner's command context for a principal's command (`commandId` makes it idempotent). */
export function commandOf(p: Principal, name: string, commandId?: string): { actor: string; name: string; commandId?: string } {
  return { actor: actorOf(p), name, ...(commandId ? { commandId } : {}) };
}
