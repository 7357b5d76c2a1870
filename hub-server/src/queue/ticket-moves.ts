/**
 * Pure: how a ticket at a counter moves from one state to the next — recall,
 * start serving, finish, no-show, transfer, re-activate, expire at day end —
 * and when a move is refused (with the message the officer sees). The
 * counter actions load the ticket, apply one of these, save and broadcast.
 */
import { awaitsCitizen, fail, isAutoStarted, luotError, ok, type Outcome, type Result } from '@luot/protocol';
import type { TicketRecord } from './ticket-repo';

/** One more announcement of the called number, up to the hall's recall limit. */
export function recallMove(t: TicketRecord, recallLimit: number): Result<TicketRecord> {
  if (!awaitsCitizen(t)) return fail(luotError('invalid_state', { vi: 'Công dân đã được phục vụ, không cần gọi lại.', en: 'The citizen is already being served.' }));
  if (t.recallCount >= recallLimit) {
    return fail(luotError('recall_limit_reached', {
      vi: `Đã gọi lại ${recallLimit} lần. Có thể báo vắng mặt.`,
      en: `Recalled ${recallLimit} times already. You may mark a no-show.`,
    }));
  }
  return ok({ ...t, recallCount: t.recallCount + 1 });
}

/**
 * The citizen is at the counter: serving counts from now. Null when it is
 * already being served (nothing to do). An auto-started ticket gets a serving
 * time at least a millisecond after its call, so it is never again taken for
 * one still waiting for the citizen.
 */
export function startServingMove(t: TicketRecord, now: number): TicketRecord | null {
  if (t.state === 'serving' && !isAutoStarted(t)) return null;
  const servingAt = t.calledAt === null ? now : Math.max(now, t.calledAt + 1);
  return { ...t, state: 'serving', servingAt };
}

/** Served: done with an outcome (serving from now if it never started). */
export const finishMove = (t: TicketRecord, outcome: Outcome, now: number): TicketRecord => ({
  ...t,
  state: 'done',
  outcome,
  servingAt: t.servingAt ?? now,
  finishedAt: now,
});

/** The citizen did not come: only while the counter still waits for them. */
export function noShowMove(t: TicketRecord, now: number): Result<TicketRecord> {
  if (!awaitsCitizen(t)) return fail(luotError('invalid_state', { vi: 'Công dân đang được phục vụ, không thể báo vắng.', en: 'The citizen is being served; not a no-show.' }));
  return ok({ ...t, state: 'no_show', servingAt: null, finishedAt: now });
}

/**
 * Back to waiting for another service (`service`) or one counter
 * (`targetCounter`), keeping its place (issue time) unless sent to the front.
 */
export const transferMove = (t: TicketRecord, service: string, targetCounter: number | null, toFront: boolean): TicketRecord => ({
  ...t,
  state: 'waiting',
  service,
  targetCounter,
  front: toFront,
  calledAt: null,
  servingAt: null,
  counter: null,
  officerId: null,
  recallCount: 0,
});

/** A no-show of today back in the queue at its original place. */
export function reactivateMove(t: TicketRecord, today: string): Result<TicketRecord> {
  if (t.day !== today) return fail(luotError('invalid_state', { vi: 'Chỉ khôi phục được số của hôm nay.', en: "Only today's tickets can be re-activated." }, 'ticketId'));
  if (t.state !== 'no_show') return fail(luotError('invalid_state', { vi: `Số ${t.code} không ở trạng thái vắng mặt.`, en: `Ticket ${t.code} is not a no-show.` }, 'ticketId'));
  return ok({ ...t, state: 'waiting', counter: null, officerId: null, calledAt: null, finishedAt: null, recallCount: 0 });
}

/** Day end: a ticket still live from an earlier day expires. */
export const expireMove = (t: TicketRecord, now: number): TicketRecord => ({ ...t, state: 'expired', finishedAt: now });
