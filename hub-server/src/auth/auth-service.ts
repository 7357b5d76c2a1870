/**
 * Who is calling: staff sign-in (password → session token) and enrolled
 * devices (a token per device). Tokens are stored only as hashes.
 */
import { fail, luotError, ok, type DeviceRole, type LoginResponse, type Principal, type Result, type StaffRole } from '@luot/protocol';
import type { Clock } from '../clock';
import type { HallConfig } from '../config/hall-config-schema';
import type { SessionRepo } from './session-repo';
import type { UserRepo } from './user-repo';
import { DECOY_HASH, hashPassword, hashToken, newId, newToken, verifyPassword } from './secrets';

/** A working day and a bit: an officer signs in once a day. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(deps: { users: UserRepo; sessions: SessionRepo; clock: Clock }) {
  const { users, sessions, clock } = deps;

  async function login(username: string, password: string): Promise<Result<LoginResponse>> {
    const user = users.byUsername(username.trim().toLowerCase());
    // Check against a decoy for an unknown user so the answer takes the same time.
    const checked = await verifyPassword(password, user?.passwordHash ?? DECOY_HASH);
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
  }

  /** Enrols a device and returns its token, shown once. */
  function enrolDevice(id: string, name: string, role: DeviceRole, token = newToken()): string {
    if (sessions.device(id)) sessions.replaceDeviceToken(id, hashToken(token));
    else sessions.insertDevice({ id, name, role, tokenHash: hashToken(token), createdAt: clock.now() });
    return token;
  }

  function createUser(u: { username: string; name: string; role: StaffRole; password?: string }): string {
    const id = newId();
    users.insert({
      id,
      username: u.username,
      name: u.name,
      role: u.role,
      passwordHash: u.password ? hashPassword(u.password) : null,
      createdAt: clock.now(),
    });
    return id;
  }

  /**
   * Seeds staff and devices of the config file that the database lacks.
   * Returns the admin password it made when none was given, to print once.
   */
  function seed(config: HallConfig, adminPassword: string | undefined): { generatedAdminPassword: string | null } {
    let generatedAdminPassword: string | null = null;
    for (const s of config.staff) {
      if (users.byUsername(s.username)) continue;
      let password = s.password;
      if (s.username === 'admin' && adminPassword) password = adminPassword;
      createUser({ username: s.username, name: s.name, role: s.role, ...(password ? { password } : {}) });
    }
    if (!users.byUsername('admin')) {
      const password = adminPassword ?? newToken().slice(0, 16);
      if (!adminPassword) generatedAdminPassword = password;
      createUser({ username: 'admin', name: 'Quản trị hệ thống', role: 'admin', password });
    }
    for (const d of config.devices) {
      if (sessions.device(d.id)) continue;
      enrolDevice(d.id, d.name, d.role, d.token);
    }
    return { generatedAdminPassword };
  }

  function setPassword(userId: string, password: string): void {
    users.setPassword(userId, hashPassword(password));
  }

  return { login, authenticate, logout, enrolDevice, createUser, seed, setPassword };
}

/** A short label for the audit log. */
export function actorOf(p: Principal): string {
  if (p.kind === 'device') return `device:${p.deviceId}`;
  if (p.kind === 'staff') return `user:${p.username}`;
  return 'public';
}
