import { describe, expect, it } from 'vitest';
import { sortWaiting, summarizeQueue, waitsForCounter } from './queue-summary';
import { ticket } from './test-tickets';

const MIN = 60_000;

describe('summarizeQueue', () => {
  it('counts waiting and priority tickets per service of the counter, in preference order', () => {
    const tickets = [
      ticket({ service: 'B', issuedAt: 5 * MIN }),
      ticket({ service: 'A', issuedAt: 2 * MIN, priority: 'elderly' }),
      ticket({ service: 'A', issuedAt: 4 * MIN }),
      ticket({ service: 'A', state: 'called', issuedAt: 0 }),
      ticket({ service: 'C', issuedAt: 0 }),
    ];
    const summary = summarizeQueue(tickets, 3, ['B', 'A'], 10 * MIN);
    expect(summary.services.map((s) => [s.service, s.waiting, s.priorityWaiting])).toEqual([
      ['B', 1, 0],
      ['A', 2, 1],
    ]);
    expect(summary.waiting).toBe(3);
    expect(summary.priorityWaiting).toBe(1);
  });

  it('measures the longest wait from the issue time, not the queue place', () => {
    const tickets = [
      ticket({ service: 'A', code: 'A001', issuedAt: 1 * MIN, queuedAt: 9 * MIN }),
      ticket({ service: 'A', code: 'A002', issuedAt: 3 * MIN, queuedAt: 3 * MIN }),
    ];
    const summary = summarizeQueue(tickets, 1, ['A'], 11 * MIN);
    expect(summary.longestWaitMs).toBe(10 * MIN);
    expect(summary.services[0]?.longestWaitCode).toBe('A001');
  });

  it('reports no wait when nobody waits', () => {
    const summary = summarizeQueue([ticket({ state: 'serving' })], 1, ['A'], 5 * MIN);
    expect(summary).toMatchObject({ waiting: 0, priorityWaiting: 0, longestWaitMs: null });
    expect(summary.services[0]).toMatchObject({ waiting: 0, longestWaitMs: null, longestWaitCode: null });
  });

  it('counts a ticket transferred to this counter, even of another service, and not one sent elsewhere', () => {
    const tickets = [
      ticket({ service: 'C', targetCounter: 2 }),
      ticket({ service: 'A', targetCounter: 5 }),
      ticket({ service: 'A' }),
    ];
    const summary = summarizeQueue(tickets, 2, ['A'], 0);
    expect(summary.services.map((s) => [s.service, s.waiting])).toEqual([
      ['A', 1],
      ['C', 1],
    ]);
    expect(summary.waiting).toBe(2);
  });
});

describe('waitsForCounter / sortWaiting', () => {
  it('lists priority first, then by queue place', () => {
    const a = ticket({ code: 'A1', queuedAt: 3 });
    const b = ticket({ code: 'A2', queuedAt: 1 });
    const p = ticket({ code: 'A3', queuedAt: 9, priority: 'disability' });
    expect(sortWaiting([a, b, p, ticket({ state: 'done' })]).map((t) => t.code)).toEqual(['A3', 'A2', 'A1']);
  });

  it('only waiting tickets wait', () => {
    expect(waitsForCounter(ticket({ state: 'called' }), 1, ['A'])).toBe(false);
    expect(waitsForCounter(ticket(), 1, ['A'])).toBe(true);
    expect(waitsForCounter(ticket(), 1, ['B'])).toBe(false);
  });
});
