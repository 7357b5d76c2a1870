import { describe, expect, it } from 'vitest';
import { durationStats, dossierPeriodFigures, ticketPeriodFigures, type PeriodTicket } from './period-figures';
import { periodOf, periodReportQuerySchema, previousPeriod } from './period-report';

const min = (...m: number[]) => m.map((x) => x * 60_000);

describe('durationStats', () => {
  it('gives mean, median (middle or mean of the two middle), nearest-rank p90 and max in minutes', () => {
    expect(durationStats(min(10, 1, 3))).toEqual({ count: 3, meanMinutes: 4.7, medianMinutes: 3, p90Minutes: 10, maxMinutes: 10 });
    // Ten values: p90 is the 9th smallest.
    expect(durationStats(min(1, 2, 3, 4, 5, 6, 7, 8, 9, 100))).toMatchObject({ medianMinutes: 5.5, p90Minutes: 9, maxMinutes: 100, meanMinutes: 14.5 });
    expect(durationStats([])).toEqual({ count: 0, meanMinutes: null, medianMinutes: null, p90Minutes: null, maxMinutes: null });
  });
});

describe('periods', () => {
  it('names calendar periods and the one of the same length before', () => {
    expect(periodOf('week', '2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' }); // a Sunday ends its week
    expect(periodOf('month', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf('quarter', '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-01-29', to: '2026-02-28' });
  });

  it('takes from + to or a period (and a date), nothing in between', () => {
    expect(periodReportQuerySchema.safeParse({ from: '2026-01-01', to: '2026-01-31' }).success).toBe(true);
    expect(periodReportQuerySchema.safeParse({ period: 'year' }).success).toBe(true);
    expect(periodReportQuerySchema.safeParse({ to: '2026-01-31' }).success).toBe(false);
    expect(periodReportQuerySchema.safeParse({ period: 'month', from: '2026-01-01', to: '2026-01-31' }).success).toBe(false);
    expect(periodReportQuerySchema.safeParse({ from: '2026-02-29', to: '2026-03-01' }).success).toBe(false);
  });
});

describe('dossierPeriodFigures', () => {
  it('counts returns by timeliness in the period and what was pending at its end', () => {
    const d = (receivedAt: number | null, returnedAt: number | null, timeliness: 'early' | 'on_time' | 'late' | null, status = 'returned') => ({ status, receivedAt, returnedAt, timeliness });
    const figures = dossierPeriodFigures([d(5, 15, 'on_time'), d(5, 25, 'late'), d(12, null, null, 'processing'), d(12, null, null, 'refused'), d(1, 8, 'early')], 10, 20, 2);
    expect(figures).toEqual({ received: 2, returned: 1, pending: 2, early: 0, onTime: 1, late: 0, onTimePercent: 100, supplementsAsked: 2 });
  });
});

describe('ticketPeriodFigures', () => {
  it("gives the share of served tickets called within their service's target wait, only where one is set", () => {
    const t = (service: string, waitMinutes: number, state = 'done'): PeriodTicket => ({
      service, state, counter: 1, issuedAt: 0, calledAt: waitMinutes * 60_000, servingAt: waitMinutes * 60_000, finishedAt: (waitMinutes + 5) * 60_000, rating: null, rated: false, transferred: false,
    });
    const tickets = [t('A', 4), t('A', 5), t('A', 9), t('A', 1, 'no_show'), t('B', 30)];
    expect(ticketPeriodFigures(tickets, (s) => (s === 'A' ? 5 : null)).servedWithinTargetPercent).toBe(66.7); // 4 and 5 of 4, 5, 9
    expect(ticketPeriodFigures(tickets).servedWithinTargetPercent).toBeNull();
  });
});
