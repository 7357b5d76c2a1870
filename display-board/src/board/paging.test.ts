import { describe, expect, it } from 'vitest';
import { pageAt } from './paging';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('pageAt', () => {
  it('keeps a short list on one page', () => {
    expect(pageAt(numbers(10), 10, 123_456, 8000)).toEqual({ items: numbers(10), index: 0, count: 1 });
    expect(pageAt([], 10, 0, 8000)).toEqual({ items: [], index: 0, count: 1 });
  });

  it('spreads a long list over even pages that turn with the clock, and shows every item', () => {
    expect(pageAt(numbers(12), 10, 0, 8000).items).toEqual([1, 2, 3, 4, 5, 6]);
    expect(pageAt(numbers(12), 10, 8000, 8000).items).toEqual([7, 8, 9, 10, 11, 12]);
    expect(pageAt(numbers(12), 10, 16_000, 8000).index).toBe(0); // back to the first
    for (const n of [11, 16, 20, 23, 30, 31, 47]) {
      const { count } = pageAt(numbers(n), 10, 0, 1);
      const shown = Array.from({ length: count }, (_, i) => pageAt(numbers(n), 10, i, 1));
      expect(shown.flatMap((p) => p.items)).toEqual(numbers(n));
      expect(shown.every((p) => p.items.length <= 10 && p.count === count)).toBe(true);
    }
  });

  it('refuses a page size or period that makes no sense', () => {
    expect(() => pageAt(numbers(3), 0, 0, 8000)).toThrow(RangeError);
    expect(() => pageAt(numbers(3), 2, 0, 0)).toThrow(RangeError);
  });
});
