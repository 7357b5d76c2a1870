/** What the province's dashboard reads: every hall live, and figures over a period. */
import { z } from 'zod';
import type { DossierPeriodFigures } from './period-report';
import type { CounterFigures, OfficerFigures, RatingTally, ServiceFigures } from './reports';

export type PeriodTotals = ServiceFigures & { ratings: RatingTally };

/** One hall's figures for a period, computed from its events with the hall's own rules. */
export interface HallPeriodFigures {
  hall: string;
  name: string;
  /** 1 = best: by satisfaction share, then by shorter average wait. */
  rank: number;
  /** 1 = best: by on-time share of the dossiers returned, then by more returned; halls with none returned last. */
  onTimeRank: number;
  totals: PeriodTotals;
  /** The hall's dossiers, counted as its own period report counts them. */
  dossiers: DossierPeriodFigures;
  services: ServiceFigures[];
  counters: Omit<CounterFigures, 'ratings'>[];
  /**
   * Per officer, as the hall's own reports count them (each ticket under the
   * officer the hall holds for it; tickets no officer had are in no line). By
   * name; the line of `UNKNOWN_OFFICER` last: tickets whose events came from a
   * hub that did not ship the officer.
   */
  officers: HallOfficerFigures[];
}

/** An officer of a hall: the hall's stable user id and display name, never the login name. */
export type HallOfficerFigures = Omit<OfficerFigures, 'username' | 'name'> & {
  /** The hall's display name; null for the unknown-officer line. */
  name: string | null;
};

export interface ProvincePeriodReport {
  from: string;
  to: string;
  /** Across the halls of the report. */
  totals: PeriodTotals;
  dossiers: DossierPeriodFigures;
  halls: HallPeriodFigures[];
}

/** A hall right now, as far as its shipped events tell. */
export interface HallLive {
  hall: string;
  name: string;
  /** The hall's latest day in its events. */
  day: string | null;
  openCounters: number;
  waiting: number;
  /** Minutes the longest-waiting ticket has waited, by the hall's last event time; null with no one waiting. */
  longestWaitMinutes: number | null;
  /** Devices whose printer reports a fault (paper out, cover open, offline, error). */
  devicesInFault: number;
  link: {
    /** When the province last got a batch from the hall (ms), or null. */
    lastReceivedAt: number | null;
    /** The time of the hall's latest event (hall clock, ms), or null. */
    lastEventAt: number | null;
    /** Events the hall said were still waiting after its last batch. */
    backlog: number;
    acked: number;
  };
}

export const PROVINCE_ROLES = ['province_admin', 'viewer', 'hall_supervisor'] as const;
export type ProvinceRole = (typeof PROVINCE_ROLES)[number];


const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** GET /api/v1/reports/period?from=&to=[&hall=]: any period up to a little over a year. */
export const periodQuerySchema = z
  .strictObject({ from: isoDay, to: isoDay, hall: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/).optional() })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'to must not be before from' })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 400 * 86_400_000, { path: ['to'], message: 'at most 400 days' });
export type PeriodQuery = z.infer<typeof periodQuerySchema>;

export const provinceSignInSchema = z.strictObject({ username: z.string().min(1).max(40), password: z.string().min(1).max(200) });

/** POST /api/v1/halls (province admin): enrol a hall, or give it a new token. */
export const enrolHallSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  name: z.string().min(1).max(200),
});

/** POST /api/v1/accounts (province admin). */
export const provinceAccountSchema = z.strictObject({
  username: z.string().regex(/^[a-z0-9._-]{2,40}$/),
  name: z.string().min(1).max(100),
  role: z.enum(PROVINCE_ROLES),
  hall: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/).optional(),
  password: z.string().min(8).max(200),
}).refine((a) => (a.role === 'hall_supervisor') === (a.hall !== undefined), { path: ['hall'], message: 'a hall supervisor has a hall; province roles have none' });
