/**
 * "You are N-th in line" (issue 19): a citizen may leave a phone number at the
 * kiosk; it is kept sealed on the ticket (`tickets.notify_phone`) and, in the
 * transaction that moves the line so the ticket is N-th (N = the hall's
 * `notifications.nearTurnPosition`), moved into the outbox as one message and
 * erased from the ticket — so it is sent once, and the phone is kept only until
 * then. A ticket that leaves the line first (called out of order, cancelled,
 * expired) loses its phone the same way, unsent.
 */
import type { Tx } from '../core/command-runner';
import { queueMessage } from '../core/outbox/queue-message';
import type { QueueContext } from './queue-context';

const phonePlace = (ticketId: string) => ({ table: 'tickets', column: 'notify_phone', rowId: ticketId });

export type NearTurn = ReturnType<typeof createNearTurn>;

export function createNearTurn(ctx: QueueContext) {
  const { db, personal, tickets, catalog } = ctx;
  const position = catalog.config.notifications.nearTurnPosition;
  const strict = catalog.config.queue.priorityRule.kind === 'strict';
  const keep = db.prepare<[string, string]>('UPDATE tickets SET notify_phone = ? WHERE id = ?');
  const waitingWithPhone = db.prepare<[string, string], { id: string; notify_phone: string }>(
    `SELECT id, notify_phone FROM tickets WHERE day = ? AND service = ? AND notify_phone IS NOT NULL AND state = 'waiting'`,
  );
  const erase = db.prepare<[string]>('UPDATE tickets SET notify_phone = NULL WHERE id = ? AND notify_phone IS NOT NULL');

  return {
    /** Keeps the phone a citizen gave for this ticket (normalised by phoneSchema), sealed. */
    keepPhone(ticketId: string, phone: string): void {
      keep.run(personal.seal(phone, phonePlace(ticketId)), ticketId);
    },

    /**
     * After the line of `services` moved (inside the moving command's
     * transaction): queues the message of each ticket with a phone that is now
     * N-th or nearer, and erases the phone of `left`, a ticket that left the line.
     */
    check(tx: Tx, services: readonly string[], left?: { id: string; state: string }): void {
      if (left && left.state !== 'waiting') erase.run(left.id);
      for (const service of new Set(services)) {
        for (const row of waitingWithPhone.all(tx.day, service)) {
          const t = tickets.get(row.id);
          if (!t) continue;
          const ahead = tickets.countAhead(t, strict);
          if (ahead + 1 > position) continue;
          queueMessage(ctx, tx, {
            kind: 'near_turn',
            to: personal.open(row.notify_phone, phonePlace(t.id)),
            values: { ticket: t.code, position: String(ahead + 1) },
            cause: `ticket:${t.id}:near-turn`,
          });
          erase.run(t.id);
        }
      }
    },
  };
}
