import { describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock';
import { afterFailure, isForgotten, lockedForMs, retryAfterSeconds, USERNAME_POLICY, type ThrottleEntry } from './sign-in-throttle-rules';

const MINUTE = 60_000;
const T0 = Date.parse('2026-12-07T02:00:00Z');

/** `n` failures in a row, one second apart, on the manual clock. */
function fail(clock: ManualClock, entry: ThrottleEntry | undefined, n: number): ThrottleEntry | undefined {
  let e = entry;
  for (let i = 0; i < n; i++) {
    e = afterFailure(e, clock.now(), USERNAME_POLICY);
    clock.advance(1000);
  }
  return e;
}

describe('sign-in throttle rules', () => {
  it('lets four failures through, and locks for one minute at the fifth', () => {
    const clock = new ManualClock(T0);
    const four = fail(clock, undefined, 4);
    expect(lockedForMs(four, clock.now())).toBe(0);
    const five = afterFailure(four, clock.now(), USERNAME_POLICY);
    expect(lockedForMs(five, clock.now())).toBe(MINUTE);
    clock.advance(MINUTE - 1);
    expect(lockedForMs(five, clock.now())).toBe(1);
    clock.advance(1);
    expect(lockedForMs(five, clock.now())).toBe(0);
  });

  it('doubles each next lockout, up to 15 minutes', () => {
    const clock = new ManualClock(T0);
    let e: ThrottleEntry | undefined;
    const lengths: number[] = [];
    for (let round = 0; round < 6; round++) {
      e = fail(clock, e, USERNAME_POLICY.maxFailures - 1);
      e = afterFailure(e, clock.now(), USERNAME_POLICY);
      lengths.push(lockedForMs(e, clock.now()));
      clock.advance(lockedForMs(e, clock.now()));
    }
    expect(lengths.map((ms) => ms / MINUTE)).toEqual([1, 2, 4, 8, 15, 15]);
  });

  it('forgets a key after an hour without failures (count and doubling)', () => {
    const clock = new ManualClock(T0);
    let e = fail(clock, undefined, 5);
    clock.advance(MINUTE);
    e = fail(clock, e, 3);
    expect(e).toMatchObject({ failures: 3, lockouts: 1 });
    clock.advance(60 * MINUTE);
    expect(e && isForgotten(e, clock.now(), USERNAME_POLICY)).toBe(true);
    expect(afterFailure(e, clock.now(), USERNAME_POLICY)).toMatchObject({ failures: 1, lockouts: 0, lockedUntil: 0 });
  });

  it('never forgets a locked key', () => {
    const e = afterFailure({ failures: 0, lockouts: 10, lockedUntil: T0 + 2 * 60 * MINUTE, lastFailureAt: T0 - 2 * 60 * MINUTE }, T0, USERNAME_POLICY);
    expect(isForgotten(e, T0 + 61 * MINUTE, USERNAME_POLICY)).toBe(false);
  });

  it('rounds Retry-After up to whole seconds', () => {
    expect([retryAfterSeconds(1), retryAfterSeconds(1000), retryAfterSeconds(59_001), retryAfterSeconds(0)]).toEqual([1, 1, 60, 1]);
  });
});
