/**
 * Keeps the report rollups: each settled day is tallied once from its raw
 * rows, each finished month from its days, each finished year from its
 * months (see the README, "Reports: rollups"). A day is settled when it is
 * before today, none of its tickets is still waiting, called or serving, and
 * its last finish is older than the rating timeout: after that nothing a
 * command does changes its tickets' figures. Spans are keyed by the catalog
 * they were rolled under (services' departments and target waits); when the
 * hall changes those, reports read raw until the spans are rolled again.
 * Runs off the command path, a few spans per turn.
 */
import { addDays, localDay } from '../core/clock';
import type { WritableDb } from '../core/db/handles';
import { readOnly } from '../core/db/handles';
import type { HallContext } from '../core/hall-context';
import { UnstorableDuration } from './duration-histogram';
import { createPeriodReportRepo } from './period-report-repo';
import { createRollupReads, createRollupWrites, emptyTallies, type Span, type Tallies } from './rollup-repo';
import { addTickets, reportTicket, type BreakdownRules } from './ticket-breakdowns';

type Catalog = HallContext['catalog'];

/** What a rollup depends on in the hall's config, as a comparable string. */
export function catalogKey(catalog: Catalog): string {
  return JSON.stringify(catalog.config.services.map((s) => [s.code, s.department, s.targetWaitMinutes ?? null]).sort());
}

export function catalogRules(catalog: Catalog, unansweredBy: number): BreakdownRules {
  const serviceOf = new Map(catalog.config.services.map((s) => [s.code, s]));
  return { departmentOf: (s) => serviceOf.get(s)?.department ?? '?', targetWait: (s) => serviceOf.get(s)?.targetWaitMinutes ?? null, unansweredBy };
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const nextMonth = (start: string) => {
  const [y, m] = start.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

export function createRollups(ctx: { db: WritableDb; catalog: Catalog; clock: HallContext['clock'] }) {
  const { db, catalog, clock } = ctx;
  const reads = readOnly(db);
  const raw = createPeriodReportRepo(reads);
  const rollupReads = createRollupReads(reads);
  const writes = createRollupWrites(db);
  const firstDay = reads.prepare<[], string | null>('SELECT MIN(day) FROM tickets').pluck();
  const unsettled = reads.prepare<[string], number>(
    `SELECT COUNT(*) FROM tickets WHERE day = ? AND state IN ('waiting', 'called', 'serving')`,
  ).pluck();
  const lastFinish = reads.prepare<[string], number | null>('SELECT MAX(finished_at) FROM tickets WHERE day = ?').pluck();

  /** Rolls one day from its raw rows; false when it is not settled yet or holds durations a rollup cannot keep. */
  function rollDay(day: string, key: string): boolean {
    const now = clock.now();
    const unansweredBy = now - catalog.config.queue.ratingTimeoutSeconds * 1000;
    if (day >= localDay(now) || unsettled.get(day)! > 0 || (lastFinish.get(day) ?? 0) > unansweredBy) return false;
    const tallies = emptyTallies();
    const transferred = raw.transferredIds(day, day);
    addTickets(tallies, raw.tickets(day, day).map((r) => reportTicket(r, transferred)), catalogRules(catalog, unansweredBy));
    try {
      writes.write('day', day, tallies, key, now);
    } catch (err) {
      // The transaction rolled back: the day stays on the raw path.
      if (err instanceof UnstorableDuration) return false;
      throw err;
    }
    return true;
  }

  /** Rolls a span from the spans it is made of, once they are all rolled under `key`. */
  function rollFrom(span: Span, start: string, parts: readonly string[], partSpan: Span, rolled: Set<string>, key: string): boolean {
    if (!parts.every((p) => rolled.has(`${partSpan}:${p}`))) return false;
    const tallies: Tallies = emptyTallies();
    for (const p of parts) rollupReads.addSpan(tallies, partSpan, p);
    writes.write(span, start, tallies, key, clock.now());
    return true;
  }

  /**
   * Rolls up to `limit` spans that need it, oldest first (days, then the
   * months and years they complete). Returns how many it rolled.
   */
  function step(limit: number): number {
    const first = firstDay.get();
    if (!first) return 0;
    const key = catalogKey(catalog);
    const rolled = rollupReads.rolledUnder(key);
    const today = localDay(clock.now());
    let done = 0;
    for (let day = first; day < today && done < limit; day = addDays(day, 1)) {
      if (!rolled.has(`day:${day}`) && rollDay(day, key)) {
        rolled.add(`day:${day}`);
        done++;
      }
    }
    for (let m = monthStart(first); nextMonth(m) <= today && done < limit; m = nextMonth(m)) {
      if (rolled.has(`month:${m}`)) continue;
      const days: string[] = [];
      for (let d = m; d < nextMonth(m); d = addDays(d, 1)) days.push(d);
      // Days before the first ticket have nothing to roll: they count as rolled.
      const held = days.filter((d) => d >= first);
      if (rollFrom('month', m, held, 'day', rolled, key)) {
        rolled.add(`month:${m}`);
        done++;
      }
    }
    for (let y = Number(first.slice(0, 4)); `${y + 1}-01-01` <= today && done < limit; y++) {
      if (rolled.has(`year:${y}-01-01`)) continue;
      const months = Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}-01`).filter((m) => nextMonth(m) > first);
      if (rollFrom('year', `${y}-01-01`, months, 'month', rolled, key)) done++;
    }
    return done;
  }

  /** Rolls everything that can be, now (tests, the year generator). */
  function rollAll(): number {
    let total = 0;
    for (let n = step(50); n > 0; n = step(50)) total += n;
    return total;
  }

  /**
   * Rolls a few spans every ten seconds, off the command path (a day takes
   * some tens of ms): a hub that missed days catches up within minutes and
   * never delays a ticket by much.
   */
  function start(onError: (err: unknown) => void, everyMs = 10_000, perTick = 3): () => void {
    const tick = () => {
      try {
        step(perTick);
      } catch (err) {
        onError(err);
      }
    };
    const timer = setInterval(tick, everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  return { step, rollAll, start };
}

export type Rollups = ReturnType<typeof createRollups>;
