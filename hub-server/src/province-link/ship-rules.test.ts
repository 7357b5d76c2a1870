import { describe, expect, it } from 'vitest';
import { retryDelay, toShipped } from './ship-rules';

describe('toShipped', () => {
  it('keeps the event whole but the officer\'s login name', () => {
    const event = {
      type: 'counter',
      at: 5,
      counter: { number: 3, officer: { id: 'u1', username: 'canbo01', name: 'Nguyễn Văn An' }, state: 'open' },
      loads: [],
    };
    const shipped = toShipped({ seq: 7, at: 5, day: '2026-11-23', type: 'counter', payload: JSON.stringify(event) });
    expect(shipped).toEqual({
      seq: 7,
      at: 5,
      day: '2026-11-23',
      type: 'counter',
      event: { ...event, counter: { ...event.counter, officer: { id: 'u1', name: 'Nguyễn Văn An' } } },
    });
  });

  it('leaves events without an officer as they are', () => {
    const event = { type: 'ticket', at: 1, action: 'issued', ticket: { id: 't1' }, loads: [] };
    expect(toShipped({ seq: 1, at: 1, day: '2026-11-23', type: 'ticket', payload: JSON.stringify(event) }).event).toEqual(event);
  });
});

describe('retryDelay', () => {
  it('doubles from the minimum up to the maximum, within ±20%', () => {
    const policy = { minMs: 1000, maxMs: 8000 };
    expect([1, 2, 3, 4, 5, 9].map((n) => retryDelay(n, policy, () => 0.5))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect(retryDelay(1, policy, () => 0)).toBe(800);
    expect(retryDelay(1, policy, () => 1)).toBe(1200);
  });
});
