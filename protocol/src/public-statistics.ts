/**
 * The hall's public statistics (GET /api/v1/statistics, the /thong-ke/ page):
 * what provincial portals publish — tickets served, average wait, dossiers
 * settled early / on time / late and citizens' satisfaction — for this month
 * and this year, in total and per department. Counts and shares only: no
 * person, officer or dossier appears.
 */

export interface PublicFigures {
  served: number;
  /** Mean wait of the tickets called, in minutes (one decimal); null when none. */
  meanWaitMinutes: number | null;
  dossiersReturned: number;
  early: number;
  onTime: number;
  late: number;
  /** (early + on time) / returned, in percent with one decimal; null when none returned. */
  onTimePercent: number | null;
  /** Ratings given (the "no answer" ones are not counted). */
  ratings: number;
  /** Share of the ratings given that are satisfied or very satisfied, in percent; null when none. */
  satisfiedPercent: number | null;
}

export interface PublicStatisticsPeriod {
  kind: 'month' | 'year';
  from: string;
  to: string;
  totals: PublicFigures;
  departments: (PublicFigures & { code: string; name: string })[];
}

export interface PublicStatistics {
  hall: string;
  /** When the figures were computed (ms); they are kept for a minute. */
  computedAt: number;
  periods: PublicStatisticsPeriod[];
}

/** How long the figures and the page are kept before being computed again. */
export const PUBLIC_STATISTICS_MAX_AGE_SECONDS = 60;
