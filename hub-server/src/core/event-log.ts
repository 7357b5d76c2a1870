/** The append-only `events` table: the audit log, the broadcast sequence and the source of reports. */
import type { HallEvent } from '@luot/protocol';
import type { Db } from './db/open';

/** A hall event before the log gives it its sequence number. */
export type UnsequencedEvent = HallEvent extends infer E ? (E extends HallEvent ? Omit<E, 'seq'> : never) : never;

export type EventLog = ReturnType<typeof createEventLog>;

export function createEventLog(db: Db) {
  const insert = db.prepare<[number, string, string, string | null, string | null, number | null, string, string]>(
    'INSERT INTO events (at, day, type, action, ticket_id, counter, actor, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const last = db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM events');
  const since = db.prepare<[number, number], { payload: string; seq: number }>(
    'SELECT seq, payload FROM events WHERE seq > ? ORDER BY seq LIMIT ?',
  );

  return {
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
    lastSeq: (): number => last.get()?.seq ?? 0,
    /** Events after `seq`, oldest first (for audits and tests). */
    since: (seq: number, limit = 1000): HallEvent[] =>
      since.all(seq, limit).map((r) => ({ ...(JSON.parse(r.payload) as Omit<HallEvent, 'seq'>), seq: r.seq }) as HallEvent),
  };
}
