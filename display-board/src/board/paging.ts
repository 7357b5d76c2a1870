/**
 * Paging for lists longer than the board can show at a readable size (many
 * counters, many services): pages of even size that turn on the clock, so
 * every board and every render agree on the page without a timer of its own.
 */
export interface ListPage<T> {
  items: T[];
  /** 0-based. */
  index: number;
  count: number;
}

/**
 * @param perPage the most items a page holds; the items are spread evenly (12 by 10 → 6 + 6)
 * @param now the board's clock (ms); the page turns every `periodMs`
 * @example pageAt(['a', 'b', 'c'], 2, 0, 8000) // { items: ['a', 'b'], index: 0, count: 2 }
 * @throws RangeError when perPage is not a positive integer or periodMs is not positive
 */
export function pageAt<T>(items: readonly T[], perPage: number, now: number, periodMs: number): ListPage<T> {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage must be a positive integer, got ${perPage}`);
  if (!(periodMs > 0)) throw new RangeError(`periodMs must be positive, got ${periodMs}`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  const size = Math.ceil(items.length / count);
  const index = Math.floor(Math.max(0, now) / periodMs) % count;
  return { items: items.slice(index * size, index * size + size), index, count };
}
