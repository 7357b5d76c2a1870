import { describe, expect, it } from 'vitest';
import { givesUp, parseRetryAfter, retryDelayMs } from './retry-rules';

const policy = { firstMs: 5_000, maxMs: 600_000, maxAttempts: 12 };

describe('back-off between attempts', () => {
  it('doubles from the first delay, between half and all of it by the jitter', () => {
    expect(retryDelayMs(1, policy, 0)).toBe(2_500);
    expect(retryDelayMs(1, policy, 0.999999)).toBe(5_000);
    expect(retryDelayMs(2, policy, 0)).toBe(5_000);
    expect(retryDelayMs(4, policy, 0.5)).toBe(30_000);
  });
  it('stops growing at the maximum', () => {
    expect(retryDelayMs(30, policy, 0.999999)).toBe(600_000);
    expect(retryDelayMs(100, policy, 0)).toBe(300_000);
  });
  it('spreads messages failing together over the interval', () => {
    const delays = new Set([0, 0.25, 0.5, 0.75].map((r) => retryDelayMs(3, policy, r)));
    expect(delays.size).toBe(4);
  });
  it("never retries before the gateway's Retry-After", () => {
    expect(retryDelayMs(1, policy, 0, 60_000)).toBe(60_000);
    expect(retryDelayMs(8, policy, 0.5, 60_000)).toBeGreaterThan(60_000);
  });
  it('gives up after the last attempt', () => {
    expect(givesUp(11, policy)).toBe(false);
    expect(givesUp(12, policy)).toBe(true);
  });
});

describe('Retry-After', () => {
  it('reads seconds or an HTTP date', () => {
    expect(parseRetryAfter('30', 0)).toBe(30_000);
    expect(parseRetryAfter(new Date(90_000).toUTCString(), 30_000)).toBe(60_000);
    expect(parseRetryAfter(null, 0)).toBeUndefined();
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });
});
