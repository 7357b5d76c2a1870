/** A period's figures per hall and across halls, with the same rules as each hall's own day report. */
import {
  serviceFigures,
  tallyRatings,
  type HallPeriodFigures,
  type PeriodTotals,
  type ProvincePeriodReport,
  type RatingTally,
} from '@luot/protocol';
import type { HallRules, PeriodTicket, ReportRepo } from './report-repo';

function groupBy<K, T>(items: readonly T[], key: (t: T) => K | null): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const t of items) {
    const k = key(t);
    if (k !== null) map.set(k, [...(map.get(k) ?? []), t]);
  }
  return map;
}

function hallFigures(rules: HallRules, tickets: PeriodTicket[], now: number): Omit<HallPeriodFigures, 'rank'> {
  const tally = { scale: rules.scale, unansweredBy: now - rules.ratingTimeoutSeconds * 1000 };
  const byService = groupBy(tickets, (t) => t.service);
  const serviceCodes = rules.services ?? [...byService.keys()].sort();
  const counters = [...groupBy(tickets, (t) => t.counter)]
    .sort(([a], [b]) => a - b)
    .map(([counter, list]) => {
      const f = serviceFigures('', list);
      return { counter, served: f.served, averageServiceMinutes: f.averageServiceMinutes };
    });
  return {
    hall: rules.hall,
    name: rules.name,
    totals: { ...serviceFigures('*', tickets), ratings: tallyRatings(tickets, tally) },
    services: serviceCodes.map((code) => serviceFigures(code, byService.get(code) ?? [])),
    counters,
  };
}

/** Votes add up across halls; the satisfied share counts each hall's votes on its own scale. */
function combinedRatings(halls: { ratings: RatingTally; scale: 3 | 5 }[]): RatingTally {
  const votes = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  let noAnswer = 0;
  let satisfied = 0;
  for (const { ratings, scale } of halls) {
    for (const k of Object.keys(votes) as (keyof typeof votes)[]) votes[k] += ratings.votes[k];
    noAnswer += ratings.noAnswer;
    satisfied += ratings.votes['4'] + ratings.votes['5'] + (scale === 3 ? ratings.votes['3'] : 0);
  }
  const answered = Object.values(votes).reduce((a, b) => a + b, 0);
  return { votes, noAnswer, satisfiedPercent: answered === 0 ? null : Math.round((satisfied / answered) * 1000) / 10 };
}

/** Best first: the higher satisfied share, then the shorter average wait; halls with no answers last. */
function byRank(a: Omit<HallPeriodFigures, 'rank'>, b: Omit<HallPeriodFigures, 'rank'>): number {
  const sa = a.totals.ratings.satisfiedPercent ?? -1;
  const sb = b.totals.ratings.satisfiedPercent ?? -1;
  if (sa !== sb) return sb - sa;
  return (a.totals.averageWaitMinutes ?? Infinity) - (b.totals.averageWaitMinutes ?? Infinity) || a.hall.localeCompare(b.hall);
}

export async function periodReport(repo: ReportRepo, from: string, to: string, halls: string[] | null, now: number): Promise<ProvincePeriodReport> {
  const [rules, tickets] = await Promise.all([repo.rules(halls), repo.tickets(from, to, halls)]);
  const byHall = groupBy(tickets, (t) => t.hall);
  const figures = rules.map((r) => ({ rules: r, figures: hallFigures(r, byHall.get(r.hall) ?? [], now) }));
  const ranked = figures.map((f) => f.figures).sort(byRank).map((f, i) => ({ ...f, rank: i + 1 }));
  const totals: PeriodTotals = {
    ...serviceFigures('*', tickets),
    ratings: combinedRatings(figures.map((f) => ({ ratings: f.figures.totals.ratings, scale: f.rules.scale }))),
  };
  return { from, to, totals, halls: ranked };
}
