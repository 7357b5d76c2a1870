/**
 * What a simulated day looks like before it is played: opening hours, the
 * arrival curve with its morning peak, and per-service weights and service
 * times. Defaults follow shared/DOMAIN.md (sessions 07:30–11:30 and
 * 13:30–17:00, issuing stops 30 minutes before closing) and the demo hall.
 */
import type { PriorityClass, RatingScale } from '@luot/protocol';

export interface SessionWindow {
  /** `HH:mm`, hall-local time. */
  start: string;
  end: string;
}

/** From `from` (`HH:mm`) until the next entry, citizens arrive at this relative rate. */
export interface ArrivalRate {
  from: string;
  weight: number;
}

export interface ServiceProfile {
  code: string;
  /** Relative share of the day's citizens. */
  weight: number;
  /** Mean time at the counter, minutes (actual times are lognormal around it). */
  meanServiceMinutes: number;
  /** Priority classes the kiosk offers for it (from the hub's snapshot). */
  priorities: PriorityClass[];
}

/** Per-service overrides a caller may give (`services` option of `simulateDay`). */
export interface ServiceTuning {
  weight?: number;
  meanServiceMinutes?: number;
}

export const DEFAULT_SESSIONS: SessionWindow[] = [
  { start: '07:30', end: '11:30' },
  { start: '13:30', end: '17:00' },
];

export const DEFAULT_ISSUING_CUT_OFF_MINUTES = 30;

/** Most citizens come between 08:00 and 10:00; the afternoon is calmer. */
export const DEFAULT_ARRIVAL_RATES: ArrivalRate[] = [
  { from: '00:00', weight: 0.5 },
  { from: '08:00', weight: 2 },
  { from: '10:00', weight: 1 },
  { from: '12:00', weight: 0.8 },
  { from: '14:30', weight: 0.9 },
  { from: '16:00', weight: 0.4 },
];

/** The demo hall's services: land and result returns are the busiest, returns are quick. */
export const DEFAULT_SERVICE_TUNING: Record<string, Required<ServiceTuning>> = {
  'dat-dai': { weight: 5, meanServiceMinutes: 12 },
  'tra-ket-qua': { weight: 4, meanServiceMinutes: 3 },
  'dang-ky-kinh-doanh': { weight: 3, meanServiceMinutes: 10 },
  'tu-phap': { weight: 3, meanServiceMinutes: 8 },
  'xay-dung': { weight: 2, meanServiceMinutes: 10 },
  'giao-thong': { weight: 2, meanServiceMinutes: 7 },
  'lao-dong': { weight: 2, meanServiceMinutes: 8 },
  'tai-chinh': { weight: 1.5, meanServiceMinutes: 8 },
  'nong-nghiep': { weight: 1, meanServiceMinutes: 9 },
  'cong-thuong': { weight: 1, meanServiceMinutes: 9 },
  'y-te': { weight: 1, meanServiceMinutes: 7 },
  'khoa-hoc': { weight: 0.5, meanServiceMinutes: 9 },
};

export const FALLBACK_TUNING: Required<ServiceTuning> = { weight: 1, meanServiceMinutes: 8 };

/** How often each thing happens to a citizen. */
export interface BehaviourRates {
  /** Called but never comes to the counter. */
  noShow: number;
  /** Sent on to another service after a short first talk. */
  transfer: number;
  /** Takes a priority ticket (elderly, disability, …) where the service offers one. */
  priority: number;
  /** Does not answer the rating pad (the counter records null). */
  noRating: number;
}

export const DEFAULT_BEHAVIOUR: BehaviourRates = { noShow: 0.06, transfer: 0.05, priority: 0.08, noRating: 0.1 };

/** Share of each answered rating, per scale: mostly satisfied, a few not. */
export const RATING_SHARES: Record<RatingScale, ReadonlyArray<{ value: 1 | 2 | 3 | 4 | 5; share: number }>> = {
  3: [
    { value: 5, share: 0.6 },
    { value: 3, share: 0.34 },
    { value: 1, share: 0.06 },
  ],
  5: [
    { value: 5, share: 0.5 },
    { value: 4, share: 0.28 },
    { value: 3, share: 0.14 },
    { value: 2, share: 0.05 },
    { value: 1, share: 0.03 },
  ],
};

/** Which priority classes citizens claim, relative to each other. */
export const PRIORITY_SHARES: Record<Exclude<PriorityClass, 'none'>, number> = {
  elderly: 5,
  disability: 1,
  pregnant: 1,
  small_child: 2,
  meritorious: 1,
};
