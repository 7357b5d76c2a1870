import { describe, expect, it } from 'vitest';
import { backoffDelay, backoffSchedule, DEFAULT_RECONNECT_POLICY } from './reconnect-policy';

const { network, refused } = DEFAULT_RECONNECT_POLICY;

describe('backoff', () => {
  it('doubles from half a second up to five seconds after a network failure', () => {
    expect(backoffSchedule(network, 7)).toEqual([500, 1000, 2000, 4000, 5000, 5000, 5000]);
  });

  it('retries a refused handshake slowly: ten seconds, never more than thirty', () => {
    const schedule = backoffSchedule(refused, 10);
    expect(schedule[0]).toBe(10_000);
    expect(Math.max(...schedule)).toBe(30_000);
    expect(Math.min(...schedule)).toBe(10_000);
  });

  it('takes at most the jitter share off, never adds to the cap', () => {
    for (let failures = 0; failures < 12; failures++) {
      for (const random of [0, 0.25, 0.5, 0.999]) {
        const d = backoffDelay(network, failures, random);
        const raw = Math.min(network.maxMs, network.initialMs * 2 ** failures);
        expect(d).toBeLessThanOrEqual(raw);
        expect(d).toBeGreaterThanOrEqual(raw * (1 - network.jitter));
      }
    }
    expect(backoffDelay(network, 0, 0.999)).toBe(250);
  });

  it('is bounded whatever it is given', () => {
    expect(backoffDelay(network, 1e6, 0)).toBe(5000);
    expect(backoffDelay(network, -3, 0)).toBe(500);
    expect(backoffDelay(network, 0, 7)).toBe(250);
    expect(backoffDelay({ ...network, jitter: 5 }, 0, 0.5)).toBe(250);
  });
});
