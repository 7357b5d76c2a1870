/**
 * Which of the officer's actions make sense now, mirroring the hub's rules
 * (hub-server counters/counter-actions.ts) so a button is never offered only
 * to be refused. The hub still decides; this only greys buttons out.
 */
import type { CounterView, TicketView } from '@luot/protocol';
import type { CounterAction } from './shortcuts';

/**
 * A ticket the hall started serving on the call (autoStartServing) that the
 * officer has not acted on yet: the citizen may not have come, so it can still
 * be recalled or marked no-show (the hub's rule: serving since the call).
 */
export function isAutoStarted(ticket: TicketView): boolean {
  return ticket.state === 'serving' && ticket.servingAt !== null && ticket.servingAt === ticket.calledAt;
}

/** Called and the citizen not here yet: called, or auto-started and not acted on. */
export function awaitsCitizen(ticket: TicketView): boolean {
  return ticket.state === 'called' || isAutoStarted(ticket);
}

export function availableActions(counter: CounterView | null, current: TicketView | null): Set<CounterAction> {
  const actions = new Set<CounterAction>(['reactivate']);
  if (counter === null) return actions;
  const open = counter.state === 'open';
  const active = current !== null && (current.state === 'called' || current.state === 'serving');
  if (open && !active) {
    actions.add('callNext');
    actions.add('callNumber');
  }
  if (active) {
    actions.add('finish');
    actions.add('transfer');
    if (awaitsCitizen(current)) {
      actions.add('recall');
      actions.add('startServing');
      actions.add('noShow');
    }
  }
  // Pause while serving is allowed (the citizen in front is finished later);
  // closing is not: the hub refuses to close with a ticket at the counter.
  // On a closed counter the same key opens it again (signing in anew).
  actions.add('pauseOrResume');
  if (counter.state !== 'closed' && !active) actions.add('close');
  return actions;
}
