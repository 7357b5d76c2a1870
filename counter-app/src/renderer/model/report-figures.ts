/**
 * The officer's figures reconciled with the hub's day report. The report is
 * the truth across terminals (an officer who moved counters, a reloaded PC),
 * so served, average service time and ratings come from it once it has
 * answered for today; no-shows (not in the report) and any moment before the
 * report arrives come from this terminal's ledger. Pure.
 */
import type { DayReport, RatingScale } from '@luot/protocol';
import type { OfficerFigures } from './officer-figures';

export interface ShownFigures extends OfficerFigures {
  /** Where served / average / ratings came from. */
  source: 'hub' | 'terminal';
}

export function reconcileFigures(
  local: OfficerFigures,
  report: DayReport | null,
  officerId: string,
  day: string,
  scale: RatingScale,
): ShownFigures {
  if (report === null || report.day !== day) return { ...local, source: 'terminal' };
  const mine = report.officers.find((o) => o.officerId === officerId);
  if (mine === undefined) {
    // Not in the report yet: nothing finished today by this officer, as far as the hub knows.
    return { ...local, served: 0, averageServiceMs: null, rated: 0, satisfied: 0, source: 'hub' };
  }
  const levels = scale === 3 ? (['3', '4', '5'] as const) : (['4', '5'] as const);
  const votes = mine.ratings.votes;
  const rated = votes['1'] + votes['2'] + votes['3'] + votes['4'] + votes['5'];
  return {
    noShows: local.noShows,
    served: mine.served,
    averageServiceMs: mine.averageServiceMinutes === null ? null : mine.averageServiceMinutes * 60_000,
    rated,
    satisfied: levels.reduce((sum, level) => sum + votes[level], 0),
    source: 'hub',
  };
}
