/**
 * Who is calling: staff sign-in (password → session token) and enrolled
 * devices (a token per device). Tokens are stored only as hashes.
 */
import { fail, luotError, ok, type DeviceRole, type LoginResponse, type Principal, type Result, type StaffRole } from '@luot/protocol';
import type { Clock } from '../core/clock';
import type { HallConfig } from '../core/config/hall-config-schema';
import type { DeviceRecord, SessionRepo } from './session-repo';
import type { UserRecord, UserRepo } from './user-repo';
import { refuseAccountChange } from './account-change-rules';
import { decoyHash, hashPassword, hashToken, newId, newToken, verifyPassword } from './secrets';

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
  /** The new password is one-time (default true with a password); alone, demands a change at next sign-in. */
  mustChangePassword?: boolean;
}

/** The default of the hall's `security.deviceTokenIdleDays`. */
export const DEVICE_TOKEN_IDLE_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A device connected for weeks on one socket is in use: its last use is written again this often. */
const DEVICE_TOUCH_EVERY_MS = 60 * 60 * 1000;

/** Whether a device token has gone unused longer than the hall allows (idle from the later of its issue and last use). */
export const deviceTokenExpired = (d: Pick<DeviceRecord, 'lastSeenAt' | 'tokenIssuedAt'>, now: number, idleMs: number): boolean =>
  now - Math.max(d.lastSeenAt ?? 0, d.tokenIssuedAt) > idleMs;

export interface AuthDeps {
  users: UserRepo;
  sessions: SessionRepo;
  clock: Clock;
  /** The hall's `security.deviceTokenIdleDays` (default DEVICE_TOKEN_IDLE_DAYS). */
  deviceTokenIdleDays?: number;
  /**
   * Records that a device showed its token. The hub passes a coalescing
   * writer flushed with the command runner's next commit, so a burst of
   * reconnecting kiosks costs no fsync of its own (default: write at once).
   */
  deviceSeen?: (deviceId: string, at: number) => void;
}

