/** A period's figures per hall and across halls, with the same rules as each hall's own day report. */
import {
  addSums,
  dossierFiguresOf,
  type DossierCounts,
  figuresOfSums,
  NO_SUMS,
  ratingTally,
  type FigureSums,
  type HallOfficerFigures,
  type HallPeriodFigures,
  type PeriodTotals,
  type ProvincePeriodReport,
  type RatingTally,
  type RatingVotes,
  UNKNOWN_OFFICER,
} from '@luot/protocol';
import type { FigureGroup, HallRules, ReportRepo } from './report-repo';
import type { TicketFold } from './ticket-fold';

const NO_VOTES: RatingVotes = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };

function sumOf(groups: readonly FigureGroup[]): FigureSums {
  return groups.reduce((acc, g) => addSums(acc, g.sums), NO_SUMS);
}

/** Groups by a key, skipping groups whose key is null (a ticket never called has no counter). */
function groupBy<K>(groups: readonly FigureGroup[], key: (g: FigureGroup) => K | null): Map<K, FigureGroup[]> {
  const map = new Map<K, FigureGroup[]>();
  for (const g of groups) {
    const k = key(g);
    if (k !== null) map.set(k, [...(map.get(k) ?? []), g]);
  }
  return map;
}

const NO_DOSSIERS: DossierCounts = { received: 0, returned: 0, pending: 0, early: 0, onTime: 0, late: 0, supplementsAsked: 0 };

function addDossiers(a: DossierCounts, b: DossierCounts): DossierCounts {
  return {
    received: a.received + b.received,
    returned: a.returned + b.returned,
    pending: a.pending + b.pending,
    early: a.early + b.early,
    onTime: a.onTime + b.onTime,
    late: a.late + b.late,
    supplementsAsked: a.supplementsAsked + b.supplementsAsked,
  };
}

type Unranked = Omit<HallPeriodFigures, 'rank' | 'onTimeRank'>;

/** Votes and "no answer" of some groups, on the hall's scale. */
function ratingsOf(groups: readonly FigureGroup[], scale: 3 | 5): RatingTally {
  const votes = { ...NO_VOTES };
  let noAnswer = 0;
  for (const g of groups) {
    for (const k of Object.keys(votes) as (keyof RatingVotes)[]) votes[k] += g.votes[k];
    noAnswer += g.noAnswer;
  }
  return ratingTally(votes, noAnswer, scale);
}

/** The hall's officers by name, the unknown officer's line last. */
function officerFigures(rules: HallRules, groups: FigureGroup[], names: ReadonlyMap<string, string>): HallOfficerFigures[] {
  return [...groupBy(groups, (g) => g.officer || null)]
    .map(([officerId, list]) => {
      const f = figuresOfSums('', sumOf(list));
      const name = officerId === UNKNOWN_OFFICER ? null : (names.get(officerId) ?? '?');
      return { officerId, name, served: f.served, averageServiceMinutes: f.averageServiceMinutes, ratings: ratingsOf(list, rules.scale) };
    })
    .sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name, 'vi') || a.officerId.localeCompare(b.officerId)));
}

function hallFigures(rules: HallRules, groups: FigureGroup[], dossiers: DossierCounts, names: ReadonlyMap<string, string>): Unranked {
  const byService = groupBy(groups, (g) => g.service);
  const serviceCodes = rules.services ?? [...byService.keys()].sort();
  const counters = [...groupBy(groups, (g) => g.counter)]
    .sort(([a], [b]) => a - b)
    .map(([counter, list]) => {
      const f = figuresOfSums('', sumOf(list));
      return { counter, served: f.served, averageServiceMinutes: f.averageServiceMinutes };
    });
  return {
    hall: rules.hall,
    name: rules.name,
    totals: { ...figuresOfSums('*', sumOf(groups)), ratings: ratingsOf(groups, rules.scale) },
    dossiers: dossierFiguresOf(dossiers),
    services: serviceCodes.map((code) => figuresOfSums(code, sumOf(byService.get(code) ?? []))),
    counters,
    officers: officerFigures(rules, groups, names),
  };
}

/** Votes add up across halls; the satisfied share counts each hall's votes on its own scale. */
function combinedRatings(halls: { ratings: RatingTally; scale: 3 | 5 }[]): RatingTally {
  const votes = { ...NO_VOTES };
  let noAnswer = 0;
  let satisfied = 0;
  for (const { ratings, scale } of halls) {
    for (const k of Object.keys(votes) as (keyof RatingVotes)[]) votes[k] += ratings.votes[k];
    noAnswer += ratings.noAnswer;
    satisfied += ratings.votes['4'] + ratings.votes['5'] + (scale === 3 ? ratings.votes['3'] : 0);
  }
  const answered = Object.values(votes).reduce((a, b) => a + b, 0);
  return { votes, noAnswer, satisfiedPercent: answered === 0 ? null : Math.round((satisfied / answered) * 1000) / 10 };
}

/** Best first: the higher satisfied share, then the shorter average wait; halls with no answers last. */
function byRank(a: Unranked, b: Unranked): number {
  const sa = a.totals.ratings.satisfiedPercent ?? -1;
  const sb = b.totals.ratings.satisfiedPercent ?? -1;
  if (sa !== sb) return sb - sa;
  return (a.totals.averageWaitMinutes ?? Infinity) - (b.totals.averageWaitMinutes ?? Infinity) || a.hall.localeCompare(b.hall);
}

/** Best first: the higher on-time share of returned dossiers, then more returned; halls with none returned last. */
function byOnTime(a: Unranked, b: Unranked): number {
  const sa = a.dossiers.onTimePercent ?? -1;
  const sb = b.dossiers.onTimePercent ?? -1;
  if (sa !== sb) return sb - sa;
  return b.dossiers.returned - a.dossiers.returned || a.hall.localeCompare(b.hall);
}

export async function periodReport(
  deps: { reports: ReportRepo; fold: TicketFold },
  from: string,
  to: string,
  halls: string[] | null,
  now: number,
): Promise<ProvincePeriodReport> {
  const [rules] = await Promise.all([deps.reports.rules(halls), deps.fold.run()]);
  const groups = await deps.reports.groups(
    from,
    to,
    rules.map((r) => ({ hall: r.hall, unansweredBy: now - r.ratingTimeoutSeconds * 1000 })),
  );
  const [counted, names] = await Promise.all([deps.reports.dossiers(from, to, rules.map((r) => r.hall)), deps.reports.officerNames(rules.map((r) => r.hall))]);
  const byHall = groupBy(groups, (g) => g.hall);
  const figures = rules.map((r) => ({ rules: r, figures: hallFigures(r, byHall.get(r.hall) ?? [], counted.get(r.hall) ?? NO_DOSSIERS, names.get(r.hall) ?? new Map()) }));
  const onTimeRanks = new Map([...figures.map((f) => f.figures)].sort(byOnTime).map((f, i) => [f.hall, i + 1]));
  const ranked = figures
    .map((f) => f.figures)
    .sort(byRank)
    .map((f, i) => ({ ...f, rank: i + 1, onTimeRank: onTimeRanks.get(f.hall)! }));
  const totals: PeriodTotals = {
    ...figuresOfSums('*', sumOf(groups)),
    ratings: combinedRatings(figures.map((f) => ({ ratings: f.figures.totals.ratings, scale: f.rules.scale }))),
  };
  const dossiers = dossierFiguresOf([...counted.values()].reduce(addDossiers, NO_DOSSIERS));
  return { from, to, totals, dossiers, halls: ranked };
}
