/**
 * A report over any period: the day report's rules (waits, service times,
 * ratings with the timeout's "no answer") over many days, with dossiers'
 * timeliness, seven breakdowns and the previous period of the same length.
 */
import {
  dossierPeriodFigures,
  previousPeriod,
  PRIORITY_CLASSES,
  PRIORITY_LABELS,
  type PriorityClass,
  satisfactionFigures,
  ticketPeriodFigures,
  type BreakdownRow,
  type Period,
  type PeriodDossier,
  type PeriodFigures,
  type PeriodKind,
  type PeriodReport,
  type PeriodTicket,
  type TallyRules,
} from '@luot/protocol';
import { addDays, localDay, localIsoWeekday, localMinuteOfDay, startOfLocalDay } from '../core/clock';
import type { HallContext } from '../core/hall-context';
import type { UserReads } from '../auth/user-repo';
import { createCatalogIndex } from './catalog-index';
import { reportTicket } from './ticket-breakdowns';
import { lateDossiers } from './late-dossiers';
import { createPeriodReportRepo, type PeriodDossierRow } from './period-report-repo';

type Ticket = PeriodTicket & { officerId: string | null; priority: string; source: string; day: string };
type Dossier = PeriodDossier & { service: string; row: PeriodDossierRow };

/** Where a ticket came from, as the reports name it. */
const SOURCE_LABELS: Readonly<Record<string, string>> = { kiosk: 'Kiosk', counter: 'Tại quầy', appointment: 'Đặt lịch hẹn', api: 'Hệ thống khác (API)' };
const isPriorityClass = (k: string): k is PriorityClass => (PRIORITY_CLASSES as readonly string[]).includes(k);

function groupBy<T>(items: readonly T[], key: (t: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(t);
    else map.set(k, [t]);
  }
  return map;
}


