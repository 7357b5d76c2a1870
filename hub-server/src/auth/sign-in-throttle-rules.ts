/**
 * Pure rules of the sign-in throttle: how many failures lock a key (a
 * username, or a client address), for how long, and when a key's past is
 * forgotten. A lockout ends by itself; each lockout of the same key within
 * `forgetAfterMs` lasts twice the previous one, up to `maxLockMs`. No clock,
 * no storage: the guard passes `now` and keeps the entries.
 *
 * @example
 * let e = afterFailure(undefined, now, USERNAME_POLICY);   // 1 failure
 * lockedForMs(e, now)                                     // 0 until the 5th
 */
export interface ThrottlePolicy {
  /** Failures in a row that start a lockout. */
  maxFailures: number;
  /** The first lockout's length; each next one doubles. */
  baseLockMs: number;
  maxLockMs: number;
  /** A key with no failure for this long starts afresh (count and doubling). */
  forgetAfterMs: number;
}

export interface ThrottleEntry {
  /** Failures since the last lockout (or since the start). */
  failures: number;
  /** Lockouts so far, for the doubling. */
  lockouts: number;
  /** 0 when not locked. */
  lockedUntil: number;
  lastFailureAt: number;
}

const MINUTE = 60_000;

/** One officer mistyping: 5 tries, then 1 min, 2, 4… at most 15 min. */
export const USERNAME_POLICY: ThrottlePolicy = { maxFailures: 5, baseLockMs: MINUTE, maxLockMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE };
/**
 * One machine trying many usernames (password spraying). Higher than a
 * username's: a shared PC may see several officers mistype in a morning.
 */
export const ADDRESS_POLICY: ThrottlePolicy = { maxFailures: 10, baseLockMs: MINUTE, maxLockMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE };
/**
 * One machine showing wrong bearer tokens (device or session). A device
 * never mistypes its token: 10 failures are a stale or guessed one.
 */
export const TOKEN_POLICY: ThrottlePolicy = { maxFailures: 10, baseLockMs: MINUTE, maxLockMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE };

/** How long the key stays locked from `now`; 0 when it may try. */
export function lockedForMs(entry: ThrottleEntry | undefined, now: number): number {
  return entry === undefined ? 0 : Math.max(0, entry.lockedUntil - now);
}

/** Whether the guard may drop the entry: not locked and quiet long enough. */
export function isForgotten(entry: ThrottleEntry, now: number, policy: ThrottlePolicy): boolean {
  return lockedForMs(entry, now) === 0 && now - entry.lastFailureAt >= policy.forgetAfterMs;
}

/** The entry after one more failed sign-in at `now` (which may start a lockout). */
export function afterFailure(entry: ThrottleEntry | undefined, now: number, policy: ThrottlePolicy): ThrottleEntry {
  const past = entry === undefined || isForgotten(entry, now, policy) ? undefined : entry;
  const failures = (past?.failures ?? 0) + 1;
  const lockouts = past?.lockouts ?? 0;
  if (failures < policy.maxFailures) return { failures, lockouts, lockedUntil: past?.lockedUntil ?? 0, lastFailureAt: now };
  const lockMs = Math.min(policy.baseLockMs * 2 ** lockouts, policy.maxLockMs);
  return { failures: 0, lockouts: lockouts + 1, lockedUntil: now + lockMs, lastFailureAt: now };
}

/** `Retry-After` in whole seconds (rounded up, at least 1). */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
