/** The rows a period report reads: tickets by local day, dossiers by their times, transfers and supplement requests. */
import type { ReadableDb } from '../core/db/handles';

export interface PeriodTicketRow {
  id: string;
  day: string;
  service: string;
  priority: string;
  source: string;
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

export interface PeriodDossierRow {
  code: string | null;
  service: string;
  procedure_code: string;
  status: string;
  received_at: number | null;
  appointment_at: number | null;
  returned_at: number | null;
  timeliness: 'early' | 'on_time' | 'late' | null;
}

export function createPeriodReportRepo(db: ReadableDb) {
  const tickets = db.prepare<[string, string], PeriodTicketRow>(
    `SELECT id, day, service, priority, source, state, counter, officer_id, issued_at, called_at, serving_at, finished_at, rating, rated
       FROM tickets WHERE day BETWEEN ? AND ?`,
  );
  // Through events_day (day, type); a ticket transferred twice comes twice, and the Set below counts it once.
  const transferred = db.prepare<[string, string], { ticket_id: string | null }>(
    `SELECT ticket_id FROM events WHERE day BETWEEN ? AND ? AND type = 'ticket' AND action = 'transferred'`,
  );
  // Every dossier a figure of the period can touch: received by its last day (dossiers_day: \`day\` is the
  // local day of reception, set with the code) and not returned before its start.
  const dossiers = db.prepare<[string, number], PeriodDossierRow>(
    `SELECT code, service, procedure_code, status, received_at, appointment_at, returned_at, timeliness
       FROM dossiers WHERE day <= ? AND (returned_at IS NULL OR returned_at >= ?)`,
  );
  const supplements = db.prepare<[number, number], { service: string; procedure_code: string }>(
    `SELECT d.service, d.procedure_code FROM dossier_history h JOIN dossiers d INDEXED BY dossiers_kind ON d.id = h.dossier_id
      WHERE h.to_status = 'supplement_requested' AND h.at >= ? AND h.at < ?`,
  );
  return {
    tickets: (from: string, to: string) => tickets.all(from, to),
    transferredIds: (from: string, to: string) => new Set(transferred.all(from, to).flatMap((r) => (r.ticket_id === null ? [] : [r.ticket_id]))),
    /** Dossiers received by the day `to` and not returned before `start` (ms). */
    dossiers: (to: string, start: number) => dossiers.all(to, start),
    /** One row per supplement request made in [start, end): the dossier's service and procedure. */
    supplements: (start: number, end: number) => supplements.all(start, end),
  };
}

export type PeriodReportRepo = ReturnType<typeof createPeriodReportRepo>;
