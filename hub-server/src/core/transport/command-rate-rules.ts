/**
 * Pure rules of the per-socket command limit: a token bucket. A socket may
 * send `burst` commands at once and `perSecond` sustained; an officer or a
 * kiosk sends a few a minute, so only a flood (a broken or hostile client)
 * ever reaches it. No clock, no storage: the binder passes `now` (ms) and
 * keeps one bucket per socket.
 *
 * @example
 * const t = takeCommand(undefined, performance.now(), SOCKET_COMMAND_RATE);
 * t.allowed   // true; keep t.bucket for the next command
 */
export interface CommandRate {
  perSecond: number;
  burst: number;
}

export interface CommandBucket {
  tokens: number;
  at: number;
}

/** 50 a second sustained, 100 at once: far above any screen a person taps. */
export const SOCKET_COMMAND_RATE: CommandRate = { perSecond: 50, burst: 100 };

/** Whether one more command may run at `now`, and the bucket afterwards. */
export function takeCommand(bucket: CommandBucket | undefined, now: number, rate: CommandRate): { allowed: boolean; bucket: CommandBucket } {
  const elapsed = bucket === undefined ? 0 : Math.max(0, now - bucket.at);
  const tokens = Math.min(rate.burst, (bucket?.tokens ?? rate.burst) + (elapsed * rate.perSecond) / 1000);
  if (tokens < 1) return { allowed: false, bucket: { tokens, at: now } };
  return { allowed: true, bucket: { tokens: tokens - 1, at: now } };
}
