/**
 * The day's figures from the tickets table: counts, average wait and service
 * times, and ratings per officer, counter and department (votes and share).
 * A finished ticket never rated once the rating timeout has passed (the
 * console was reloaded or closed with the question open) counts as no answer,
 * as the console would have recorded it.
 */
import { serviceFigures as figures, tallyRatings as tally, type CounterFigures, type DayReport, type DepartmentFigures, type FigureTicket, type OfficerFigures, type TallyRules } from '@luot/protocol';
import type { HallContext } from '../core/hall-context';
import type { UserReads } from '../auth/user-repo';

interface Row {
  service: string;
  state: string;
  counter: number | null;
  officer_id: string | null;
  issued_at: number;
  called_at: number | null;
  serving_at: number | null;
  finished_at: number | null;
  rating: number | null;
  rated: number;
}

/** The shared figure rules read tickets in the wire's shape. */
const asFigureTicket = (r: Row): FigureTicket & { officerId: string | null } => ({
  service: r.service,
  state: r.state,
  counter: r.counter,
  officerId: r.officer_id,
  issuedAt: r.issued_at,
  calledAt: r.called_at,
  servingAt: r.serving_at,
  finishedAt: r.finished_at,
  rating: r.rating,
  rated: r.rated === 1,
});

export function createReportService(ctx: Pick<HallContext, 'readDb' | 'catalog' | 'clock'> & { users: UserReads }) {
  const { readDb, catalog, users, clock } = ctx;
  const rowsOf = readDb.prepare<[string], Row>(
    'SELECT service, state, counter, officer_id, issued_at, called_at, serving_at, finished_at, rating, rated FROM tickets WHERE day = ?',
  );

  function day(dayKey: string): DayReport {
    const rows = rowsOf.all(dayKey).map(asFigureTicket);
    type Ticket = (typeof rows)[number];
    // Read at each report: a config change may change the rating scale (issue 17).
    const { ratingScale, ratingTimeoutSeconds } = catalog.config.queue;
    const rules: TallyRules = { scale: ratingScale, unansweredBy: clock.now() - ratingTimeoutSeconds * 1000 };
    const group = <K>(key: (r: Ticket) => K | null) => {
      const map = new Map<K, Ticket[]>();
      for (const r of rows) {
        const k = key(r);
        if (k === null) continue;
        map.set(k, [...(map.get(k) ?? []), r]);
      }
      return map;
    };
    const byService = group((r) => r.service);
    const services = catalog.config.services.map((s) => figures(s.code, byService.get(s.code) ?? []));
    const counters: CounterFigures[] = [...group((r) => r.counter)].sort(([a], [b]) => a - b).map(([counter, list]) => {
      const f = figures('', list);
      return { counter, served: f.served, averageServiceMinutes: f.averageServiceMinutes, ratings: tally(list, rules) };
    });
    const officers: OfficerFigures[] = [...group((r) => r.officerId)].map(([officerId, list]) => {
      const user = users.get(officerId);
      const f = figures('', list);
      return { officerId, username: user?.username ?? '?', name: user?.name ?? '?', served: f.served, averageServiceMinutes: f.averageServiceMinutes, ratings: tally(list, rules) };
    });
    const departmentOf = new Map(catalog.config.services.map((s) => [s.code, s.department]));
    const departments: DepartmentFigures[] = [...group((r) => departmentOf.get(r.service) ?? null)].map(([department, list]) => ({
      department,
      served: list.filter((r) => r.state === 'done').length,
      ratings: tally(list, rules),
    }));
    return { day: dayKey, totals: { ...figures('*', rows), ratings: tally(rows, rules) }, services, counters, officers, departments };
  }

  return { day };
}

export type ReportService = ReturnType<typeof createReportService>;