export function createAuthService(deps: AuthDeps) {
  const { users, sessions, clock } = deps;
  const deviceIdleMs = (deps.deviceTokenIdleDays ?? DEVICE_TOKEN_IDLE_DAYS) * DAY_MS;
  const deviceSeen = deps.deviceSeen ?? ((id: string, at: number) => void sessions.touchDevice(id, at));
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
    return ok({ token, expiresAt, user: { id: user.id, username: user.username, name: user.name, role: user.role }, mustChangePassword: user.mustChangePassword });
  }

  /** Resolves a bearer token (device or staff session) to a principal. */
  function authenticate(token: unknown): Result<Principal> {
    if (typeof token !== 'string' || token.length < 8 || token.length > 256) return fail(luotError('unauthenticated'));
    const hash = hashToken(token);
    const device = sessions.deviceByTokenHash(hash);
    if (device) {
      if (device.revokedAt !== null) return fail(luotError('unauthenticated'));
      if (deviceTokenExpired(device, clock.now(), deviceIdleMs)) return fail(luotError('device_token_expired', undefined, device.id));
      deviceSeen(device.id, clock.now());
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
      // Still connected means still in use: its idle time starts again (once an hour, not on every tap).
      deviceSeen(p.deviceId, now);
      checked.set(p, { revision, validUntil: now + DEVICE_TOUCH_EVERY_MS });
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
      sessions.reenrolDevice({ id, name, role, tokenHash, at: clock.now() });
      return { token, reenrolled: true };
    }
    sessions.insertDevice({ id, name, role, tokenHash, createdAt: clock.now() });
    return { token, reenrolled: false };
  }

  /**
   * A new token for an enrolled device, shown once; the old one stops
   * working at once (its open sockets fail their next check). Also how an
   * admin brings back a device whose token expired unused. Not for a revoked
   * device (enrol it again).
   */
  function rotateDeviceToken(id: string): Result<{ token: string; device: DeviceRecord }> {
    const device = sessions.device(id);
    if (!device || device.revokedAt !== null) {
      return fail(luotError('not_found', { vi: `Không có thiết bị "${id}" đang hoạt động.`, en: `No active device "${id}".` }, 'id'));
    }
    const token = newToken();
    sessions.rotateDeviceToken(id, hashToken(token), clock.now());
    revision++;
    return ok({ token, device });
  }

  /** Revokes a device's token; false when no such device is enrolled. */
  function revokeDevice(id: string): boolean {
    const device = sessions.device(id);
    if (!device || device.revokedAt !== null) return false;
    sessions.revokeDevice(id, clock.now());
    revision++;
    return true;
  }

  /**
   * Creates an account; its id, or a conflict when the username is taken.
   * The password is hashed before the check and the insert, which run
   * together with no await between them, so two admins creating one
   * username at once get one account and one conflict.
   */
  async function createUser(u: { username: string; name: string; role: StaffRole; password?: string; mustChangePassword?: boolean }): Promise<Result<string>> {
    const passwordHash = u.password ? await hashPassword(u.password) : null;
    if (users.byUsername(u.username)) {
      return fail(luotError('conflict', { vi: 'Tên đăng nhập đã tồn tại.', en: 'This username exists already.' }, 'username'));
    }
    return ok(insertUser(u, passwordHash, u.mustChangePassword === true && u.password !== undefined));
  }

  function insertUser(u: { username: string; name: string; role: StaffRole }, passwordHash: string | null, mustChangePassword: boolean): string {
    const id = newId();
    users.insert({ id, username: u.username, name: u.name, role: u.role, passwordHash, createdAt: clock.now(), mustChangePassword });
    return id;
  }

  /**
   * Seeds staff and devices of the config file that the database lacks, and
   * makes sure `admin` can sign in: its password is LUOT_ADMIN_PASSWORD, else
   * the config file's, else a random one returned here to print once (also
   * for an `admin` an earlier start left without a password).
   *
   * A password written in a config file is known to whoever saw the file: in
   * a real hall its account must choose its own at first sign-in. The demo's
   * published passwords stay as they are, so anyone can try the demo.
   *
   * The passwords are hashed side by side in libuv's pool first, then every
   * row is written inside `atomically` (the hub passes one SQLite transaction:
   * one commit instead of one per device and account, and a start that fails
   * half-way leaves nothing half-seeded). A hall's first start spent most of
   * its time here.
   */
  async function seed(
    config: HallConfig,
    adminPassword: string | undefined,
    options: { demo?: boolean; atomically?: (write: () => void) => void } = {},
  ): Promise<{ generatedAdminPassword: string | null }> {
    const atomically = options.atomically ?? ((write: () => void) => write());
    type Planned = { username: string; name: string; role: StaffRole; password: string | undefined; mustChangePassword: boolean; fromFile: boolean };
    const planned: Planned[] = config.staff
      .filter((s) => !users.byUsername(s.username))
      .map((s) => {
        const fromEnv = s.username === ADMIN_USERNAME && adminPassword !== undefined;
        const password = fromEnv ? adminPassword : s.password;
        return { username: s.username, name: s.name, role: s.role, password, mustChangePassword: password !== undefined && !fromEnv && options.demo !== true, fromFile: !fromEnv };
      });
    let generatedAdminPassword: string | null = null;
    const adminPasswordNow = (): string => {
      if (adminPassword !== undefined) return adminPassword;
      generatedAdminPassword = newToken().slice(0, 16);
      return generatedAdminPassword;
    };
    const existingAdmin = users.byUsername(ADMIN_USERNAME);
    const plannedAdmin = planned.find((p) => p.username === ADMIN_USERNAME);
    let adminReset: { id: string; password: string } | null = null;
    // A password made here or given by LUOT_ADMIN_PASSWORD is not the config file's: not asked to be changed.
    if (plannedAdmin && plannedAdmin.password === undefined) Object.assign(plannedAdmin, { password: adminPasswordNow(), fromFile: false });
    else if (!plannedAdmin && !existingAdmin) planned.push({ username: ADMIN_USERNAME, name: 'Quản trị hệ thống', role: 'admin', password: adminPasswordNow(), mustChangePassword: false, fromFile: false });
    else if (!plannedAdmin && existingAdmin?.passwordHash === null) adminReset = { id: existingAdmin.id, password: adminPasswordNow() };

    // A password written in the config file is hashed once however many
    // accounts it is given to (the demo hall gives one to all twelve): it is
    // known to whoever saw the file, and equal for them there already, so a
    // salt per account would hide nothing; each account gets its own salt at
    // its first change of password. The twelve hashes were two thirds of a
    // fresh start's CPU (issue 21: /healthz within 1 s). A password from
    // LUOT_ADMIN_PASSWORD or made here is hashed alone.
    const fromFile = new Map<string, Promise<string>>();
    const hashOf = (p: Planned): Promise<string> | null => {
      if (!p.password) return null;
      if (!p.fromFile) return hashPassword(p.password);
      const shared = fromFile.get(p.password) ?? hashPassword(p.password);
      fromFile.set(p.password, shared);
      return shared;
    };
    const hashes = await Promise.all(planned.map(hashOf));
    const adminResetHash = adminReset ? await hashPassword(adminReset.password) : null;
    atomically(() => {
      planned.forEach((p, i) => insertUser(p, hashes[i] ?? null, p.mustChangePassword));
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

  async function setPassword(userId: string, password: string): Promise<void> {
    const hash = await hashPassword(password);
    users.setPassword(userId, hash);
    revision++;
  }

  /**
   * An admin's change to a staff account. A new password, deactivation or a
   * new role ends the account's open sessions (its sockets get
   * `session_expired` at their next command). Refused when it would leave
   * the hall without an active admin who can sign in. The new password is
   * hashed first (off the event loop); the checks and writes then run
   * together, on the account as it is after the hashing.
   */
  async function updateUser(userId: string, change: UserChange, actorId: string | null = null): Promise<Result<UserRecord>> {
    const newHash = change.password !== undefined ? await hashPassword(change.password) : null;
    const user = users.get(userId);
    if (!user) return fail(luotError('not_found', { vi: 'Không có tài khoản này.', en: 'No such account.' }, 'username'));
    const next = { name: change.name ?? user.name, role: change.role ?? user.role, active: change.active ?? user.active };
    const accounts = users.all().map((u) => ({ id: u.id, role: u.role, active: u.active, canSignIn: u.passwordHash !== null }));
    const refused = refuseAccountChange(actorId, { id: user.id, role: user.role, active: user.active, canSignIn: user.passwordHash !== null }, next, accounts);
    if (refused) return fail(refused);
    if (next.name !== user.name || next.role !== user.role) users.setProfile(userId, next.name, next.role);
    if (next.active !== user.active) users.setActive(userId, next.active);
    // A password an admin gives is one-time unless said otherwise: the officer chooses their own at next sign-in.
    if (newHash !== null) users.setPassword(userId, newHash, change.mustChangePassword ?? true);
    else if (change.mustChangePassword !== undefined) users.setMustChange(userId, change.mustChangePassword);
    if (change.password !== undefined || next.role !== user.role || !next.active) sessions.revokeSessionsOf(userId, clock.now());
    revision++;
    const updated = users.get(userId);
    return updated ? ok(updated) : fail(luotError('internal'));
  }

  /** True while the account still has the password a config file gave it (see `seed`). */
  function mustChangePassword(userId: string): boolean {
    return users.get(userId)?.mustChangePassword === true;
  }

  /**
   * A signed-in officer's own new password (the first sign-in's demand, or
   * any time). The current one is checked again; the new one must differ.
   * The account's other sessions end: whoever knew the old password is out.
   */
  async function changeOwnPassword(p: { userId: string; sessionId: string }, current: string, next: string): Promise<Result<void>> {
    const user = users.get(p.userId);
    if (!user || !user.active || user.passwordHash === null) return fail(luotError('unauthenticated'));
    if (!(await verifyPassword(current, user.passwordHash))) {
      return fail(luotError('bad_credentials', { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' }, 'currentPassword'));
    }
    if (next === current) {
      return fail(luotError('invalid_payload', { vi: 'Mật khẩu mới phải khác mật khẩu cũ.', en: 'The new password must differ from the old one.' }, 'newPassword'));
    }
    await setPassword(p.userId, next);
    sessions.revokeSessionsOf(p.userId, clock.now(), p.sessionId);
    return ok(undefined);
  }

  return { login, authenticate, stillValid, logout, enrolDevice, rotateDeviceToken, revokeDevice, createUser, updateUser, seed, setPassword, mustChangePassword, changeOwnPassword };
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
