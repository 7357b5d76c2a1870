/**
 * Pure rules of the public lookup limit (`/d/<code>`, `/t/<id>` and the
 * public HTTP reads behind them): one client address may look up only so many
 * *distinct* codes or ids in a window. Asking again for one it asked for
 * recently is always free, so a ticket page polling its own ticket every few
 * seconds for hours never reaches the limit, while walking through unknown
 * codes does within the first minute. No clock, no storage: the limiter
 * passes `now` and keeps one entry per address.
 *
 * @example
 * const d = admitLookup(undefined, 'ticket:abc', now, LOOKUP_POLICY);
 * d.admitted          // true; d.entry is kept for the address
 */
export interface LookupWindow {
  windowMs: number;
  /** Distinct keys one address may touch within `windowMs`. */
  maxKeys: number;
}

export interface LookupPolicy {
  /** Every window must admit a new key; a key touched within the longest window is not new. */
  windows: readonly LookupWindow[];
}

/** Each key an address touched, with when it last did (insertion order = order of last touch). */
export type LookupEntry = ReadonlyMap<string, number>;

export type LookupDecision = { admitted: true; entry: LookupEntry } | { admitted: false; entry: LookupEntry; retryAfterMs: number };

const MINUTE = 60_000;

/**
 * 30 new codes a minute and 300 an hour per address: a citizen follows one
 * or two tickets, and a phone behind the hall's Wi-Fi shares its address
 * with few others; walking a day's dossier sequence takes hours instead of
 * seconds (the unguessable code part is what ends it).
 */
export const LOOKUP_POLICY: LookupPolicy = {
  windows: [
    { windowMs: MINUTE, maxKeys: 30 },
    { windowMs: 60 * MINUTE, maxKeys: 300 },
  ],
};

const longest = (policy: LookupPolicy) => Math.max(...policy.windows.map((w) => w.windowMs));

/** The entry without keys older than the longest window. */
export function forgetOld(entry: LookupEntry | undefined, now: number, policy: LookupPolicy): LookupEntry {
  const keep = new Map<string, number>();
  if (entry === undefined) return keep;
  const horizon = now - longest(policy);
  for (const [key, at] of entry) if (at > horizon) keep.set(key, at);
  return keep;
}

/** Whether `key` may be looked up by this address at `now`, and the entry afterwards. */
export function admitLookup(entry: LookupEntry | undefined, key: string, now: number, policy: LookupPolicy): LookupDecision {
  const recent = forgetOld(entry, now, policy);
  const touched = (): LookupEntry => {
    const next = new Map(recent);
    next.delete(key); // re-inserted last: the map stays in order of last touch
    next.set(key, now);
    return next;
  };
  if (recent.has(key)) return { admitted: true, entry: touched() };
  let retryAfterMs = 0;
  for (const w of policy.windows) {
    const within = [...recent.values()].filter((at) => at > now - w.windowMs);
    if (within.length < w.maxKeys) continue;
    // A new key is admitted once enough of these have left the window: the oldest ones go first.
    const sorted = within.sort((a, b) => a - b);
    const freeAt = sorted[within.length - w.maxKeys]! + w.windowMs;
    retryAfterMs = Math.max(retryAfterMs, freeAt - now);
  }
  if (retryAfterMs > 0) return { admitted: false, entry: recent, retryAfterMs };
  return { admitted: true, entry: touched() };
}
