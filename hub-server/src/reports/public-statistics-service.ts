/**
 * This month's and this year's public figures, from the period report (so
 * they are the report API's figures), kept for a minute: the page is public
 * and may be opened by many phones at once.
 */
import { periodOf, PUBLIC_STATISTICS_MAX_AGE_SECONDS, type BreakdownRow, type PeriodReport, type PublicFigures, type PublicStatistics } from '@luot/protocol';
import { localDay } from '../core/clock';

type Report = (kind: 'month' | 'year', period: { from: string; to: string }) => PeriodReport;

function publicFigures(f: Pick<BreakdownRow, 'tickets' | 'satisfaction'> & { dossiers: PeriodReport['totals']['dossiers'] | null }): PublicFigures {
  const v = f.satisfaction.ratings.votes;
  return {
    served: f.tickets.served,
    meanWaitMinutes: f.tickets.wait.meanMinutes,
    dossiersReturned: f.dossiers?.returned ?? 0,
    early: f.dossiers?.early ?? 0,
    onTime: f.dossiers?.onTime ?? 0,
    late: f.dossiers?.late ?? 0,
    onTimePercent: f.dossiers?.onTimePercent ?? null,
    ratings: v['1'] + v['2'] + v['3'] + v['4'] + v['5'],
    satisfiedPercent: f.satisfaction.ratings.satisfiedPercent,
  };
}

export function createPublicStatistics(deps: { report: Report; now: () => number; hallName: string }) {
  let kept: { at: number; value: PublicStatistics } | null = null;
  return {
    /** The figures, computed at most once a minute. */
    current(): PublicStatistics {
      const now = deps.now();
      if (kept && now - kept.at < PUBLIC_STATISTICS_MAX_AGE_SECONDS * 1000 && now >= kept.at) return kept.value;
      const today = localDay(now);
      const periods = (['month', 'year'] as const).map((kind) => {
        const r = deps.report(kind, periodOf(kind, today));
        return {
          kind,
          from: r.from,
          to: r.to,
          totals: publicFigures(r.totals),
          departments: r.breakdowns.departments.map((d) => ({ code: d.key, name: d.label, ...publicFigures(d) })),
        };
      });
      kept = { at: now, value: { hall: deps.hallName, computedAt: now, periods } };
      return kept.value;
    },
  };
}

export type PublicStatisticsService = ReturnType<typeof createPublicStatistics>;
