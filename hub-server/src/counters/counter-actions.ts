/**
 * What an officer does at a counter: call next, call a given number, recall,
 * start serving, finish, no-show, transfer, re-activate. Each is one command.
 */
import { fail, luotError, ok, ticketPrefixOf, type CallView, type Outcome, type Result, type TicketView } from '@luot/protocol';
import type { CommandContext, Tx } from '../core/command-runner';
import type { CounterContext } from './counter-context';
import type { LoadService } from '../queue/load-service';
import { chooseNext } from '../queue/queue-rules';
import { toTicketView, type TicketRecord } from '../queue/ticket-repo';
import { finishMove, noShowMove, reactivateMove, recallMove, startServingMove, transferMove } from '../queue/ticket-moves';
import type { TicketService } from '../queue/ticket-service';
import { counterView, type CounterRecord } from './counter-repo';

export type TransferTarget = { service: string } | { counter: number };

export type CounterActions = ReturnType<typeof createCounterActions>;

export function createCounterActions(ctx: CounterContext, loads: LoadService, ticketService: TicketService) {
  const { catalog, tickets, counters, run } = ctx;

  /** What a call says of its ticket: the code and its parts, so boards need not split it. */
  const callPartsOf = (t: TicketRecord): Pick<CallView, 'ticketId' | 'code' | 'prefix' | 'number' | 'service'> => {
    // Tickets issued before the hub kept their prefix: worked out from the config, as then.
    const prefix = t.prefix !== '' ? t.prefix : ticketPrefixOf(t.code, t.number, catalog.config.services);
    return { ticketId: t.id, code: t.code, prefix, number: t.number, service: t.service };
  };
  // Read at each use: a config change swaps the queue rules live (issue 17).
  const rules = () => catalog.config.queue;

  function emitCounter(tx: Tx, c: CounterRecord): void {
    tx.emit({ type: 'counter', at: tx.now, counter: counterView(ctx, c), loads: loads.loadsOf(catalog.counter(c.number)?.services ?? [], tx.day, tx.now) });
  }

  /** The counter, checked open; the officer must be the one signed in there (admins may act on any). */
  function openCounter(number: number): Result<CounterRecord> {
    const c = counters.get(number);
    if (!c || !catalog.counter(number)) return fail(luotError('not_found', { vi: `Không có quầy số ${number}.`, en: `No counter ${number}.` }, 'counter'));
    if (c.state !== 'open') return fail(luotError('counter_not_open'));
    return ok(c);
  }

  function currentTicket(c: CounterRecord): Result<TicketRecord> {
    const t = c.currentTicketId ? tickets.get(c.currentTicketId) : undefined;
    if (!t || (t.state !== 'called' && t.state !== 'serving')) return fail(luotError('no_current_ticket'));
    return ok(t);
  }

  function refuseIfBusy(c: CounterRecord): Result<null> {
    const t = c.currentTicketId ? tickets.get(c.currentTicketId) : undefined;
    if (t && (t.state === 'called' || t.state === 'serving')) {
      return fail(
        luotError('invalid_state', {
          vi: `Quầy đang có số ${t.code}: hãy kết thúc, chuyển hoặc báo vắng trước khi gọi số mới.`,
          en: `Ticket ${t.code} is still at this counter: finish, transfer or mark it no-show first.`,
        }),
      );
    }
    return ok(null);
  }

  /** Calls a ticket to the counter and announces it. */
  function call(tx: Tx, c: CounterRecord, t: TicketRecord, officerId: string | null, regularStreak: number): TicketView {
    const serving = rules().autoStartServing;
    const called: TicketRecord = {
      ...t,
      state: serving ? 'serving' : 'called',
      calledAt: tx.now,
      servingAt: serving ? tx.now : null,
      counter: c.number,
      officerId,
      recallCount: 0,
      front: false,
      targetCounter: null,
    };
    tickets.save(called);
    const updatedCounter: CounterRecord = { ...c, currentTicketId: t.id, regularStreak };
    counters.save(updatedCounter);
    const callView: CallView = { ...callPartsOf(t), counter: c.number, at: tx.now, recall: 0 };
    tx.emit({ type: 'ticket', action: 'called', at: tx.now, ticket: toTicketView(called), loads: loads.loadsOf([t.service], tx.day, tx.now), call: callView });
    ticketService.lineMoved(tx, [t.service], called);
    emitCounter(tx, updatedCounter);
    return toTicketView(called);
  }

  function callNext(cmd: CommandContext, number: number, officerId: string | null): Promise<Result<TicketView | null>> {
    return run(cmd, (tx) => {
      const c = openCounter(number);
      if (!c.ok) return c;
      const busy = refuseIfBusy(c.value);
      if (!busy.ok) return busy;
      const config = catalog.counter(number)!;
      // Appointments within their slot go ahead of walk-ins when the hall says so (hall config `appointments`).
      const appointmentsAhead = catalog.config.appointments.aheadOfWalkIns;
      const candidates = tickets.candidatesFor(tx.day, config.services, number, appointmentsAhead ? tx.now : null);
      const choice = chooseNext(candidates, { number, services: config.services, regularStreak: c.value.regularStreak }, { ...rules(), appointmentsAhead }, tx.now);
      if (!choice) return ok(null);
      return ok(call(tx, c.value, choice.ticket, officerId, choice.regularStreak));
    });
  }

  /** Calls a given number: someone who came back (a no-show of today) or a ticket the officer picks. */
  function callNumber(cmd: CommandContext, number: number, code: string, officerId: string | null): Promise<Result<TicketView>> {
    return run(cmd, (tx) => {
      const c = openCounter(number);
      if (!c.ok) return c;
      const busy = refuseIfBusy(c.value);
      if (!busy.ok) return busy;
      const t = tickets.getByCode(tx.day, code);
      if (!t) return fail(luotError('not_found', { vi: `Không có số ${code} trong hôm nay.`, en: `No ticket ${code} today.` }, 'code'));
      if (t.state !== 'waiting' && t.state !== 'no_show') {
        return fail(luotError('invalid_state', { vi: `Số ${code} không ở trạng thái chờ hoặc vắng mặt.`, en: `Ticket ${code} is neither waiting nor a no-show.` }, 'code'));
      }
      return ok(call(tx, c.value, t, officerId, c.value.regularStreak));
    });
  }

  function recall(cmd: CommandContext, number: number): Promise<Result<TicketView>> {
    return run(cmd, (tx) => {
      const c = openCounter(number);
      if (!c.ok) return c;
      const t = currentTicket(c.value);
      if (!t.ok) return t;
      const moved = recallMove(t.value, rules().recallLimit);
      if (!moved.ok) return moved;
      const recalled = moved.value;
      tickets.save(recalled);
      const callView: CallView = { ...callPartsOf(recalled), counter: number, at: tx.now, recall: recalled.recallCount };
      tx.emit({ type: 'ticket', action: 'recalled', at: tx.now, ticket: toTicketView(recalled), loads: [], call: callView });
      return ok(toTicketView(recalled));
    });
  }

  function startServing(cmd: CommandContext, number: number): Promise<Result<TicketView>> {
    return run(cmd, (tx) => {
      const c = openCounter(number);
      if (!c.ok) return c;
      const t = currentTicket(c.value);
      if (!t.ok) return t;
      const serving = startServingMove(t.value, tx.now);
      if (serving === null) return ok(toTicketView(t.value));
      tickets.save(serving);
      ticketService.emitTicket(tx, 'serving', serving);
      return ok(toTicketView(serving));
    });
  }

  /** Ends the current ticket (finish or no-show) and frees the counter. Works on a paused counter too. */
  function endCurrent(cmd: CommandContext, number: number, end: (t: TicketRecord, now: number) => Result<TicketRecord>, action: 'finished' | 'no_show'): Promise<Result<TicketView>> {
    return run(cmd, (tx) => {
      const c = counters.get(number);
      if (!c) return fail(luotError('not_found', undefined, 'counter'));
      const t = currentTicket(c);
      if (!t.ok) return t;
      const ended = end(t.value, tx.now);
      if (!ended.ok) return ended;
      tickets.save(ended.value);
      const freed: CounterRecord = { ...c, currentTicketId: null };
      counters.save(freed);
      ticketService.emitTicket(tx, action, ended.value);
      emitCounter(tx, freed);
      return ok(toTicketView(ended.value));
    });
  }

  const finish = (cmd: CommandContext, number: number, outcome: Outcome) =>
    endCurrent(cmd, number, (t, now) => ok(finishMove(t, outcome, now)), 'finished');

  const noShow = (cmd: CommandContext, number: number) =>
    endCurrent(cmd, number, noShowMove, 'no_show');

  /** Sends the current ticket to another service or counter; it keeps its place unless sent to the front. */
  function transfer(cmd: CommandContext, number: number, to: TransferTarget, toFront: boolean): Promise<Result<TicketView>> {
    return run(cmd, (tx) => {
      const c = counters.get(number);
      if (!c) return fail(luotError('not_found', undefined, 'counter'));
      const t = currentTicket(c);
      if (!t.ok) return t;
      let service = t.value.service;
      let targetCounter: number | null = null;
      if ('service' in to) {
        if (!catalog.service(to.service)) return fail(luotError('not_found', { vi: `Không có dịch vụ ${to.service}.`, en: `No service ${to.service}.` }, 'to.service'));
        service = to.service;
      } else {
        if (!catalog.counter(to.counter)) return fail(luotError('not_found', { vi: `Không có quầy số ${to.counter}.`, en: `No counter ${to.counter}.` }, 'to.counter'));
        if (to.counter === number) return fail(luotError('invalid_payload', { vi: 'Không thể chuyển về chính quầy này.', en: 'Cannot transfer to the same counter.' }, 'to.counter'));
        targetCounter = to.counter;
      }
      const moved = transferMove(t.value, service, targetCounter, toFront);
      tickets.save(moved);
      const freed: CounterRecord = { ...c, currentTicketId: null };
      counters.save(freed);
      ticketService.emitTicket(tx, 'transferred', moved, [t.value.service, service]);
      emitCounter(tx, freed);
      return ok(toTicketView(moved));
    });
  }

  /** Puts a no-show of today back in the queue at its original place. */
  function reactivate(cmd: CommandContext, ticketId: string): Promise<Result<TicketView>> {
    return run(cmd, (tx) => {
      const t = tickets.get(ticketId);
      if (!t) return fail(luotError('not_found', undefined, 'ticketId'));
      const moved = reactivateMove(t, tx.day);
      if (!moved.ok) return moved;
      const back = moved.value;
      tickets.save(back);
      ticketService.emitTicket(tx, 'reactivated', back);
      return ok(toTicketView(back));
    });
  }

  return { callNext, callNumber, recall, startServing, finish, noShow, transfer, reactivate, emitCounter, openCounter };
}
