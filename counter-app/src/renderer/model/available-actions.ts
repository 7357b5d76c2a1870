/**
 * Which of the officer's actions make sense now, mirroring the hub's rules
 * (hub-server counters/counter-actions.ts) so a button is never offered only
 * to be refused. The hub still decides; this only greys buttons out. Where a
 * called ticket stands (auto-started, awaiting the citizen) is the protocol's
 * own reading (ticket-stage.ts), shared with the hub.
 */
import { awaitsCitizen, type CounterView, type TicketView } from '@luot/protocol';
import type { CounterAction } from './shortcuts';

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
