import { describe, expect, it } from 'vitest';
import { durationStats } from '@luot/protocol';
import { DurationHistogram, UnstorableDuration } from './duration-histogram';

/** Half the durations in one histogram, half in another, merged through their encoded form. */
function split(ms: readonly number[]): DurationHistogram {
  const a = new DurationHistogram();
  const b = new DurationHistogram();
  ms.forEach((d, i) => (i % 2 ? a : b).add(d));
  const merged = new DurationHistogram();
  merged.mergeEncoded(a.encode(), a.sum);
  merged.merge(b);
  return merged;
}

/** A small seeded generator (mulberry32), so a failure replays. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), chance: (p: number) => next() < p };
}

describe('duration histogram', () => {
  it('gives durationStats exactly, to the tenth of a minute, over many random sets', () => {
    const rnd = seeded(3);
    for (let round = 0; round < 300; round++) {
      const n = rnd.int(1, 60);
      // Some sets on the rounding edges (x.x5 minutes = 3000 ms past a tenth), some spread wide.
      const ms = Array.from({ length: n }, () => (rnd.chance(0.5) ? rnd.int(0, 40) * 6000 + 3000 + rnd.int(-1, 0) : rnd.int(0, 90 * 60_000)));
      expect(split(ms).stats()).toEqual(durationStats(ms));
    }
  });

  it('takes the median of an even count across two buckets from their edges', () => {
    // 59 999 ms shows as 1.0 min, 66 001 as 1.1: their mean 63 000 rounds to 1.1.
    const ms = [59_999, 66_001];
    expect(split(ms).stats()).toEqual(durationStats(ms));
    expect(split(ms).stats().medianMinutes).toBe(1.1);
  });

  it('counts any duration, negative or huge, but stores only whole ms within 24 days', () => {
    expect(new DurationHistogram().stats()).toEqual(durationStats([]));
    // A clock stepped back makes a wait negative; the raw path counts it as it is.
    const odd = [-1_000_000, -6_001, 12_000, 3e9, 240_000, 5];
    const h = new DurationHistogram();
    odd.forEach((d) => h.add(d));
    expect(h.stats()).toEqual(durationStats(odd));
    expect(() => h.encode()).toThrow(UnstorableDuration);
    const fractional = new DurationHistogram();
    fractional.add(1.5);
    expect(() => fractional.encode()).toThrow(UnstorableDuration);
    const stored = new DurationHistogram();
    stored.mergeEncoded(split(odd.slice(0, 3)).encode(), -1_000_000 - 6_001 + 12_000);
    expect(stored.stats()).toEqual(durationStats(odd.slice(0, 3)));
  });

  it('merges rollup rows whose buckets lie above, below and across what it holds (a year of months in any order)', () => {
    // Each month's row is merged after widening to its range at once: these rows widen it upward, downward and both.
    const months = [
      [120_000, 180_000, 185_000],
      [3 * 3_600_000, 2 * 3_600_000 + 1],
      [-90_000, 0, 5],
      [-2 * 3_600_000, 4 * 3_600_000, 600_000, 600_001],
      [],
    ];
    const year = new DurationHistogram();
    for (const ms of months) {
      const row = new DurationHistogram();
      ms.forEach((d) => row.add(d));
      year.mergeEncoded(row.encode(), row.sum);
    }
    const all = months.flat();
    expect(year.stats()).toEqual(durationStats(all));
    expect(year.total).toBe(all.length);
    // Encoded again (a year's rollup made of its months), it reads back the same.
    const again = new DurationHistogram();
    again.mergeEncoded(year.encode(), year.sum);
    expect(again.stats()).toEqual(durationStats(all));
  });
});
