/**
 * Pairing a new device by code (issue 17). A kiosk, board or counter PC with
 * no token asks for a code and shows it; an admin types (or scans) it in the
 * console and says what the device is; the device, polling with the secret
 * it got alongside the code, receives its token once and carries on. No
 * token is ever shown to a person.
 *
 * Pending pairings live in memory only: they last ten minutes, and a hub
 * restart just makes the device ask for a new code. A token waits here, in
 * the clear, only between the admin's confirmation and the device's next
 * poll (a few seconds); an uncollected one is dropped with its pairing.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { fail, luotError, normalizePairingCode, ok, type DeviceRole, type LuotError, type PairingClaim, type PairingStatus, type PairingTicket, type PlacedDevice, type Result } from '@luot/protocol';
import type { AuthService } from '../auth/auth-service';
import type { SessionRepo } from '../auth/session-repo';
import type { Clock } from '../core/clock';
import type { HallCatalog } from '../core/hall-catalog';
import { CODE_REQUESTS, makePairingCode, nextAttempt, pairingExpired, PAIRING_TTL_MS, WRONG_CLAIMS } from './pairing-rules';

interface PendingPairing {
  pairingId: string;
  code: string;
  role: DeviceRole;
  expiresAt: number;
  /** Set by the admin's claim; handed to the device once. */
  paired: { device: PlacedDevice; token: string } | null;
}

/** At most this many pairings wait at once: a flood of requests cannot fill the hub's memory. */
const MAX_PENDING = 500;

export type PairingService = ReturnType<typeof createPairingService>;

export interface PairingDeps {
  auth: Pick<AuthService, 'enrolDevice'>;
  sessions: Pick<SessionRepo, 'device' | 'placeDevice'>;
  catalog: Pick<HallCatalog, 'counter'>;
  clock: Clock;
}

/** A refusal for going too fast says when to come back (the HTTP answer's `Retry-After`). */
export type Throttled<T> = Result<T> | { ok: false; error: LuotError; retryAfterSeconds: number };

const tooMany = (retryAfterMs: number, vi: string, en: string) =>
  ({ ok: false, error: luotError('too_many_attempts', { vi, en }), retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) }) as const;

