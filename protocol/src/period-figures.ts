/**
 * How a period's tickets and dossiers become figures: one definition for the
 * hall's reports and the province's. Waits and service times are measured as
 * in the day report (report-figures.ts), and ratings are tallied by its
 * tallyRatings. Pure.
 */
import { averageMinutes, tallyRatings, type FigureTicket, type TallyRules } from './report-figures';
import type { DossierPeriodFigures, DurationStats, SatisfactionFigures, TicketPeriodFigures } from './period-report';

const minutes = (ms: number) => Math.round((ms / 60_000) * 10) / 10;
const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/**
 * Mean (as averageMinutes), median (the middle value, or the mean of the two
 * middle ones), 90th percentile by nearest rank (the smallest duration at or
 * under which 90% of them lie) and maximum, in minutes with one decimal.
 */
export function durationStats(ms: readonly number[]): DurationStats {
  const n = ms.length;
  if (n === 0) return { count: 0, meanMinutes: null, medianMinutes: null, p90Minutes: null, maxMinutes: null };
  const sorted = [...ms].sort((a, b) => a - b);
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    count: n,
    meanMinutes: averageMinutes(sorted),
    medianMinutes: minutes(median),
    p90Minutes: minutes(sorted[Math.ceil(0.9 * n) - 1]!),
    maxMinutes: minutes(sorted[n - 1]!),
  };
}

/** A ticket as the period figures read it: its final state, plus whether it was transferred. */
export interface PeriodTicket extends FigureTicket {
  transferred: boolean;
}

/** A service's target wait in minutes, or null when the hall set none. */
export type TargetWait = (service: string) => number | null;

export function ticketPeriodFigures(tickets: readonly PeriodTicket[], targetWait: TargetWait = () => null): TicketPeriodFigures {
  const count = (state: string) => tickets.filter((t) => t.state === state).length;
  const served = tickets.filter((t) => t.state === 'done');
  let withTarget = 0;
  let withinTarget = 0;
  for (const t of served) {
    const target = targetWait(t.service);
    if (target === null || t.calledAt === null) continue;
    withTarget++;
    if (t.calledAt - t.issuedAt <= target * 60_000) withinTarget++;
  }
  return {
    issued: tickets.length,
    served: served.length,
    noShow: count('no_show'),
    cancelled: count('cancelled'),
    expired: count('expired'),
    transferred: tickets.filter((t) => t.transferred).length,
    wait: durationStats(tickets.filter((t) => t.calledAt !== null).map((t) => t.calledAt! - t.issuedAt)),
    service: durationStats(served.filter((t) => t.servingAt !== null && t.finishedAt !== null).map((t) => t.finishedAt! - t.servingAt!)),
    servedWithinTargetPercent: percent(withinTarget, withTarget),
  };
}

/**
 * The three levels the province reports. A 3-level hall stores 5, 3 and 1; on
 * a 5-level scale "satisfied" is 4 and the neutral 3 counts as not satisfied,
 * as tallyRatings' satisfied share does.
 */
export function satisfactionFigures(tickets: readonly FigureTicket[], rules: TallyRules): SatisfactionFigures {
  const ratings = tallyRatings(tickets, rules);
  const v = ratings.votes;
  const answered = v['1'] + v['2'] + v['3'] + v['4'] + v['5'];
  return {
    verySatisfied: v['5'],
    satisfied: v['4'] + (rules.scale === 3 ? v['3'] : 0),
    notSatisfied: v['1'] + v['2'] + (rules.scale === 5 ? v['3'] : 0),
    noAnswer: ratings.noAnswer,
    responsePercent: percent(answered, answered + ratings.noAnswer),
    ratings,
  };
}

/** What the period figures read of a dossier (times in ms; timeliness as set when returned). */
export interface PeriodDossier {
  status: string;
  receivedAt: number | null;
  returnedAt: number | null;
  timeliness: 'early' | 'on_time' | 'late' | null;
}

/** Dossiers closed without a result to hand over: never pending. */
export const DOSSIER_CLOSED_UNRETURNED: ReadonlySet<string> = new Set(['refused', 'withdrawn', 'stopped']);

/** What a period's dossier figures count, which add up across groups and halls. */
export type DossierCounts = Omit<DossierPeriodFigures, 'onTimePercent'>;

/** The figures of counted dossiers: the on-time share is (early + on time) ÷ returned. */
export function dossierFiguresOf(c: DossierCounts): DossierPeriodFigures {
  return { ...c, onTimePercent: percent(c.early + c.onTime, c.returned) };
}

/** Dossier figures for the period [start, end) in ms; `supplementsAsked` is counted by the caller from the history. */
export function dossierPeriodFigures(dossiers: readonly PeriodDossier[], start: number, end: number, supplementsAsked: number): DossierPeriodFigures {
  const inPeriod = (ms: number | null) => ms !== null && ms >= start && ms < end;
  const returned = dossiers.filter((d) => inPeriod(d.returnedAt));
  const by = (t: PeriodDossier['timeliness']) => returned.filter((d) => d.timeliness === t).length;
  return dossierFiguresOf({
    received: dossiers.filter((d) => inPeriod(d.receivedAt)).length,
    returned: returned.length,
    pending: dossiers.filter((d) => d.receivedAt !== null && d.receivedAt < end && (d.returnedAt === null || d.returnedAt >= end) && !DOSSIER_CLOSED_UNRETURNED.has(d.status)).length,
    early: by('early'),
    onTime: by('on_time'),
    late: by('late'),
    supplementsAsked,
  });
}
