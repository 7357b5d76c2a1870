/**
 * Failed sign-ins per address: after 10 in a row the address is refused for
 * a minute, doubling up to 15 minutes, even with the right password — a
 * guessing script gets a few dozen tries an hour. In memory: a restart
 * forgets, which costs an attacker nothing they could not get by waiting.
 */
const LIMIT = 10;
const FIRST_LOCK_MS = 60_000;
const MAX_LOCK_MS = 15 * 60_000;

interface Entry {
  failures: number;
  lockedUntil: number;
  locks: number;
}

export function createSignInThrottle(now: () => number) {
  const byAddress = new Map<string, Entry>();
  return {
    /** Milliseconds the address must still wait, or 0. */
    lockedFor(address: string): number {
      const e = byAddress.get(address);
      return e ? Math.max(0, e.lockedUntil - now()) : 0;
    },
    failed(address: string): void {
      const e = byAddress.get(address) ?? { failures: 0, lockedUntil: 0, locks: 0 };
      e.failures++;
      if (e.failures >= LIMIT) {
        e.lockedUntil = now() + Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** e.locks);
        e.locks++;
        e.failures = 0;
      }
      byAddress.set(address, e);
    },
    succeeded(address: string): void {
      byAddress.delete(address);
    },
  };
}
export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
