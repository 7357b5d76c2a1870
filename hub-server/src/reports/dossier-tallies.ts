/**
 * The period's dossier figures counted by SQLite, per service and procedure,
 * over the covering index of migration 0220: the same rows and the same
 * conditions as dossierPeriodFigures applies to them one by one (the raw
 * path), without bringing a year's dossiers into JavaScript. The late list
 * reads only its candidates, then lateDossiers decides as on the raw path.
 */
import type { DossierPeriodFigures } from '@luot/protocol';
import type { ReadableDb } from '../core/db/handles';
import type { PeriodDossierRow } from './period-report-repo';

export interface DossierTally {
  received: number;
  returned: number;
  early: number;
  onTime: number;
  late: number;
  pending: number;
}

export type DossierGroup = DossierTally & { service: string; procedure: string };

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

export const emptyDossierTally = (): DossierTally => ({ received: 0, returned: 0, early: 0, onTime: 0, late: 0, pending: 0 });

export function addDossierTally(into: DossierTally, t: DossierTally): void {
  into.received += t.received;
  into.returned += t.returned;
  into.early += t.early;
  into.onTime += t.onTime;
  into.late += t.late;
  into.pending += t.pending;
}

export function dossierFigures(t: DossierTally, supplementsAsked: number): DossierPeriodFigures {
  return { received: t.received, returned: t.returned, pending: t.pending, early: t.early, onTime: t.onTime, late: t.late, onTimePercent: percent(t.early + t.onTime, t.returned), supplementsAsked };
}

// The period's rows as period-report-repo reads them: received by its last day, not returned before its start.
const IN_REPORT = `day <= @to AND (returned_at IS NULL OR returned_at >= @start)`;
const RETURNED_IN = `returned_at >= @start AND returned_at < @end`;
const PENDING_AT_END = `received_at < @end AND (returned_at IS NULL OR returned_at >= @end) AND status NOT IN ('refused', 'withdrawn', 'stopped')`;

export function createDossierTallies(db: ReadableDb) {
  const groups = db.prepare<{ to: string; start: number; end: number }, DossierGroup>(
    `SELECT service, procedure_code AS procedure,
        COALESCE(SUM(received_at >= @start AND received_at < @end), 0) AS received,
        COALESCE(SUM(${RETURNED_IN}), 0) AS returned,
        COALESCE(SUM(${RETURNED_IN} AND timeliness = 'early'), 0) AS early,
        COALESCE(SUM(${RETURNED_IN} AND timeliness = 'on_time'), 0) AS onTime,
        COALESCE(SUM(${RETURNED_IN} AND timeliness = 'late'), 0) AS late,
        COALESCE(SUM(${PENDING_AT_END}), 0) AS pending
       FROM dossiers WHERE ${IN_REPORT} GROUP BY service, procedure_code ORDER BY MIN(rowid)`,
  );
  const lateCandidates = db.prepare<{ to: string; start: number; end: number; asOf: number }, PeriodDossierRow>(
    `SELECT code, service, procedure_code, status, received_at, appointment_at, returned_at, timeliness FROM dossiers
      WHERE ${IN_REPORT} AND ((${RETURNED_IN} AND timeliness = 'late') OR (${PENDING_AT_END} AND appointment_at < @asOf))`,
  );
  return {
    /** Per service and procedure, the counts dossierPeriodFigures makes, for the period [start, end) ending on the day `to`. */
    groups: (to: string, start: number, end: number) => groups.all({ to, start, end }),
    /**
     * The rows that may be late: returned late in the period, or pending at its end past a due time before `asOf` (ms).
     * Read one by one (a year has ~10,000): nothing else may use the connection until the pass is over.
     */
    lateCandidates: (to: string, start: number, end: number, asOf: number) => lateCandidates.iterate({ to, start, end, asOf }),
  };
}