export function createPeriodReportService(ctx: Pick<HallContext, 'readDb' | 'catalog' | 'clock'> & { users: UserReads }) {
  const { catalog, users, clock } = ctx;
  const repo = createPeriodReportRepo(ctx.readDb);
  // Indexed again when a config change swaps the catalog's config (issue 17): a service added today has its department.
  const lookup = createCatalogIndex(catalog);
  const serviceOf = { get: lookup.service };
  const departmentOf = (service: string) => serviceOf.get(service)?.department ?? '?';
  const targetWait = (service: string) => serviceOf.get(service)?.targetWaitMinutes ?? null;
  const procedureOf = { get: lookup.procedure };
  const departmentName = { get: lookup.departmentName };

  function read({ from, to }: Period) {
    const start = startOfLocalDay(from);
    const end = startOfLocalDay(addDays(to, 1));
    const transferred = repo.transferredIds(from, to);
    const tickets: Ticket[] = repo.tickets(from, to).map((r) => reportTicket(r, transferred));
    const dossiers: Dossier[] = repo.dossiers(to, start).map((row) => ({
      status: row.status,
      receivedAt: row.received_at,
      returnedAt: row.returned_at,
      timeliness: row.timeliness,
      service: row.service,
      row,
    }));
    const asked = repo.supplements(start, end);
    return { start, end, tickets, dossiers, supplements: asked.map((r) => r.service), supplementProcedures: asked.map((r) => r.procedure_code) };
  }

  function figures(data: ReturnType<typeof read>, rules: TallyRules): PeriodFigures {
    return {
      tickets: ticketPeriodFigures(data.tickets, targetWait),
      dossiers: dossierPeriodFigures(data.dossiers, data.start, data.end, data.supplements.length),
      satisfaction: satisfactionFigures(data.tickets, rules),
    };
  }

  function report(kind: PeriodKind | 'range', period: Period): PeriodReport {
    const rules: TallyRules = { scale: catalog.config.queue.ratingScale, unansweredBy: clock.now() - catalog.config.queue.ratingTimeoutSeconds * 1000 };
    const data = read(period);
    const before = previousPeriod(period);

    const rows = (tickets: Map<string, Ticket[]>, label: (key: string) => string, dossierKey?: (service: string) => string): BreakdownRow[] => {
      const dossiersBy = dossierKey ? groupBy(data.dossiers, (d) => dossierKey(d.service)) : null;
      const supplementsBy = dossierKey ? groupBy(data.supplements, dossierKey) : null;
      const keys = new Set([...tickets.keys(), ...(dossiersBy?.keys() ?? [])]);
      return [...keys].map((key) => {
        const list = tickets.get(key) ?? [];
        return {
          key,
          label: label(key),
          tickets: ticketPeriodFigures(list, targetWait),
          satisfaction: satisfactionFigures(list, rules),
          dossiers: dossiersBy && supplementsBy ? dossierPeriodFigures(dossiersBy.get(key) ?? [], data.start, data.end, supplementsBy.get(key)?.length ?? 0) : null,
        };
      });
    };
    const byKey = (a: BreakdownRow, b: BreakdownRow) => a.key.localeCompare(b.key, 'en', { numeric: true });

    const today = localDay(clock.now());
    const lateList = lateDossiers(data.dossiers.map((d) => d.row), data.start, data.end, period.to < today ? period.to : today, departmentOf);

    const dossiersByProcedure = groupBy(data.dossiers, (d) => d.row.procedure_code);
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
          dossiers: dossierPeriodFigures(list, data.start, data.end, supplementsByProcedure.get(code)?.length ?? 0),
        };
      });

    const perDay = groupBy(data.tickets, (t) => t.day);
    const daily: PeriodReport['daily'] = [];
    for (let day = period.from; day <= period.to; day = addDays(day, 1)) {
      const f = ticketPeriodFigures(perDay.get(day) ?? [], targetWait);
      daily.push({ day, issued: f.issued, served: f.served, meanWaitMinutes: f.wait.meanMinutes });
    }

    const arrivals = [...groupBy(data.tickets, (t) => `${localIsoWeekday(t.issuedAt)}-${Math.floor(localMinuteOfDay(t.issuedAt) / 60)}`)]
      .map(([cell, list]) => {
        const [weekday, hour] = cell.split('-').map(Number) as [number, number];
        return { weekday, hour, issued: list.length };
      })
      .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour);

    return {
      kind,
      ...period,
      totals: figures(data, rules),
      previous: { ...before, totals: figures(read(before), rules) },
      lateDossiers: lateList,
      procedures,
      breakdowns: {
        departments: rows(groupBy(data.tickets, (t) => departmentOf(t.service)), (k) => departmentName.get(k) ?? k, departmentOf).sort(byKey),
        services: rows(groupBy(data.tickets, (t) => t.service), (k) => serviceOf.get(k)?.name.vi ?? k, (s) => s).sort(byKey),
        counters: rows(groupBy(data.tickets, (t) => (t.counter === null ? null : String(t.counter))), (k) => `Quầy ${k}`).sort(byKey),
        officers: rows(groupBy(data.tickets, (t) => t.officerId), (k) => users.get(k)?.name ?? '?').sort((a, b) => a.label.localeCompare(b.label, 'vi')),
        priorities: rows(groupBy(data.tickets, (t) => t.priority), (k) => (isPriorityClass(k) ? PRIORITY_LABELS[k].vi : k)).sort(byKey),
        sources: rows(groupBy(data.tickets, (t) => t.source), (k) => SOURCE_LABELS[k] ?? k).sort(byKey),
        hours: rows(groupBy(data.tickets, (t) => String(Math.floor(localMinuteOfDay(t.issuedAt) / 60)).padStart(2, '0')), (k) => `${k}:00`).sort(byKey),
      },
      arrivals,
      daily,
    };
  }

  return { report };
}

export type PeriodReportService = ReturnType<typeof createPeriodReportService>;
