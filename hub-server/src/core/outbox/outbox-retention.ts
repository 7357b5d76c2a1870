/**
 * The retention job's catch-all for phone numbers kept to tell citizens
 * (issue 19): normally a phone goes when its message is sent or given up, or
 * when its ticket leaves the line; this erases what a crash or a bug left —
 * tickets' phones of past days or of tickets no longer waiting, and outbox
 * phones of messages done, or due more than two days ago and still unsent
 * (those are given up).
 */
import type { WritableDb } from '../db/handles';

/** How long past its time a message may still wait for a gateway before its phone is erased. */
export const OUTBOX_KEEP_MS = 2 * 24 * 60 * 60 * 1000;

export function createOutboxRetention(db: WritableDb) {
  // Two reads, each a range of the partial index tickets_to_notify (day, service): past days, then today's tickets out of the line.
  const pastDays = db.prepare<{ today: string; limit: number }>(
    `UPDATE tickets SET notify_phone = NULL WHERE id IN (
       SELECT id FROM tickets WHERE notify_phone IS NOT NULL AND day < @today LIMIT @limit)`,
  );
  const outOfLine = db.prepare<{ today: string; limit: number }>(
    `UPDATE tickets SET notify_phone = NULL WHERE id IN (
       SELECT id FROM tickets WHERE notify_phone IS NOT NULL AND day = @today AND state <> 'waiting' LIMIT @limit)`,
  );
  const outbox = db.prepare<{ now: number; before: number; limit: number }>(
    `UPDATE outbox SET
       state = CASE WHEN state IN ('queued', 'sending') THEN 'failed' ELSE state END,
       last_error = CASE WHEN state IN ('queued', 'sending') THEN 'not sent in time: erased by the retention job' ELSE last_error END,
       phone = NULL, template_values = '{}', erased_at = @now
     WHERE id IN (
       SELECT id FROM outbox WHERE phone IS NOT NULL AND (state IN ('sent', 'failed') OR next_at < @before) LIMIT @limit)`,
  );
  return {
    /** Erases up to `limit` leftover phones (tickets first, then the outbox); returns how many. */
    eraseLeftovers(today: string, now: number, limit: number): number {
      let fromTickets = pastDays.run({ today, limit }).changes;
      if (fromTickets < limit) fromTickets += outOfLine.run({ today, limit: limit - fromTickets }).changes;
      if (fromTickets >= limit) return fromTickets;
      return fromTickets + outbox.run({ now, before: now - OUTBOX_KEEP_MS, limit: limit - fromTickets }).changes;
    },
  };
}
