/**
 * The dispatcher's statements on the outbox (core/outbox/queue-message.ts
 * writes its rows). Each write is one small statement of its own, outside the
 * command runner: a message's progress is nobody's event.
 */
import type { MessageKind, OutboxState, OutboxToday } from '@luot/protocol';
import { readOnly, type WritableDb } from '../core/db/handles';

export interface DueMessage {
  id: string;
  kind: MessageKind;
  phone: string | null;
  values: Record<string, string>;
  attempts: number;
  queuedAt: number;
}

export type OutboxRepo = ReturnType<typeof createOutboxRepo>;

export function createOutboxRepo(db: WritableDb) {
  const reads = readOnly(db);
  const inFlight = db.prepare<[number]>(`UPDATE outbox SET state = 'queued', next_at = ? WHERE state = 'sending'`);
  const due = reads.prepare<[number, number], { id: string; kind: MessageKind; phone: string | null; template_values: string; attempts: number; queued_at: number }>(
    `SELECT id, kind, phone, template_values, attempts, queued_at FROM outbox
     WHERE state = 'queued' AND next_at <= ? ORDER BY next_at LIMIT ?`,
  );
  const claim = db.prepare<[string, string]>(`UPDATE outbox SET state = 'sending', attempts = attempts + 1, sender = ? WHERE id = ? AND state = 'queued'`);
  // Sent: the phone and the values go at once (personal data kept only until the message is sent).
  const sent = db.prepare<[number, number, string]>(
    `UPDATE outbox SET state = 'sent', sent_at = ?, erased_at = ?, phone = NULL, template_values = '{}', last_error = NULL WHERE id = ? AND state = 'sending'`,
  );
  const later = db.prepare<[number, string, string]>(`UPDATE outbox SET state = 'queued', next_at = ?, last_error = ? WHERE id = ? AND state = 'sending'`);
  const giveUp = db.prepare<[number, string, string]>(
    `UPDATE outbox SET state = 'failed', erased_at = ?, phone = NULL, template_values = '{}', last_error = ? WHERE id = ? AND state IN ('queued', 'sending')`,
  );
  const counts = reads.prepare<[string], { state: OutboxState; failing: number; n: number }>(
    `SELECT state, (state = 'queued' AND attempts > 0) AS failing, COUNT(*) AS n FROM outbox WHERE day = ? GROUP BY 1, 2`,
  );
  const latest = reads.prepare<[string, number], { id: string; kind: MessageKind; state: OutboxState; attempts: number; queued_at: number; sent_at: number | null; next_at: number; last_error: string | null }>(
    `SELECT id, kind, state, attempts, queued_at, sent_at, next_at, last_error FROM outbox WHERE day = ? ORDER BY queued_at DESC LIMIT ?`,
  );

  return {
    /** At start: a message in flight when the hub stopped is sent again (the gateway's idempotency key, where it has one, keeps it single). */
    requeueInFlight: (now: number): number => inFlight.run(now).changes,
    due: (now: number, limit: number): DueMessage[] =>
      due.all(now, limit).map((r) => ({
        id: r.id,
        kind: r.kind,
        phone: r.phone,
        values: JSON.parse(r.template_values) as Record<string, string>,
        attempts: r.attempts,
        queuedAt: r.queued_at,
      })),
    /** Marks a message as being sent; false when another pass took it. */
    claim: (id: string, sender: string): boolean => claim.run(sender, id).changes === 1,
    markSent: (id: string, now: number): boolean => sent.run(now, now, id).changes === 1,
    retryAt: (id: string, nextAt: number, error: string): boolean => later.run(nextAt, error, id).changes === 1,
    giveUp: (id: string, now: number, error: string): boolean => giveUp.run(now, error, id).changes === 1,
    /** Today's outbox for the supervisor: counts by state, and the latest messages (no phone, no text). */
    today(day: string, sender: OutboxToday['sender'], limit = 50): OutboxToday {
      const n = { queued: 0, failing: 0, sent: 0, failed: 0 };
      for (const c of counts.all(day)) {
        if (c.state === 'queued' || c.state === 'sending') n[c.failing ? 'failing' : 'queued'] += c.n;
        else n[c.state] += c.n;
      }
      const messages = latest.all(day, limit).map((r) => ({
        id: r.id,
        kind: r.kind,
        state: r.state,
        attempts: r.attempts,
        queuedAt: r.queued_at,
        sentAt: r.sent_at,
        nextAt: r.state === 'queued' ? r.next_at : null,
        lastError: r.last_error,
      }));
      return { day, ...n, sender, messages };
    },
  };
}
