import { describe, expect, it } from 'vitest';
import { computeOfficerFigures, TicketLedger } from './officer-figures';
import { ticket } from './test-tickets';

const MIN = 60_000;
const DAY = '2025-03-03';

describe('computeOfficerFigures', () => {
  it('counts served tickets of this counter today and averages serving time', () => {
    const tickets = [
      ticket({ state: 'done', counter: 4, calledAt: 0, servingAt: 1 * MIN, finishedAt: 5 * MIN }),
      ticket({ state: 'done', counter: 4, calledAt: 0, servingAt: 10 * MIN, finishedAt: 18 * MIN }),
      ticket({ state: 'done', counter: 5, servingAt: 0, finishedAt: 60 * MIN }),
      ticket({ state: 'done', counter: 4, day: '2025-03-02', servingAt: 0, finishedAt: 60 * MIN }),
      ticket({ state: 'no_show', counter: 4, calledAt: 0 }),
      ticket({ state: 'serving', counter: 4, servingAt: 0 }),
    ];
    const figures = computeOfficerFigures(tickets, 4, DAY, 3);
    expect(figures.served).toBe(2);
    expect(figures.noShows).toBe(1);
    expect(figures.averageServiceMs).toBe(6 * MIN);
  });

  it('has no average before the first finished ticket', () => {
    expect(computeOfficerFigures([], 1, DAY, 3)).toEqual({
      served: 0,
      noShows: 0,
      averageServiceMs: null,
      rated: 0,
      satisfied: 0,
    });
  });

  it('falls back to the call time when the hall starts serving on call', () => {
    const figures = computeOfficerFigures(
      [ticket({ state: 'done', counter: 1, calledAt: 0, servingAt: null, finishedAt: 3 * MIN })],
      1,
      DAY,
      3,
    );
    expect(figures.averageServiceMs).toBe(3 * MIN);
  });

  it('counts satisfied answers by the hall scale', () => {
    const done = (rating: 1 | 2 | 3 | 4 | 5 | null) =>
      ticket({ state: 'done', counter: 1, servingAt: 0, finishedAt: 1, rating });
    const tickets = [done(5), done(3), done(1), done(null)];
    expect(computeOfficerFigures(tickets, 1, DAY, 3)).toMatchObject({ rated: 3, satisfied: 2 });
    // On the 5 scale 3 is "Bình thường" (neutral), not satisfied.
    expect(computeOfficerFigures(tickets, 1, DAY, 5)).toMatchObject({ rated: 3, satisfied: 1 });
  });
});

describe('TicketLedger', () => {
  it('keeps tickets of this counter and follows them when they leave it', () => {
    const ledger = new TicketLedger();
    const mine = ticket({ state: 'called', counter: 2 });
    expect(ledger.record(ticket({ counter: 3 }), 2)).toBe(false);
    expect(ledger.record(mine, 2)).toBe(true);
    // Transferred away: the counter is cleared but the ledger still follows it, so it is not counted as served.
    expect(ledger.record({ ...mine, state: 'waiting', counter: null }, 2)).toBe(true);
    expect(computeOfficerFigures(ledger.tickets(), 2, DAY, 3).served).toBe(0);
  });

  it('lists today’s no-shows newest first', () => {
    const ledger = new TicketLedger([
      ticket({ code: 'A1', state: 'no_show', counter: 1, calledAt: 1 }),
      ticket({ code: 'A2', state: 'no_show', counter: 1, calledAt: 5 }),
      ticket({ code: 'A3', state: 'no_show', counter: 1, calledAt: 9, day: '2025-03-02' }),
      ticket({ code: 'A4', state: 'done', counter: 1 }),
    ]);
    expect(ledger.noShows(DAY).map((t) => t.code)).toEqual(['A2', 'A1']);
  });
});
