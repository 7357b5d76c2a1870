import { describe, expect, it } from 'vitest';
import type { DayReport, OfficerFigures as ReportOfficer } from '@luot/protocol';
import type { OfficerFigures } from './officer-figures';
import { reconcileFigures } from './report-figures';

const LOCAL: OfficerFigures = { served: 1, noShows: 2, averageServiceMs: 120_000, rated: 1, satisfied: 1 };
const tally = (votes: Partial<Record<'1' | '2' | '3' | '4' | '5', number>>) => ({
  votes: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, ...votes },
  noAnswer: 0,
  satisfiedPercent: null,
});
const officer = (over: Partial<ReportOfficer>): ReportOfficer => ({
  officerId: 'u1',
  username: 'canbo01',
  name: 'Nguyễn Thị Hương',
  served: 4,
  averageServiceMinutes: 6.5,
  ratings: tally({ '5': 2, '3': 1, '1': 1 }),
  ...over,
});
const report = (officers: ReportOfficer[], day = '2026-11-23') => ({ day, officers }) as unknown as DayReport;

describe('figures reconciled with the day report', () => {
  it('takes served, average and ratings from the hub, no-shows from the terminal', () => {
    expect(reconcileFigures(LOCAL, report([officer({})]), 'u1', '2026-11-23', 3)).toEqual({
      served: 4,
      noShows: 2,
      averageServiceMs: 390_000,
      rated: 4,
      satisfied: 3,
      source: 'hub',
    });
  });

  it('counts satisfied as 4–5 on the 5-level scale', () => {
    const r = report([officer({ ratings: tally({ '5': 1, '4': 1, '3': 2 }) })]);
    expect(reconcileFigures(LOCAL, r, 'u1', '2026-11-23', 5)).toMatchObject({ rated: 4, satisfied: 2 });
  });

  it('keeps the terminal’s figures without a report, or with yesterday’s', () => {
    expect(reconcileFigures(LOCAL, null, 'u1', '2026-11-23', 3)).toEqual({ ...LOCAL, source: 'terminal' });
    expect(reconcileFigures(LOCAL, report([officer({})], '2026-11-20'), 'u1', '2026-11-23', 3).source).toBe('terminal');
  });

  it('shows nothing served when the hub has no line for this officer yet', () => {
    const r = reconcileFigures(LOCAL, report([officer({ officerId: 'other' })]), 'u1', '2026-11-23', 3);
    expect(r).toEqual({ served: 0, noShows: 2, averageServiceMs: null, rated: 0, satisfied: 0, source: 'hub' });
  });
});
