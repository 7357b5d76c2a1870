/**
 * The period report read from the rollups: rolled years, months and days
 * for the tickets, the raw rows for the days not rolled yet (today, a day
 * not settled, or spans rolled under another catalog). Dossiers are read raw
 * (counted by SQLite over a covering index, dossier-tallies.ts: their figures depend on the period's
 * bounds). Gives exactly what period-report-service.ts (the raw path, the
 * reference) gives; rollups.test.ts holds the two side by side.
 */
import {
  averageMinutes,
  previousPeriod,
  PRIORITY_CLASSES,
  PRIORITY_LABELS,
  type BreakdownRow,
  type Period,
  type PeriodKind,
  type PeriodReport,
  type PriorityClass,
} from '@luot/protocol';
import { addDays, localDay, startOfLocalDay } from '../core/clock';
import type { HallContext } from '../core/hall-context';
import type { UserReads } from '../auth/user-repo';
import { lateDossiers } from './late-dossiers';
import { addDossierTally, createDossierTallies, dossierFigures, emptyDossierTally, type DossierTally } from './dossier-tallies';
import { createPeriodReportRepo } from './period-report-repo';
import { createRollupReads, emptyTallies, tallyOf, type RollupDim, type Span } from './rollup-repo';
import { createCatalogIndex } from './catalog-index';
import { catalogKey, catalogRules } from './rollups';
import { addTickets, addTicketsToTotal, reportTicket } from './ticket-breakdowns';
import { emptyTally, satisfaction, ticketFigures, type TicketTally } from './ticket-tally';

const SOURCE_LABELS: Readonly<Record<string, string>> = { kiosk: 'Kiosk', counter: 'Tại quầy', appointment: 'Đặt lịch hẹn', api: 'Hệ thống khác (API)' };
const isPriorityClass = (k: string): k is PriorityClass => (PRIORITY_CLASSES as readonly string[]).includes(k);

const lastDayOfMonth = (day: string) => {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/** How a period is read: rolled spans, and the runs of days read raw. */
export function coverPeriod({ from, to }: Period, rolled: ReadonlySet<string>): { spans: [Span, string][]; rawRuns: Period[] } {
  const spans: [Span, string][] = [];
  const rawRuns: Period[] = [];
  for (let day = from; day <= to; ) {
    const yearEnd = `${day.slice(0, 4)}-12-31`;
    const monthEnd = lastDayOfMonth(day);
    if (day.endsWith('-01-01') && yearEnd <= to && rolled.has(`year:${day}`)) {
      spans.push(['year', day]);
      day = addDays(yearEnd, 1);
    } else if (day.endsWith('-01') && monthEnd <= to && rolled.has(`month:${day}`)) {
      spans.push(['month', day]);
      day = addDays(monthEnd, 1);
    } else if (rolled.has(`day:${day}`)) {
      spans.push(['day', day]);
      day = addDays(day, 1);
    } else {
      const run = rawRuns.at(-1);
      if (run && addDays(run.to, 1) === day) run.to = day;
      else rawRuns.push({ from: day, to: day });
      day = addDays(day, 1);
    }
  }
  return { spans, rawRuns };
}

function sumDossiers(groups: readonly DossierTally[]): DossierTally {
  const t = emptyDossierTally();
  for (const g of groups) addDossierTally(t, g);
  return t;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = map.get(k);
    if (list) list.push(t);
    else map.set(k, [t]);
  }
  return map;
}

