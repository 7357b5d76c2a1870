/**
 * The late dossiers of a period: those returned late in it, and those still
 * pending at its end (or today, for a period not over yet) past their due
 * day. How late is counted in calendar days, as timeliness is. Pure.
 */
import type { LateDossier } from '@luot/protocol';
import { localDay, startOfLocalDay } from '../core/clock';
import type { PeriodDossierRow } from './period-report-repo';

const DAY_MS = 86_400_000;
const CLOSED_UNRETURNED = new Set(['refused', 'withdrawn', 'stopped']);
const daysBetween = (from: string, to: string) => Math.round((startOfLocalDay(to) - startOfLocalDay(from)) / DAY_MS);

/**
 * `start`/`end`: the period in ms, [start, end); `asOfDay`: its last day, or today if earlier. `rows` may
 * be a statement's iterator: only the late ones are kept, not a year's candidates as rows as well.
 */
export function lateDossiers(rows: Iterable<PeriodDossierRow>, start: number, end: number, asOfDay: string, departmentOf: (service: string) => string): LateDossier[] {
  const late: LateDossier[] = [];
  for (const d of rows) {
    if (d.appointment_at === null || d.received_at === null) continue;
    const dueDay = localDay(d.appointment_at);
    const base = { code: d.code ?? '', department: departmentOf(d.service), procedureCode: d.procedure_code, service: d.service, dueDay };
    const returnedInPeriod = d.returned_at !== null && d.returned_at >= start && d.returned_at < end;
    if (returnedInPeriod && d.timeliness === 'late') {
      const returnedDay = localDay(d.returned_at!);
      late.push({ ...base, returnedDay, daysLate: daysBetween(dueDay, returnedDay) });
    }
    const pendingAtEnd = d.received_at < end && (d.returned_at === null || d.returned_at >= end) && !CLOSED_UNRETURNED.has(d.status);
    if (pendingAtEnd && dueDay < asOfDay) late.push({ ...base, returnedDay: null, daysLate: daysBetween(dueDay, asOfDay) });
  }
  return late.sort((a, b) => b.daysLate - a.daysLate || a.code.localeCompare(b.code));
}
