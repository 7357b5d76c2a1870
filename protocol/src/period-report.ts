/**
 * Reports over a period (day, week, month, quarter, year or from–to): the
 * query, how a named period becomes dates, and the report's shape. The figure
 * rules themselves are in period-figures.ts (shared with the province).
 */
import { z } from 'zod';
import type { RatingTally } from './reports';

export const PERIOD_KINDS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Longest period one report covers: a year and a little (a year beside its previous year reads two). */
export const MAX_PERIOD_DAYS = 400;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar day');

/** GET /api/v1/reports: either from + to, or a period name with a day inside it (today when absent). */
export const periodReportQuerySchema = z
  .strictObject({ from: isoDay.optional(), to: isoDay.optional(), period: z.enum(PERIOD_KINDS).optional(), date: isoDay.optional() })
  .refine((q) => (q.period === undefined) === (q.from !== undefined && q.to !== undefined), { path: ['period'], message: 'give from and to, or a period (and a date)' })
  .refine((q) => q.period !== undefined || q.date === undefined, { path: ['date'], message: 'date goes with a period' })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { path: ['to'], message: 'to must not be before from' })
  .refine((q) => q.from === undefined || q.to === undefined || daysBetween(q.from, q.to) < MAX_PERIOD_DAYS, { path: ['to'], message: `at most ${MAX_PERIOD_DAYS} days` });
export type PeriodReportQuery = z.infer<typeof periodReportQuerySchema>;

export interface Period {
  from: string;
  to: string;
}

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Whole calendar days from `a` to `b` (0 for the same day). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/** The calendar period of a kind holding `day`: weeks start on Monday, quarters in January, April, July, October. */
export function periodOf(kind: PeriodKind, day: string): Period {
  const d = new Date(utc(day));
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (kind) {
    case 'day':
      return { from: day, to: day };
    case 'week': {
      const back = (d.getUTCDay() + 6) % 7;
      const from = utc(day) - back * 86_400_000;
      return { from: dayOf(from), to: dayOf(from + 6 * 86_400_000) };
    }
    case 'month':
      return { from: dayOf(Date.UTC(y, m, 1)), to: dayOf(Date.UTC(y, m + 1, 0)) };
    case 'quarter': {
      const q = Math.floor(m / 3) * 3;
      return { from: dayOf(Date.UTC(y, q, 1)), to: dayOf(Date.UTC(y, q + 3, 0)) };
    }
    case 'year':
      return { from: `${y}-01-01`, to: `${y}-12-31` };
  }
}

/** The period of the same length just before: the days before `from`, as many as the period has. */
export function previousPeriod({ from, to }: Period): Period {
  const length = daysBetween(from, to) + 1;
  return { from: dayOf(utc(from) - length * 86_400_000), to: dayOf(utc(from) - 86_400_000) };
}

/** Minutes: mean, median, 90th percentile and maximum of a set of durations. */
export interface DurationStats {
  count: number;
  meanMinutes: number | null;
  medianMinutes: number | null;
  p90Minutes: number | null;
  maxMinutes: number | null;
}

export interface TicketPeriodFigures {
  issued: number;
  served: number;
  noShow: number;
  cancelled: number;
  expired: number;
  /** Tickets sent on to another service or counter at least once in the period. */
  transferred: number;
  /** Issued → first called, for every ticket that was called. */
  wait: DurationStats;
  /** Serving started → finished, for served tickets. */
  service: DurationStats;
  /** Of served tickets whose service has a target wait, the share called within it (0–100, one decimal); null when none has one. */
  servedWithinTargetPercent: number | null;
}

export interface DossierPeriodFigures {
  /** Received in the period (given a code). */
  received: number;
  /** Result handed over in the period. */
  returned: number;
  /** Received by the period's end and neither returned by then nor refused, withdrawn or stopped. */
  pending: number;
  early: number;
  onTime: number;
  late: number;
  /** (early + on time) ÷ returned, 0–100, one decimal; null when none returned. */
  onTimePercent: number | null;
  /** Requests to supplement a dossier made in the period. */
  supplementsAsked: number;
}

/** Satisfaction in the three levels the province reports, and the raw votes. */
export interface SatisfactionFigures {
  verySatisfied: number;
  satisfied: number;
  notSatisfied: number;
  noAnswer: number;
  /** Answers ÷ (answers + no answer), 0–100, one decimal; null when nobody was asked. */
  responsePercent: number | null;
  ratings: RatingTally;
}

export interface LateDossier {
  code: string;
  department: string;
  procedureCode: string;
  service: string;
  /** Local day of the appointment (the due date). */
  dueDay: string;
  /** Null for a dossier still pending at the period's end (or today) past its due day. */
  returnedDay: string | null;
  /** Calendar days from the due day to the return, or to the period's end (today if earlier) for one still pending. */
  daysLate: number;
}

export interface PeriodFigures {
  tickets: TicketPeriodFigures;
  dossiers: DossierPeriodFigures;
  satisfaction: SatisfactionFigures;
}

/** One line of a breakdown: a department, service, counter, officer, priority class, source or hour of the day. */
export interface BreakdownRow {
  key: string;
  /** Vietnamese name where the hall has one (service, department, officer), else the key. */
  label: string;
  tickets: TicketPeriodFigures;
  satisfaction: SatisfactionFigures;
  /** Only for departments and services, which dossiers belong to. */
  dossiers: DossierPeriodFigures | null;
}

export const BREAKDOWNS = ['departments', 'services', 'counters', 'officers', 'priorities', 'sources', 'hours'] as const;
export type BreakdownName = (typeof BREAKDOWNS)[number];

export interface PeriodReport extends Period {
  kind: PeriodKind | 'range';
  totals: PeriodFigures;
  /** The same figures for the period of the same length just before. */
  previous: Period & { totals: PeriodFigures };
  /** Dossier figures per procedure (national procedure code) that had any in the period. */
  procedures: { procedureCode: string; name: string; department: string; dossiers: DossierPeriodFigures }[];
  /** Returned late in the period, and pending past the due day at its end; the latest first. */
  lateDossiers: LateDossier[];
  breakdowns: Record<BreakdownName, BreakdownRow[]>;
  /** Tickets issued per ISO weekday (1 = Monday … 7 = Sunday) and local hour, the cells with any: when to open more counters. */
  arrivals: { weekday: number; hour: number; issued: number }[];
  /** Served tickets' mean wait per day of the period (the chart of waiting time). */
  daily: { day: string; issued: number; served: number; meanWaitMinutes: number | null }[];
}
