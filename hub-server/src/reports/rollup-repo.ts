/** The rollup tables (migration 0220): rows in and out as ticket tallies. */
import type { ReadableDb, WritableDb } from '../core/db/handles';
import { emptyTally, type TicketTally } from './ticket-tally';

export type Span = 'day' | 'month' | 'year';
/** The breakdowns rolled, and `total` (key '') and `arrival` (key `weekday-hour`; issued only). */
export const ROLLUP_DIMS = ['total', 'department', 'service', 'counter', 'officer', 'priority', 'source', 'hour', 'arrival'] as const;
export type RollupDim = (typeof ROLLUP_DIMS)[number];
/** Per breakdown, the tally of each key. */
export type Tallies = Map<RollupDim, Map<string, TicketTally>>;

interface RollupRow {
  dim: RollupDim;
  key: string;
  issued: number;
  served: number;
  no_show: number;
  cancelled: number;
  expired: number;
  transferred: number;
  with_target: number;
  within_target: number;
  v1: number;
  v2: number;
  v3: number;
  v4: number;
  v5: number;
  no_answer: number;
  wait_count: number;
  wait_sum: number;
  wait_hist: Buffer;
  service_count: number;
  service_sum: number;
  service_hist: Buffer;
}

export const emptyTallies = (): Tallies => new Map(ROLLUP_DIMS.map((d) => [d, new Map()]));

export function tallyOf(tallies: Tallies, dim: RollupDim, key: string): TicketTally {
  const byKey = tallies.get(dim)!;
  let t = byKey.get(key);
  if (!t) byKey.set(key, (t = emptyTally()));
  return t;
}

/** Adds a stored row into the tallies. */
function addRow(tallies: Tallies, r: RollupRow): void {
  const t = tallyOf(tallies, r.dim, r.key);
  t.issued += r.issued;
  t.served += r.served;
  t.noShow += r.no_show;
  t.cancelled += r.cancelled;
  t.expired += r.expired;
  t.transferred += r.transferred;
  t.withTarget += r.with_target;
  t.withinTarget += r.within_target;
  t.votes[0] += r.v1;
  t.votes[1] += r.v2;
  t.votes[2] += r.v3;
  t.votes[3] += r.v4;
  t.votes[4] += r.v5;
  t.noAnswer += r.no_answer;
  t.wait.mergeEncoded(r.wait_hist, r.wait_sum);
  t.service.mergeEncoded(r.service_hist, r.service_sum);
}

const SELECT_ROWS = `SELECT dim, key, issued, served, no_show, cancelled, expired, transferred, with_target, within_target,
  v1, v2, v3, v4, v5, no_answer, wait_count, wait_sum, wait_hist, service_count, service_sum, service_hist FROM report_rollups WHERE span = ? AND start = ?`;

export function createRollupReads(db: ReadableDb) {
  const rows = db.prepare<[Span, string], RollupRow>(SELECT_ROWS);
  const totalRows = db.prepare<[Span, string], RollupRow>(`${SELECT_ROWS} AND dim = 'total'`);
  const rolled = db.prepare<[], { span: Span; start: string; catalog: string }>('SELECT span, start, catalog FROM report_rolled');
  const daily = db.prepare<[string, string], { start: string; issued: number; served: number; wait_count: number; wait_sum: number }>(
    `SELECT start, issued, served, wait_count, wait_sum FROM report_rollups WHERE span = 'day' AND dim = 'total' AND start BETWEEN ? AND ?`,
  );
  return {
    /** Adds the span's rows into `tallies`. */
    addSpan(tallies: Tallies, span: Span, start: string): void {
      for (const r of rows.iterate(span, start)) addRow(tallies, r);
    },
    /** Adds the span's total only (the previous period shows no breakdown): one row instead of a few hundred. */
    addSpanTotal(tallies: Tallies, span: Span, start: string): void {
      for (const r of totalRows.iterate(span, start)) addRow(tallies, r);
    },
    /** `span:start` of every span rolled under the catalog `catalog`. */
    rolledUnder(catalog: string): Set<string> {
      return new Set(rolled.all().flatMap((r) => (r.catalog === catalog ? [`${r.span}:${r.start}`] : [])));
    },
    /** The rolled days' totals in [from, to]: their daily line. */
    dailyTotals(from: string, to: string) {
      // The mean as averageMinutes computes it.
      return daily.all(from, to).map((r) => ({
        day: r.start,
        issued: r.issued,
        served: r.served,
        meanWaitMinutes: r.wait_count === 0 ? null : Math.round((r.wait_sum / r.wait_count / 60_000) * 10) / 10,
      }));
    },
  };
}

export function createRollupWrites(db: WritableDb) {
  const clear = db.prepare<[Span, string]>('DELETE FROM report_rollups WHERE span = ? AND start = ?');
  const insert = db.prepare<RollupRow & { span: Span; start: string }>(
    `INSERT INTO report_rollups (span, start, dim, key, issued, served, no_show, cancelled, expired, transferred, with_target, within_target,
       v1, v2, v3, v4, v5, no_answer, wait_count, wait_sum, wait_hist, service_count, service_sum, service_hist)
     VALUES (@span, @start, @dim, @key, @issued, @served, @no_show, @cancelled, @expired, @transferred, @with_target, @within_target,
       @v1, @v2, @v3, @v4, @v5, @no_answer, @wait_count, @wait_sum, @wait_hist, @service_count, @service_sum, @service_hist)`,
  );
  const mark = db.prepare<{ span: Span; start: string; catalog: string; at: number }>(
    `INSERT INTO report_rolled (span, start, catalog, rolled_at) VALUES (@span, @start, @catalog, @at)
     ON CONFLICT (span, start) DO UPDATE SET catalog = excluded.catalog, rolled_at = excluded.rolled_at`,
  );
  /** Replaces a span's rows and marks it rolled, in one transaction. */
  const write = db.transaction((span: Span, start: string, tallies: Tallies, catalog: string, at: number) => {
    clear.run(span, start);
    for (const [dim, byKey] of tallies) {
      for (const [key, t] of byKey) {
        insert.run({
          span, start, dim, key,
          issued: t.issued, served: t.served, no_show: t.noShow, cancelled: t.cancelled, expired: t.expired, transferred: t.transferred,
          with_target: t.withTarget, within_target: t.withinTarget,
          v1: t.votes[0], v2: t.votes[1], v3: t.votes[2], v4: t.votes[3], v5: t.votes[4], no_answer: t.noAnswer,
          wait_count: t.wait.total, wait_sum: t.wait.sum, wait_hist: t.wait.encode(),
          service_count: t.service.total, service_sum: t.service.sum, service_hist: t.service.encode(),
        });
      }
    }
    mark.run({ span, start, catalog, at });
  });
  return { write };
}
