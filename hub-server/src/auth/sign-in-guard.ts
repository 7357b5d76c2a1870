/**
 * Sign-in with brute-force protection, for every staff sign-in form (the API's
 * `/auth/login` and the `/printed/` form): failures are counted per username
 * and per client address by the pure rules of `sign-in-throttle-rules.ts`; a
 * locked key is refused with `too_many_attempts` (and how long to wait)
 * without checking the password. A successful sign-in resets both counts, so
 * an officer who types the password right is never slowed down. Every
 * sign-in, failure, lockout and refusal goes to the audit log (who tried,
 * from where, when; never the password).
 */
import { luotError, type LoginResponse, type LuotError, type Result } from '@luot/protocol';
import type { AuditLog } from '../core/audit-log';
import type { Clock } from '../core/clock';
import { waitWords } from '../core/wait-words';
import type { AuthService } from './auth-service';
import {
  ADDRESS_POLICY,
  afterFailure,
  isForgotten,
  lockedForMs,
  retryAfterSeconds,
  USERNAME_POLICY,
  type ThrottleEntry,
  type ThrottlePolicy,
} from './sign-in-throttle-rules';

export interface SignInAttempt {
  username: string;
  password: string;
  /** The client's address as the hub sees it. */
  address: string;
}

/** A refusal while locked says how many seconds remain (the HTTP answer's `Retry-After`). */
export type SignInOutcome = Result<LoginResponse> | { ok: false; error: LuotError; retryAfterSeconds: number };

export type SignInGuard = ReturnType<typeof createSignInGuard>;

/** Beyond this many keys the guard drops the forgotten ones first (a spray of random names must not grow it forever). */
const SWEEP_ABOVE = 1000;
const MAX_KEYS = 100_000;

/** One map of keys under one policy. */
function createCounts(policy: ThrottlePolicy) {
  const entries = new Map<string, ThrottleEntry>();
  return {
    lockedFor: (key: string, now: number) => lockedForMs(entries.get(key), now),
    /** Counts a failure; returns whether it started a lockout. */
    fail(key: string, now: number): boolean {
      const before = entries.get(key);
      const after = afterFailure(before, now, policy);
      entries.delete(key); // re-inserted last: the map stays in order of last failure
      entries.set(key, after);
      return after.lockouts > (before !== undefined && !isForgotten(before, now, policy) ? before.lockouts : 0);
    },
    reset: (key: string) => entries.delete(key),
    sweep(now: number): void {
      if (entries.size <= SWEEP_ABOVE) return;
      for (const [key, entry] of entries) if (isForgotten(entry, now, policy)) entries.delete(key);
      // Still too many: the oldest failures go first.
      for (const key of entries.keys()) {
        if (entries.size <= MAX_KEYS) break;
        entries.delete(key);
      }
    },
  };
}

export function tooManyAttempts(seconds: number): LuotError {
  const wait = waitWords(seconds);
  return luotError('too_many_attempts', {
    vi: `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${wait.vi}.`,
    en: `Too many failed sign-ins. Please try again in ${wait.en}.`,
  });
}

export function createSignInGuard(deps: { auth: Pick<AuthService, 'login'>; clock: Clock; audit: AuditLog }) {
  const { auth, clock, audit } = deps;
  const byUsername = createCounts(USERNAME_POLICY);
  const byAddress = createCounts(ADDRESS_POLICY);

  async function signIn(attempt: SignInAttempt): Promise<SignInOutcome> {
    // The same normalisation as the accounts', so "CanBo01 " and "canbo01" share a count.
    const username = attempt.username.trim().toLowerCase().slice(0, 64);
    const { address } = attempt;
    const now = clock.now();
    byUsername.sweep(now);
    byAddress.sweep(now);
    const note = (action: 'sign-in' | 'sign-in-failed' | 'sign-in-refused' | 'sign-in-locked', detail: Record<string, unknown> | null = null) =>
      audit.append({ at: clock.now(), actor: action === 'sign-in' ? `user:${username}` : 'anonymous', action, subject: username, address, detail });

    const waitMs = Math.max(byUsername.lockedFor(username, now), byAddress.lockedFor(address, now));
    if (waitMs > 0) {
      const seconds = retryAfterSeconds(waitMs);
      note('sign-in-refused', { retryAfterSeconds: seconds });
      return { ok: false, error: tooManyAttempts(seconds), retryAfterSeconds: seconds };
    }
    // A username's failure is counted before the password check (which takes a while), so parallel guesses
    // at one account beyond the limit are refused too; a success takes it back. An address's is counted
    // after: one machine may sign many officers in at once (the day simulator, a hall's test run).
    const lockedUser = byUsername.fail(username, now);
    const result = await auth.login(attempt.username, attempt.password);
    if (result.ok) {
      byUsername.reset(username);
      byAddress.reset(address);
      note('sign-in');
      return result;
    }
    const lockedAddress = byAddress.fail(address, now);
    note('sign-in-failed', { code: result.error.code });
    if (lockedUser || lockedAddress) {
      const until = now + Math.max(byUsername.lockedFor(username, now), byAddress.lockedFor(address, now));
      note('sign-in-locked', { by: lockedUser ? 'username' : 'address', lockedUntil: until });
    }
    return result;
  }

  return { signIn };
}
