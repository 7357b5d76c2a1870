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
  const transferred = db.prepare<[string, string], { ticket_id: string }>(
    `SELECT DISTINCT ticket_id FROM events WHERE day BETWEEN ? AND ? AND type = 'ticket' AND action = 'transferred' AND ticket_id IS NOT NULL`,
  );
  // Every dossier a figure of [start, end) can touch: received before the end and not returned before the start.
  const dossiers = db.prepare<[number, number], PeriodDossierRow>(
    `SELECT code, service, procedure_code, status, received_at, appointment_at, returned_at, timeliness
       FROM dossiers WHERE received_at IS NOT NULL AND received_at < ? AND (returned_at IS NULL OR returned_at >= ?)`,
  );
  const supplements = db.prepare<[number, number], { service: string }>(
    `SELECT d.service FROM dossier_history h JOIN dossiers d ON d.id = h.dossier_id
      WHERE h.to_status = 'supplement_requested' AND h.at >= ? AND h.at < ?`,
  );
  return {
    tickets: (from: string, to: string) => tickets.all(from, to),
    transferredIds: (from: string, to: string) => new Set(transferred.all(from, to).map((r) => r.ticket_id)),
    dossiers: (start: number, end: number) => dossiers.all(end, start),
    supplementServices: (start: number, end: number) => supplements.all(start, end).map((r) => r.service),
  };
}

export type PeriodReportRepo = ReturnType<typeof createPeriodReportRepo>;