export function createRolledPeriodReportService(ctx: Pick<HallContext, 'readDb' | 'catalog' | 'clock'> & { users: UserReads }) {
  const { catalog, users, clock } = ctx;
  const repo = createPeriodReportRepo(ctx.readDb);
  const rollups = createRollupReads(ctx.readDb);
  const dossierTallies = createDossierTallies(ctx.readDb);
  // Read through the live catalog: a config change (issue 17) swaps it, and a service added today has its name and department.
  const lookup = createCatalogIndex(catalog);
  const serviceOf = { get: lookup.service };
  const departmentOf = (service: string) => serviceOf.get(service)?.department ?? '?';
  const procedureOf = { get: lookup.procedure };
  const departmentName = { get: lookup.departmentName };

  function read(period: Period, rolled: ReadonlySet<string>, unansweredBy: number) {
    const start = startOfLocalDay(period.from);
    const end = startOfLocalDay(addDays(period.to, 1));
    const { spans, rawRuns } = coverPeriod(period, rolled);
    const tallies = emptyTallies();
    for (const [span, first] of spans) rollups.addSpan(tallies, span, first);
    const rules = catalogRules(catalog, unansweredBy);
    const rawTickets = rawRuns.flatMap((run) => {
      const transferred = repo.transferredIds(run.from, run.to);
      return repo.tickets(run.from, run.to).map((r) => reportTicket(r, transferred));
    });
    addTickets(tallies, rawTickets, rules);
    const dossiers = dossierTallies.groups(period.to, start, end);
    const asked = repo.supplements(start, end);
    return { start, end, tallies, rawRuns, rawTickets, dossiers, supplements: asked.map((r) => r.service), supplementProcedures: asked.map((r) => r.procedure_code) };
  }

  /**
   * The period's totals alone, for the previous period beside a report: its total rows of the rollups and its
   * raw tickets counted in the total only. Read whole (every breakdown, as `read` does), the previous year
   * held a few hundred tallies and their histograms (~10 MB of arrays) for figures no one is shown (issue 18).
   */
  function readTotals(period: Period, rolled: ReadonlySet<string>, unansweredBy: number): { total: TicketTally; dossiers: DossierTally; supplements: number } {
    const start = startOfLocalDay(period.from);
    const end = startOfLocalDay(addDays(period.to, 1));
    const { spans, rawRuns } = coverPeriod(period, rolled);
    const tallies = emptyTallies();
    for (const [span, first] of spans) rollups.addSpanTotal(tallies, span, first);
    const rules = catalogRules(catalog, unansweredBy);
    for (const run of rawRuns) {
      const transferred = repo.transferredIds(run.from, run.to);
      addTicketsToTotal(tallies, repo.tickets(run.from, run.to).map((r) => reportTicket(r, transferred)), rules);
    }
    return { total: tallyOf(tallies, 'total', ''), dossiers: sumDossiers(dossierTallies.groups(period.to, start, end)), supplements: repo.supplements(start, end).length };
  }

  function report(kind: PeriodKind | 'range', period: Period): PeriodReport {
    const scale = catalog.config.queue.ratingScale;
    const unansweredBy = clock.now() - catalog.config.queue.ratingTimeoutSeconds * 1000;
    const rolled = rollups.rolledUnder(catalogKey(catalog));
    const data = read(period, rolled, unansweredBy);
    const before = previousPeriod(period);
    const beforeTotals = readTotals(before, rolled, unansweredBy);
    const totalFigures = (t: { total: TicketTally; dossiers: DossierTally; supplements: number }) => ({
      tickets: ticketFigures(t.total),
      dossiers: dossierFigures(t.dossiers, t.supplements),
      satisfaction: satisfaction(t.total, scale),
    });
    const currentTotals = { total: data.tallies.get('total')!.get('') ?? emptyTally(), dossiers: sumDossiers(data.dossiers), supplements: data.supplements.length };

    const rows = (dim: RollupDim, label: (key: string) => string, dossierKey?: (service: string) => string): BreakdownRow[] => {
      const tickets: Map<string, TicketTally> = data.tallies.get(dim)!;
      const dossiersBy = dossierKey ? groupBy(data.dossiers, (g) => dossierKey(g.service)) : null;
      const supplementsBy = dossierKey ? groupBy(data.supplements, dossierKey) : null;
      const keys = new Set([...tickets.keys(), ...(dossiersBy?.keys() ?? [])]);
      return [...keys].map((k) => {
        const t = tickets.get(k) ?? emptyTally();
        return {
          key: k,
          label: label(k),
          tickets: ticketFigures(t),
          satisfaction: satisfaction(t, scale),
          dossiers: dossiersBy && supplementsBy ? dossierFigures(sumDossiers(dossiersBy.get(k) ?? []), supplementsBy.get(k)?.length ?? 0) : null,
        };
      });
    };
    const byKey = (a: BreakdownRow, b: BreakdownRow) => a.key.localeCompare(b.key, 'en', { numeric: true });

    const today = localDay(clock.now());
    const asOfDay = period.to < today ? period.to : today;
    const lateList = lateDossiers(dossierTallies.lateCandidates(period.to, data.start, data.end, startOfLocalDay(asOfDay)), data.start, data.end, asOfDay, departmentOf);
    const dossiersByProcedure = groupBy(data.dossiers, (g) => g.procedure);
    const supplementsByProcedure = groupBy(data.supplementProcedures, (p) => p);
    const procedures: PeriodReport['procedures'] = [...new Set([...dossiersByProcedure.keys(), ...supplementsByProcedure.keys()])]
      .sort()
      .map((code) => {
        const known = procedureOf.get(code);
        const list = dossiersByProcedure.get(code) ?? [];
        return {
          procedureCode: code,
          name: known?.name ?? code,
          department: known?.department ?? departmentOf(list[0]?.service ?? ''),
          dossiers: dossierFigures(sumDossiers(list), supplementsByProcedure.get(code)?.length ?? 0),
        };
      });

    const daily = dailyLine(period, data.rawRuns, data.rawTickets);

    const arrivals = [...data.tallies.get('arrival')!]
      .map(([cell, t]) => {
        const [weekday, hour] = cell.split('-').map(Number) as [number, number];
        return { weekday, hour, issued: t.issued };
      })
      .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour);

    return {
      kind,
      ...period,
      totals: totalFigures(currentTotals),
      previous: { ...before, totals: totalFigures(beforeTotals) },
      lateDossiers: lateList,
      procedures,
      breakdowns: {
        departments: rows('department', (k) => departmentName.get(k) ?? k, departmentOf).sort(byKey),
        services: rows('service', (k) => serviceOf.get(k)?.name.vi ?? k, (s) => s).sort(byKey),
        counters: rows('counter', (k) => `Quầy ${k}`).sort(byKey),
        officers: rows('officer', (k) => users.get(k)?.name ?? '?').sort((a, b) => a.label.localeCompare(b.label, 'vi')),
        priorities: rows('priority', (k) => (isPriorityClass(k) ? PRIORITY_LABELS[k].vi : k)).sort(byKey),
        sources: rows('source', (k) => SOURCE_LABELS[k] ?? k).sort(byKey),
        hours: rows('hour', (k) => `${k}:00`).sort(byKey),
      },
      arrivals,
      daily,
    };
  }

  /**
   * Issued, served and mean wait per day: the days read raw from their tickets, the others from their
   * day rollup (these three figures do not depend on the catalog; a day without a row had no ticket).
   */
  function dailyLine(period: Period, rawRuns: readonly Period[], rawTickets: ReturnType<typeof read>['rawTickets']): PeriodReport['daily'] {
    const fromRollups = new Map(rollups.dailyTotals(period.from, period.to).map((d) => [d.day, d]));
    const rawByDay = groupBy(rawTickets, (t) => t.day);
    const isRaw = (day: string) => rawRuns.some((r) => r.from <= day && day <= r.to);
    const daily: PeriodReport['daily'] = [];
    for (let day = period.from; day <= period.to; day = addDays(day, 1)) {
      const rolledDay = isRaw(day) ? undefined : fromRollups.get(day);
      if (rolledDay) {
        daily.push(rolledDay);
        continue;
      }
      const list = rawByDay.get(day) ?? [];
      const waits = list.flatMap((t) => (t.calledAt === null ? [] : [t.calledAt - t.issuedAt]));
      daily.push({ day, issued: list.length, served: list.filter((t) => t.state === 'done').length, meanWaitMinutes: averageMinutes(waits) });
    }
    return daily;
  }

  return { report };
}
