/**
 * The day's figures from the tickets table: counts, average wait and service
 * times, and ratings per officer, counter and department (votes and share).
 * A finished ticket never rated once the rating timeout has passed (the
 * console was reloaded or closed with the question open) counts as no answer,
 * as the console would have recorded it.
 */
import type { CounterFigures, DayReport, DepartmentFigures, OfficerFigures, RatingTally, ServiceFigures } from '@luot/protocol';
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

const minutes = (ms: number[]) => (ms.length === 0 ? null : Math.round((ms.reduce((a, b) => a + b, 0) / ms.length / 60_000) * 10) / 10);

/** How ratings are counted: the hall's scale, and finish times at or before which an unrated ticket is "no answer". */
interface TallyRules {
  scale: 3 | 5;
  unansweredBy: number;
}

function tally(rows: Row[], { scale, unansweredBy }: TallyRules): RatingTally {
  const votes = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  let noAnswer = 0;
  for (const r of rows) {
    if (r.state !== 'done') continue;
    if (r.rating !== null) votes[String(r.rating) as keyof typeof votes]++;
    else if (r.rated === 1 || (r.finished_at !== null && r.finished_at <= unansweredBy)) noAnswer++;
  }
  const answered = votes['1'] + votes['2'] + votes['3'] + votes['4'] + votes['5'];
  const satisfied = scale === 3 ? votes['3'] + votes['4'] + votes['5'] : votes['4'] + votes['5'];
  return { votes, noAnswer, satisfiedPercent: answered === 0 ? null : Math.round((satisfied / answered) * 1000) / 10 };
}

function figures(service: string, rows: Row[]): ServiceFigures {
  const served = rows.filter((r) => r.state === 'done');
  return {
    service,
    issued: rows.length,
    served: served.length,
    noShow: rows.filter((r) => r.state === 'no_show').length,
    waiting: rows.filter((r) => r.state === 'waiting').length,
    averageWaitMinutes: minutes(rows.filter((r) => r.called_at !== null).map((r) => r.called_at! - r.issued_at)),
    averageServiceMinutes: minutes(served.filter((r) => r.serving_at !== null).map((r) => r.finished_at! - r.serving_at!)),
  };
}

export function createReportService(ctx: Pick<HallContext, 'readDb' | 'catalog' | 'clock'> & { users: UserReads }) {
  const { readDb, catalog, users, clock } = ctx;
  const rowsOf = readDb.prepare<[string], Row>(
    'SELECT service, state, counter, officer_id, issued_at, called_at, serving_at, finished_at, rating, rated FROM tickets WHERE day = ?',
  );
  const { ratingScale, ratingTimeoutSeconds } = catalog.config.queue;

  function day(dayKey: string): DayReport {
    const rows = rowsOf.all(dayKey);
    const rules: TallyRules = { scale: ratingScale, unansweredBy: clock.now() - ratingTimeoutSeconds * 1000 };
    const group = <K>(key: (r: Row) => K | null) => {
      const map = new Map<K, Row[]>();
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
    const officers: OfficerFigures[] = [...group((r) => r.officer_id)].map(([officerId, list]) => {
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
