/** The cursor in SQLite and the events after it: small reads, one-row writes, never inside a command. */
import type { WritableDb } from '../core/db/handles';
import type { DossierRow, EventRow } from './ship-rules';

export interface LinkState {
  cursor: number;
  /** The highest dossier history id the province acknowledged. */
  dossierCursor: number;
  lastSuccessAt: number | null;
  lastError: string | null;
}

export function createLinkRepo(db: WritableDb) {
  const state = db.prepare<[], { cursor: number; dossier_cursor: number; last_success_at: number | null; last_error: string | null }>(
    'SELECT cursor, dossier_cursor, last_success_at, last_error FROM province_link WHERE id = 1',
  );
  // Each dossier changed after the cursor once, in its latest state: the max id of its history rows after the
  // cursor is its latest change (a range read on the history's primary key, whatever the history's size).
  const dossiersAfter = db.prepare<[number, number], DossierRow>(
    `SELECT d.id, v.version, d.service, d.procedure_code, d.status, d.received_at, d.returned_at, d.timeliness,
            (SELECT json_group_array(s.at) FROM dossier_history s WHERE s.dossier_id = d.id AND s.to_status = 'supplement_requested') AS supplements
       FROM (SELECT dossier_id, MAX(id) AS version FROM dossier_history WHERE id > ? GROUP BY dossier_id) v
       JOIN dossiers d ON d.id = v.dossier_id
      ORDER BY v.version LIMIT ?`,
  );
  // A ticket event goes with the officer the tickets table holds for its ticket now (see ShippedOfficer): the
  // source of the hall's own per-officer figures. One primary-key lookup per ticket event, off the command path.
  const after = db.prepare<[number, number], EventRow>(
    `SELECT e.seq, e.at, e.day, e.type, e.payload, t.id IS NOT NULL AS ticket_known, t.officer_id, u.name AS officer_name
       FROM events e
       LEFT JOIN tickets t ON e.type = 'ticket' AND t.id = json_extract(e.payload, '$.ticket.id')
       LEFT JOIN users u ON u.id = t.officer_id
      WHERE e.seq > ? ORDER BY e.seq LIMIT ?`,
  );
  const lastSeq = db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM events');
  const lastDossierVersion = db.prepare<[], { id: number | null }>('SELECT MAX(id) AS id FROM dossier_history');
  const acked = db.prepare<[number, number, number, number]>(
    'UPDATE province_link SET cursor = ?, dossier_cursor = ?, last_success_at = ?, last_attempt_at = ?, last_error = NULL WHERE id = 1',
  );
  const failed = db.prepare<[string, number]>('UPDATE province_link SET last_error = ?, last_attempt_at = ? WHERE id = 1');
  return {
    state(): LinkState {
      const row = state.get();
      return { cursor: row?.cursor ?? 0, dossierCursor: row?.dossier_cursor ?? 0, lastSuccessAt: row?.last_success_at ?? null, lastError: row?.last_error ?? null };
    },
    eventsAfter: (cursor: number, limit: number): EventRow[] => after.all(cursor, limit),
    lastSeq: (): number => lastSeq.get()?.seq ?? 0,
    dossiersAfter: (cursor: number, limit: number): DossierRow[] => dossiersAfter.all(cursor, limit),
    lastDossierVersion: (): number => lastDossierVersion.get()?.id ?? 0,
    saveAck(cursor: number, dossierCursor: number, at: number): void {
      acked.run(cursor, dossierCursor, at, at);
    },
    saveFailure(message: string, at: number): void {
      failed.run(message, at);
    },
  };
}
export type LinkRepo = ReturnType<typeof createLinkRepo>;
