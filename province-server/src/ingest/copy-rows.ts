/**
 * A batch's rows as COPY text (PostgreSQL's bulk load format), for a batch
 * that cannot meet a stored row (see migration 0051). The event time goes as
 * ISO text; a resend of the same event later takes the INSERT path, which
 * computes `to_timestamp(at / 1000.0)` in double precision, and the two must
 * land on the same key, so a time whose double-precision microsecond is not
 * exactly its millisecond (far outside our era) makes the batch go by INSERT.
 */
import type { EventRow } from './event-rows';

/** Seconds from 1970 to 2000, PostgreSQL's own epoch, which its to_timestamp converts through. */
const PG_EPOCH_S = 946_684_800;

/** Whether PostgreSQL's to_timestamp(at / 1000.0) is exactly `at` ms (same IEEE doubles as Node's). */
export function exactInDoubles(at: number): boolean {
  const exact = (at - PG_EPOCH_S * 1000) * 1000;
  // Past 2^53 µs from 2000 (about 285 years) the exact side is no longer exact in a double either: not checked, so no.
  if (!(Math.abs(exact) < Number.MAX_SAFE_INTEGER)) return false;
  return Math.abs((at / 1000 - PG_EPOCH_S) * 1e6 - exact) < 0.5;
}

/** COPY text escaping: backslash, and the characters that end a field or a line. */
function field(v: string | number | null): string {
  if (v === null) return '\\N';
  if (typeof v === 'number') return String(v);
  return /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : v;
}

/** The COPY columns, in the order copyText writes them. */
export const COPY_COLUMNS = '(hall_id, seq, at, day, type, action, ticket_id, counter, event)';

/** The rows as COPY text, or null when a time cannot go that way. */
export function copyText(hallId: string, rows: readonly EventRow[]): string | null {
  let text = '';
  for (const r of rows) {
    if (!exactInDoubles(r.at)) return null;
    // JSON.stringify escapes every control character, so only its backslashes need COPY's escaping.
    const json = JSON.stringify(r.event);
    const event = json.includes('\\') ? json.replaceAll('\\', '\\\\') : json;
    text += `${field(hallId)}\t${r.seq}\t${new Date(r.at).toISOString()}\t${field(r.day)}\t${field(r.type)}\t${field(r.action)}\t${field(r.ticket_id)}\t${field(r.counter)}\t${event}\n`;
  }
  return text;
}
