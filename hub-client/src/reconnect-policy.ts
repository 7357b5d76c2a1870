/**
 * The one reconnect policy every app shares: exponential backoff with jitter,
 * bounded. A hub that is down or unreachable is tried again soon (a restart
 * takes a second); a hub that refused the handshake (unknown or unenrolled
 * token, expired session) is tried again slowly, since only an administrator
 * enrolling the device can change the answer. Pure: the caller brings the
 * random number.
 */
export interface Backoff {
  /** The first delay. */
  initialMs: number;
  /** No delay is longer than this. */
  maxMs: number;
  /** Each further attempt waits this many times longer, up to maxMs. */
  factor: number;
  /** Share of the delay taken off at random (0–1), so a hall's devices do not all knock at once after a hub restart. */
  jitter: number;
}

export interface ReconnectPolicy {
  /** After a dropped link or a failed attempt (network, hub down). */
  network: Backoff;
  /** After the hub refused the handshake. */
  refused: Backoff;
  /** An attempt with no answer at all (neither connected nor an error) is given up after this long. */
  attemptTimeoutMs: number;
  /** After connecting, ask for a snapshot if the hub has not sent one within this long. */
  snapshotWaitMs: number;
}

export const DEFAULT_RECONNECT_POLICY: ReconnectPolicy = {
  network: { initialMs: 500, maxMs: 5_000, factor: 2, jitter: 0.5 },
  refused: { initialMs: 10_000, maxMs: 30_000, factor: 1.5, jitter: 0.2 },
  attemptTimeoutMs: 8_000,
  snapshotWaitMs: 2_000,
};

/**
 * How long to wait before attempt number `failures` (0 for the first retry).
 * `random` is in [0, 1); the result is in [raw × (1 − jitter), raw] where raw
 * is `initialMs × factor^failures` capped at `maxMs`.
 */
export function backoffDelay(backoff: Backoff, failures: number, random: number): number {
  const n = Math.max(0, Math.floor(failures));
  const raw = Math.min(backoff.maxMs, backoff.initialMs * backoff.factor ** n);
  const jitter = Math.min(1, Math.max(0, backoff.jitter));
  const r = Math.min(1, Math.max(0, random));
  return Math.round(raw * (1 - jitter * r));
}

/** The delays of the first `count` retries with a fixed random number (for docs and tests). */
export function backoffSchedule(backoff: Backoff, count: number, random = 0): number[] {
  return Array.from({ length: count }, (_, i) => backoffDelay(backoff, i, random));
}
