/**
 * When the outbox tries a message again: exponential back-off with jitter
 * (the n-th retry waits between half and all of first × 2ⁿ⁻¹, capped), so
 * many messages failing together do not hit a recovering gateway at once;
 * and never before the gateway's own Retry-After.
 */

export interface RetryPolicy {
  firstMs: number;
  maxMs: number;
  maxAttempts: number;
}

/** The delay before the next attempt after `attempts` failed ones (1 = the first failed). `random` in [0, 1). */
export function retryDelayMs(attempts: number, policy: RetryPolicy, random: number, retryAfterMs?: number): number {
  const ceiling = Math.min(policy.maxMs, policy.firstMs * 2 ** Math.max(0, attempts - 1));
  const jittered = Math.round(ceiling / 2 + (random * ceiling) / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** Whether a message that failed `attempts` times is given up. */
export const givesUp = (attempts: number, policy: RetryPolicy): boolean => attempts >= policy.maxAttempts;

/** A Retry-After header (seconds, or an HTTP date) in milliseconds from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A message older than this is given up instead of sent: "you are next" an hour late misleads. */
export const STALE_AFTER_MS: Partial<Record<string, number>> = { near_turn: 30 * 60_000 };
