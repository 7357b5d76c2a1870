/**
 * Commands on tickets that are not a counter's own actions: issuing (kiosk,
 * HTTP API), rating, and the supervisor moving waiting tickets.
 */
import { v7 as uuidv7 } from 'uuid';
import {
  fail,
  formatTicketCode,
  luotError,
  ok,
  type PriorityClass,
  type Rating,
  type Result,
  type TicketReceipt,
  type TicketAction,
  type TicketSource,
  type TicketView,
} from '@luot/protocol';
import type { QueueContext } from './queue-context';
import type { CommandContext, Tx } from '../core/command-runner';
import type { LoadService } from './load-service';
import { toTicketView, type TicketRecord } from './ticket-repo';
import { estimateWaitMinutes } from './queue-rules';
import { createNearTurn } from './near-turn';

export interface IssueRequest {
  service: string;
  priority: PriorityClass;
  source: TicketSource;
  dossierId?: string | null;
  /** An appointment's slot end: the ticket is called ahead of walk-ins until then. */
  aheadUntil?: number | null;
  /** A mobile number (normalised) to tell when the ticket nears its turn; kept sealed until then. */
  phone?: string | null;
}

export type TicketService = ReturnType<typeof createTicketService>;

export function createTicketService(ctx: QueueContext, loads: LoadService) {
  const { catalog, tickets, run } = ctx;
  // Read at each use: a config change swaps the queue rules live (issue 17).
  const rules = () => catalog.config.queue;
  const nearTurn = createNearTurn(ctx);

  /** After a command moved the line of `services`: "you are N-th" messages, and the phone of a ticket that left it erased. */
  function lineMoved(tx: Tx, services: readonly string[], changed?: TicketRecord): void {
    nearTurn.check(tx, services, changed);
  }

  /** People ahead of a waiting ticket and its estimated wait. */
  function position(t: TicketRecord): { peopleAhead: number; estimatedWaitMinutes: number | null } {
    if (t.state !== 'waiting') return { peopleAhead: 0, estimatedWaitMinutes: t.state === 'called' || t.state === 'serving' ? 0 : null };
    const strict = rules().priorityRule.kind === 'strict';
    const inSlot = catalog.config.appointments.aheadOfWalkIns && t.aheadUntil != null && t.aheadUntil > ctx.clock.now();
    const ahead = inSlot ? tickets.countAheadOfAppointment(t, ctx.clock.now(), strict) : tickets.countAhead(t, strict);
    const open = loads.openCountersServing(t.service);
    return { peopleAhead: ahead, estimatedWaitMinutes: estimateWaitMinutes(ahead, open, loads.averageServiceMs(t.day, t.service)) };
  }

  function emitTicket(tx: Tx, action: TicketAction, t: TicketRecord, services: string[] = [t.service]) {
    tx.emit({ type: 'ticket', action, at: tx.now, ticket: toTicketView(t), loads: loads.loadsOf(services, tx.day, tx.now) });
    lineMoved(tx, services, t);
  }

  /**
   * Issues a ticket inside the caller's transaction, so another command (a
   * dossier registration) can issue one as part of its own single transaction.
   */
  function issueIn(tx: Tx, actor: string, req: IssueRequest): Result<TicketReceipt> {
    const service = catalog.service(req.service);
    if (!service) return fail(luotError('not_found', { vi: `Không có dịch vụ ${req.service}.`, en: `No service ${req.service}.` }, 'service'));
    if (req.priority !== 'none' && !service.priorities.includes(req.priority)) {
      return fail(luotError('priority_not_allowed', undefined, 'priority'));
    }
    const allowed = loads.checkIssuing(service, tx.day, tx.now);
    if (!allowed.ok) return allowed;
    const number = tickets.takeNumber(tx.day, service.code);
    // Time-ordered ids: each new ticket lands at the end of the id index, not on a random page.
    const ticket = tickets.insert({
      id: uuidv7(),
      day: tx.day,
      service: service.code,
      number,
      code: formatTicketCode(service.prefix, number, service.numberWidth),
      prefix: service.prefix,
      priority: req.priority,
      source: req.source,
      issuedAt: tx.now,
      issuedBy: actor,
      dossierId: req.dossierId ?? null,
      aheadUntil: req.aheadUntil ?? null,
    });
    if (service.sessionCap !== undefined) tickets.noteIssuedInSession(tx.day, service.code, allowed.value.sessionOpensAt);
    // Whether the service still issues after this ticket (its cap may be reached now).
    const { load, estimate } = loads.measure(service.code, tx.day, tx.now, allowed.value.issuingAfterOne);
    // One view for the event and the receipt: both are serialised, neither is changed afterwards.
    const view = toTicketView(ticket);
    tx.emit({ type: 'ticket', action: 'issued', at: tx.now, ticket: view, loads: [load] });
    if (req.phone) {
      nearTurn.keepPhone(ticket.id, req.phone);
      // Already N-th or nearer (a short line): told at once.
      lineMoved(tx, [ticket.service]);
    }
    // A new ticket is last of its class: everyone waiting is ahead of it, unless
    // the strict rule puts it before the regular tickets.
    const strictPriority = ticket.priority !== 'none' && rules().priorityRule.kind === 'strict';
    const inSlot = catalog.config.appointments.aheadOfWalkIns && ticket.aheadUntil != null && ticket.aheadUntil > tx.now;
    const ahead = inSlot
      ? tickets.countAheadOfAppointment(ticket, tx.now, rules().priorityRule.kind === 'strict')
      : strictPriority ? tickets.countAhead(ticket, true) : load.waiting - 1;
    return ok({ ticket: view, peopleAhead: ahead, estimatedWaitMinutes: estimate(ahead) });
  }

  function issue(cmd: CommandContext, req: IssueRequest): Promise<Result<TicketReceipt>> {
    return run(cmd, (tx) => issueIn(tx, cmd.actor, req));
  }

  /** Records the citizen's rating of a finished ticket (null: no answer in time). */
  function rate(cmd: CommandContext, ticketId: string, rating: Rating | null, counter: number | null): Promise<Result<TicketView>> {
    return run(cmd, (tx) => {
      const t = tickets.get(ticketId);
      if (!t) return fail(luotError('not_found', undefined, 'ticketId'));
      if (counter !== null && t.counter !== counter) return fail(luotError('forbidden', { vi: 'Lượt này không thuộc quầy của bạn.', en: 'This ticket was not served at your counter.' }));
      if (t.state !== 'done') return fail(luotError('invalid_state', { vi: 'Chỉ đánh giá được lượt đã phục vụ xong.', en: 'Only a finished ticket can be rated.' }));
      if (t.rated) return fail(luotError('conflict', { vi: 'Lượt này đã được đánh giá.', en: 'This ticket has already been rated.' }));
      if (rating !== null && catalog.config.queue.ratingScale === 3 && ![1, 3, 5].includes(rating)) {
        return fail(luotError('invalid_payload', { vi: 'Thang đánh giá 3 mức chỉ nhận 1, 3 hoặc 5.', en: 'The 3-level scale takes 1, 3 or 5.' }, 'rating'));
      }
      const updated: TicketRecord = { ...t, rating, rated: true };
      tickets.save(updated);
      emitTicket(tx, 'rated', updated);
      return ok(toTicketView(updated));
    });
  }

  /** Supervisor: moves waiting tickets to another service; they keep their place (issue time). */
  function move(cmd: CommandContext, ticketIds: string[], toService: string): Promise<Result<TicketView[]>> {
    return run(cmd, (tx) => {
      if (!catalog.service(toService)) return fail(luotError('not_found', undefined, 'toService'));
      const moved: TicketView[] = [];
      for (const [i, id] of ticketIds.entries()) {
        const t = tickets.get(id);
        if (!t || t.day !== tx.day) return fail(luotError('not_found', undefined, `ticketIds.${i}`));
        if (t.state !== 'waiting') return fail(luotError('invalid_state', { vi: `Số ${t.code} không còn đang chờ.`, en: `Ticket ${t.code} is no longer waiting.` }, `ticketIds.${i}`));
        const updated: TicketRecord = { ...t, service: toService, targetCounter: null };
        tickets.save(updated);
        emitTicket(tx, 'moved', updated, [t.service, toService]);
        moved.push(toTicketView(updated));
      }
      return ok(moved);
    });
  }

  return { issue, issueIn, rate, move, position, emitTicket, lineMoved };
}
