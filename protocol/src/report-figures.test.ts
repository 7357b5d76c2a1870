import { describe, expect, it } from 'vitest';
import { addSums, averageMinutes, figuresOfSums, NO_SUMS, serviceFigures, sumsOf, type FigureTicket } from './report-figures';

const base: FigureTicket = { service: 'A', state: 'waiting', counter: null, issuedAt: 0, calledAt: null, servingAt: null, finishedAt: null, rating: null, rated: false };
const t = (over: Partial<FigureTicket>): FigureTicket => ({ ...base, ...over });

describe('figure sums', () => {
  const tickets = [
    t({}),
    t({ state: 'no_show', calledAt: 7 * 60_000 }),
    t({ state: 'done', issuedAt: 60_000, calledAt: 4 * 60_000, servingAt: 4 * 60_000, finishedAt: 9 * 60_000 + 20_000 }),
    t({ state: 'done', issuedAt: 0, calledAt: 10 * 60_000, servingAt: 11 * 60_000, finishedAt: 12 * 60_000 }),
    t({ state: 'done', calledAt: 2 * 60_000, servingAt: null, finishedAt: 3 * 60_000 }),
  ];

  it('hold counts and total durations that give the figures', () => {
    expect(sumsOf(tickets)).toEqual({ issued: 5, served: 3, noShow: 1, waiting: 1, called: 4, waitMs: (7 + 3 + 10 + 2) * 60_000, timed: 2, serviceMs: (5 * 60 + 20 + 60) * 1000 });
    // Waits 7, 3, 10 and 2 min: mean 5.5; service 5 min 20 s and 1 min: mean 3.2 (3.1666… rounded).
    expect(figuresOfSums('A', sumsOf(tickets))).toEqual({ service: 'A', issued: 5, served: 3, noShow: 1, waiting: 1, averageWaitMinutes: 5.5, averageServiceMinutes: 3.2 });
  });

  it('add up: the sums of any split give the figures of the whole, as the province reads them from stored groups', () => {
    for (let cut = 0; cut <= tickets.length; cut++) {
      const split = addSums(sumsOf(tickets.slice(0, cut)), sumsOf(tickets.slice(cut)));
      expect(figuresOfSums('A', split)).toEqual(serviceFigures('A', tickets));
    }
    expect(figuresOfSums('A', NO_SUMS)).toEqual({ service: 'A', issued: 0, served: 0, noShow: 0, waiting: 0, averageWaitMinutes: null, averageServiceMinutes: null });
  });

  it('round means like averageMinutes over the list', () => {
    expect(averageMinutes([60_000, 120_000, 120_000])).toBe(1.7);
    expect(averageMinutes([])).toBeNull();
  });
});