export function createPairingService(deps: PairingDeps) {
  const { auth, sessions, catalog, clock } = deps;
  const byId = new Map<string, PendingPairing>();
  const byCode = new Map<string, PendingPairing>();
  const requestsFrom = new Map<string, number[]>();
  const wrongClaimsBy = new Map<string, number[]>();

  function sweep(now: number): void {
    for (const p of byId.values()) {
      if (!pairingExpired(p, now)) continue;
      byId.delete(p.pairingId);
      if (byCode.get(p.code) === p) byCode.delete(p.code);
    }
    // Addresses and admins with no attempt left in their window are forgotten: the maps stay small.
    for (const [attempts, rule] of [[requestsFrom, CODE_REQUESTS], [wrongClaimsBy, WRONG_CLAIMS]] as const) {
      for (const [key, times] of attempts) if (times.every((t) => now - t >= rule.windowMs)) attempts.delete(key);
    }
  }

  function freshCode(): string {
    // 25⁶ codes and at most 500 pending: a clash is rare, and retried.
    for (;;) {
      const code = makePairingCode((n) => randomInt(n));
      if (!byCode.has(code)) return code;
    }
  }

  /** A device with no token asks for a code (rate-limited per address). */
  function request(role: DeviceRole, address: string): Throttled<PairingTicket> {
    const now = clock.now();
    sweep(now);
    const attempt = nextAttempt(requestsFrom.get(address) ?? [], now, CODE_REQUESTS);
    requestsFrom.set(address, attempt.times);
    if (!attempt.allowed || byId.size >= MAX_PENDING) {
      return tooMany(attempt.retryAfterMs || 60_000, 'Thiết bị này xin mã ghép nối quá nhiều lần. Vui lòng thử lại sau ít phút.', 'Too many pairing codes asked from this device. Please try again in a few minutes.');
    }
    const pending: PendingPairing = { pairingId: randomBytes(24).toString('base64url'), code: freshCode(), role, expiresAt: now + PAIRING_TTL_MS, paired: null };
    byId.set(pending.pairingId, pending);
    byCode.set(pending.code, pending);
    return ok({ pairingId: pending.pairingId, code: pending.code, role, expiresAt: pending.expiresAt });
  }

  /** The device polls: still waiting, or its token (given once: the pairing ends there). */
  function status(pairingId: string): Result<PairingStatus> {
    const now = clock.now();
    sweep(now);
    const p = byId.get(pairingId);
    if (!p) {
      return fail(luotError('not_found', { vi: 'Mã ghép nối đã hết hạn. Thiết bị sẽ lấy mã mới.', en: 'The pairing code expired. The device will get a new one.' }, 'pairingId'));
    }
    if (p.paired === null) return ok({ state: 'waiting', code: p.code, expiresAt: p.expiresAt });
    byId.delete(pairingId);
    return ok({ state: 'paired', ...p.paired });
  }

  /**
   * The admin confirms a code: the device is enrolled with the name, role
   * and place given, and its token waits for its next poll. Wrong codes are
   * counted per admin; the code works once.
   */
  function claim(adminId: string, c: PairingClaim): Throttled<PlacedDevice> {
    const now = clock.now();
    sweep(now);
    const wrongSoFar = nextAttempt(wrongClaimsBy.get(adminId) ?? [], now, WRONG_CLAIMS);
    if (!wrongSoFar.allowed) {
      return tooMany(wrongSoFar.retryAfterMs, 'Nhập sai mã ghép nối quá nhiều lần. Vui lòng thử lại sau ít phút.', 'Too many wrong pairing codes. Please try again in a few minutes.');
    }
    const code = normalizePairingCode(c.code);
    const p = code === null ? undefined : byCode.get(code);
    if (!p || p.paired !== null) {
      wrongClaimsBy.set(adminId, wrongSoFar.times);
      return fail(luotError('not_found', {
        vi: 'Mã ghép nối không đúng hoặc đã hết hạn. Hãy xem lại mã đang hiện trên màn hình thiết bị.',
        en: 'The pairing code is wrong or has expired. Check the code the device is showing now.',
      }, 'code'));
    }
    const refused = refuseClaim(c, p);
    if (refused) return fail(refused);
    const area = c.area ?? null;
    const counter = c.counter ?? null;
    const { token } = auth.enrolDevice(c.id, c.name, c.role);
    sessions.placeDevice(c.id, { name: c.name, area, counter });
    const device: PlacedDevice = { id: c.id, name: c.name, role: c.role, area, counter };
    p.paired = { device, token };
    // Single use: the code is gone; the device still collects its token with its secret.
    byCode.delete(p.code);
    return ok(device);
  }

  function refuseClaim(c: PairingClaim, p: PendingPairing) {
    if (c.role !== p.role) {
      return luotError('conflict', {
        vi: `Thiết bị này là ${ROLE_VI[p.role]}, không thể ghép làm ${ROLE_VI[c.role]}.`,
        en: `This device is a ${ROLE_EN[p.role]}; it cannot be paired as a ${ROLE_EN[c.role]}.`,
      }, 'role');
    }
    const existing = sessions.device(c.id);
    if (existing && existing.revokedAt === null) {
      return luotError('conflict', {
        vi: `Đã có thiết bị mang mã "${c.id}". Hãy chọn mã khác, hoặc thu hồi thiết bị cũ trước.`,
        en: `A device "${c.id}" exists already. Choose another id, or revoke the old device first.`,
      }, 'id');
    }
    return refusePlacement(catalog, c.role, c.counter ?? null);
  }

  return { request, status, claim };
}

export const ROLE_VI: Record<DeviceRole, string> = { kiosk: 'máy kiosk', display: 'màn hình hiển thị', counter: 'máy tính quầy' };
const ROLE_EN: Record<DeviceRole, string> = { kiosk: 'kiosk', display: 'display board', counter: 'counter PC' };

/** A counter is given only to a counter PC, and must be one of the hall's. */
export function refusePlacement(catalog: Pick<HallCatalog, 'counter'>, role: DeviceRole, counter: number | null) {
  if (counter === null) return null;
  if (role !== 'counter') {
    return luotError('invalid_payload', { vi: 'Chỉ máy tính quầy mới gắn được với một quầy.', en: 'Only a counter PC can be assigned a counter.' }, 'counter');
  }
  if (!catalog.counter(counter)) return luotError('not_found', { vi: `Không có quầy số ${counter}.`, en: `No counter ${counter}.` }, 'counter');
  return null;
}
