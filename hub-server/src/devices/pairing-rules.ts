/**
 * Pure rules of pairing a device by code (issue 17): how a code is made, how
 * long it lives, and how many tries an address or an admin gets. No clock,
 * no storage, no randomness of its own: the service passes them in.
 *
 * @example
 * const code = makePairingCode((n) => randomInt(n));   // 'KMA7RX'
 * pairingExpired({ expiresAt }, now)                    // false for 10 minutes
 */
import { PAIRING_ALPHABET, PAIRING_CODE_LENGTH } from '@luot/protocol';

export { PAIRING_TTL_MS } from '@luot/protocol';

const MINUTE = 60_000;

/** A device (one address) may ask for this many codes per window: a kiosk asks again only when its code expires. */
export const CODE_REQUESTS = { limit: 10, windowMs: 10 * MINUTE } as const;
/** An admin may type this many wrong codes per window: 25⁶ codes cannot be guessed at this pace. */
export const WRONG_CLAIMS = { limit: 8, windowMs: 10 * MINUTE } as const;

/** A fresh code from `randomBelow(n)` (a uniform integer in [0, n)). */
export function makePairingCode(randomBelow: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += PAIRING_ALPHABET[randomBelow(PAIRING_ALPHABET.length)];
  return code;
}

export const pairingExpired = (p: { expiresAt: number }, now: number): boolean => now >= p.expiresAt;

/**
 * A sliding window of attempts: the times still inside the window, and
 * whether one more is allowed. Keeps nothing older than the window.
 */
export function nextAttempt(times: readonly number[], now: number, rule: { limit: number; windowMs: number }): { allowed: boolean; times: number[]; retryAfterMs: number } {
  const recent = times.filter((t) => now - t < rule.windowMs);
  if (recent.length >= rule.limit) {
    const oldest = recent[0] ?? now;
    return { allowed: false, times: recent, retryAfterMs: oldest + rule.windowMs - now };
  }
  return { allowed: true, times: [...recent, now], retryAfterMs: 0 };
}
