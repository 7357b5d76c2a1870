/** The append-only `events` table: the audit log, the broadcast sequence and the source of reports. */
import type { HallEvent } from '@luot/protocol';
import { readOnly, type ReadableDb, type WritableDb } from './db/handles';

/** A hall event before the log gives it its sequence number. */
export type UnsequencedEvent = HallEvent extends infer E ? (E extends HallEvent ? Omit<E, 'seq'> : never) : never;

/** What read paths get: every query, no write. */
export type EventLogReads = ReturnType<typeof createEventLogReads>;
export type EventLog = ReturnType<typeof createEventLog>;

export function createEventLogReads(db: ReadableDb) {
  const last = db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM events');
  const since = db.prepare<[number, number], { payload: string; seq: number }>(
    'SELECT seq, payload FROM events WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  return {
    lastSeq: (): number => last.get()?.seq ?? 0,
    /** Events after `seq`, oldest first (for audits and tests). */
    since: (seq: number, limit = 1000): HallEvent[] =>
      since.all(seq, limit).map((r) => ({ ...(JSON.parse(r.payload) as Omit<HallEvent, 'seq'>), seq: r.seq }) as HallEvent),
  };
}

/** The queries and the writes; a write statement is prepared on the write handle only. */
export function createEventLog(db: WritableDb) {
  const insert = db.prepare<[number, string, string, string | null, string | null, number | null, string, string]>(
    'INSERT INTO events (at, day, type, action, ticket_id, counter, actor, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return {
    ...createEventLogReads(readOnly(db)),
    /** Appends an event and returns it with its sequence number. */
    append(event: UnsequencedEvent, day: string, actor: string): HallEvent {
      const action = event.type === 'ticket' ? event.action : null;
      const ticketId = event.type === 'ticket' ? event.ticket.id : null;
      const counter =
        event.type === 'ticket' ? event.ticket.counter : event.type === 'counter' ? event.counter.number : null;
      const info = insert.run(event.at, day, event.type, action, ticketId, counter, actor, JSON.stringify(event));
      const seq = Number(info.lastInsertRowid);
      return { ...event, seq } as HallEvent;
    },
  };
}
