/**
 * Device and session tokens with the sign-in's brute-force protection: every
 * bearer token the hub is shown (socket handshakes on every namespace, HTTP
 * `Authorization`) is checked here with the client's address. A token that
 * matches nothing (or a revoked device, an inactive account) counts as a
 * failure for that address; 10 in a row lock the address for 1 minute,
 * doubling up to 15 (`sign-in-throttle-rules.ts`), and while locked every
 * token from it, good or bad, is refused with `too_many_attempts` without
 * being looked up. A good token does not reset the count: a machine holding
 * one must not be able to guess on between its uses. An expired session is
 * no guess and is not counted, nor is a request without a token. Each
 * lockout is written to the audit log.
 */
import { fail, luotError, type LuotError, type Principal, type Result } from '@luot/protocol';
import type { AuditLog } from '../core/audit-log';
import type { Clock } from '../core/clock';
import { waitWords } from '../core/wait-words';
import { afterFailure, isForgotten, lockedForMs, retryAfterSeconds, TOKEN_POLICY, type ThrottleEntry } from './sign-in-throttle-rules';
import type { AuthService } from './auth-service';

/** Beyond this many addresses the forgotten ones are dropped first. */
const SWEEP_ABOVE = 1000;
const MAX_ADDRESSES = 50_000;

export function tooManyTokenFailures(seconds: number): LuotError {
  const wait = waitWords(seconds);
  return luotError('too_many_attempts', {
    vi: `Máy này đã dùng mã thiết bị sai quá nhiều lần. Vui lòng thử lại sau ${wait.vi}.`,
    en: `Too many wrong device tokens from this machine. Please try again in ${wait.en}.`,
  });
}

export type TokenGuard = ReturnType<typeof createTokenGuard>;

export function createTokenGuard(deps: { auth: Pick<AuthService, 'authenticate'>; clock: Clock; audit: AuditLog }) {
  const { auth, clock, audit } = deps;
  const byAddress = new Map<string, ThrottleEntry>();
  /** Devices whose expired token the log has already recorded (once per start, not at every reconnect). */
  const expiredLogged = new Set<string>();

  function sweep(now: number): void {
    if (byAddress.size <= SWEEP_ABOVE) return;
    for (const [address, entry] of byAddress) if (isForgotten(entry, now, TOKEN_POLICY)) byAddress.delete(address);
    for (const address of byAddress.keys()) {
      if (byAddress.size <= MAX_ADDRESSES) break;
      byAddress.delete(address);
    }
  }

  /**
   * `authenticate` of the auth service, throttled by `from` (the client's address).
   * Without an address (a token the hub itself just made) nothing is counted.
   */
  function authenticate(token: unknown, from?: string): Result<Principal> {
    if (from === undefined) return auth.authenticate(token);
    const now = clock.now();
    sweep(now);
    const waitMs = lockedForMs(byAddress.get(from), now);
    if (waitMs > 0) return fail(tooManyTokenFailures(retryAfterSeconds(waitMs)));
    const result = auth.authenticate(token);
    if (!result.ok && result.error.code === 'device_token_expired') {
      const deviceId = result.error.field ?? '';
      if (!expiredLogged.has(deviceId)) {
        expiredLogged.add(deviceId);
        audit.append({ at: now, actor: `device:${deviceId}`, action: 'device-token-expired', subject: deviceId, address: from, detail: null });
      }
    }
    const guessed = typeof token === 'string' && token !== '';
    if (result.ok || result.error.code !== 'unauthenticated' || !guessed) return result;
    const before = byAddress.get(from);
    const after = afterFailure(before, now, TOKEN_POLICY);
    byAddress.delete(from); // re-inserted last: the map stays in order of last failure
    byAddress.set(from, after);
    const lockoutsBefore = before !== undefined && !isForgotten(before, now, TOKEN_POLICY) ? before.lockouts : 0;
    if (after.lockouts > lockoutsBefore) {
      audit.append({ at: now, actor: 'anonymous', action: 'token-locked', subject: null, address: from, detail: { lockedUntil: after.lockedUntil } });
    }
    return result;
  }

  return { authenticate };
}
