/**
 * A batch's events as the rows of `events`, built in one pass over the
 * validated batch: the columns reports filter on (action, ticket, counter) are
 * taken out here, only when they have the right JSON type, so PostgreSQL reads
 * each row's fields once (json_to_recordset) instead of walking the event's
 * JSON once per column.
 */
import type { ShippedEvent } from '@luot/protocol';

export interface EventRow {
  seq: number;
  at: number;
  day: string;
  type: string;
  action: string | null;
  ticket_id: string | null;
  counter: number | null;
  event: Record<string, unknown>;
}

const INT4_MAX = 2_147_483_647;

function whole(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= INT4_MAX ? v : null;
}

function field(o: unknown, key: string): unknown {
  return o !== null && typeof o === 'object' && !Array.isArray(o) ? (o as Record<string, unknown>)[key] : undefined;
}

export function eventRow(e: ShippedEvent): EventRow {
  let action: string | null = null;
  let ticketId: string | null = null;
  let counter: number | null = null;
  if (e.type === 'ticket') {
    const a = e.event.action;
    action = typeof a === 'string' ? a : null;
    const ticket = e.event.ticket;
    const id = field(ticket, 'id');
    ticketId = typeof id === 'string' ? id : null;
    counter = whole(field(ticket, 'counter'));
  } else if (e.type === 'counter') {
    counter = whole(field(e.event.counter, 'number'));
  }
  return { seq: e.seq, at: e.at, day: e.day, type: e.type, action, ticket_id: ticketId, counter, event: e.event };
}
