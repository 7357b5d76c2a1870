/**
 * A small seeded random source so that `--seed` replays the same day plan.
 * mulberry32: 32-bit state, fast, and good enough for a simulation (not for secrets).
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  /** true with probability p. */
  chance(p: number): boolean;
  /** A lognormal sample whose mean is `mean` (sigma is the spread of the underlying normal). */
  lognormal(mean: number, sigma: number): number;
  /** One item picked with probability proportional to its weight; undefined when all weights are 0. */
  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T | undefined;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    // Box–Muller; 1 - next() avoids log(0).
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    // For a lognormal, mean = exp(mu + sigma²/2), so mu = ln(mean) - sigma²/2.
    lognormal: (mean, sigma) => Math.exp(Math.log(mean) - (sigma * sigma) / 2 + sigma * normal()),
    weighted(items, weightOf) {
      const total = items.reduce((sum, item) => sum + Math.max(0, weightOf(item)), 0);
      if (total <= 0) return undefined;
      let r = next() * total;
      for (const item of items) {
        r -= Math.max(0, weightOf(item));
        if (r < 0) return item;
      }
      return items[items.length - 1];
    },
  };
}
