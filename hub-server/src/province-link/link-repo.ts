/** The cursor in SQLite and the events after it: small reads, one-row writes, never inside a command. */
import type { WritableDb } from '../core/db/handles';
import type { EventRow } from './ship-rules';

export interface LinkState {
  cursor: number;
  lastSuccessAt: number | null;
  lastError: string | null;
}

export function createLinkRepo(db: WritableDb) {
  const state = db.prepare<[], { cursor: number; last_success_at: number | null; last_error: string | null }>(
    'SELECT cursor, last_success_at, last_error FROM province_link WHERE id = 1',
  );
  const after = db.prepare<[number, number], EventRow>('SELECT seq, at, day, type, payload FROM events WHERE seq > ? ORDER BY seq LIMIT ?');
  const lastSeq = db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM events');
  const acked = db.prepare<[number, number, number]>('UPDATE province_link SET cursor = ?, last_success_at = ?, last_attempt_at = ?, last_error = NULL WHERE id = 1');
  const failed = db.prepare<[string, number]>('UPDATE province_link SET last_error = ?, last_attempt_at = ? WHERE id = 1');
  return {
    state(): LinkState {
      const row = state.get();
      return { cursor: row?.cursor ?? 0, lastSuccessAt: row?.last_success_at ?? null, lastError: row?.last_error ?? null };
    },
    eventsAfter: (cursor: number, limit: number): EventRow[] => after.all(cursor, limit),
    lastSeq: (): number => lastSeq.get()?.seq ?? 0,
    saveAck(cursor: number, at: number): void {
      acked.run(cursor, at, at);
    },
    saveFailure(message: string, at: number): void {
      failed.run(message, at);
    },
  };
}
export type LinkRepo = ReturnType<typeof createLinkRepo>;
