/**
 * Counter commands on the sockets: an officer signed in at a counter calls,
 * serves, finishes and rates; a supervisor sets any counter's state.
 */
import { fail, luotError, type Principal } from '@luot/protocol';
import { commandOf } from '../auth/auth-service';
import type { Reply } from '../core/transport/bind-command';
import type { HubNamespaces } from '../core/transport/namespaces';
import type { TicketService } from '../queue/ticket-service';
import type { CounterActions } from './counter-actions';
import type { CounterContext } from './counter-context';
import type { CounterService } from './counter-service';

type Staff = Extract<Principal, { kind: 'staff' }>;
const isStaff = (p: Principal): p is Staff => p.kind === 'staff';

export interface CounterGatewayDeps {
  ctx: Pick<CounterContext, 'counters'>;
  tickets: TicketService;
  actions: CounterActions;
  counters: CounterService;
}

export function registerCounterGateway(ns: HubNamespaces, deps: CounterGatewayDeps): void {
  const { ctx, tickets, actions, counters } = deps;
  const cmd = commandOf;

  ns.commands('counter', (b) => {
    /** Runs an action at the counter the officer is signed in at. */
    const atMyCounter = <T>(p: Principal, run: (number: number, officer: Staff) => Reply<T>): Reply<T> => {
      if (!isStaff(p)) return fail(luotError('forbidden'));
      const mine = ctx.counters.ofOfficer(p.userId);
      if (!mine) return fail(luotError('counter_not_signed_in'));
      return run(mine.number, p);
    };
    b.bind('counter:sign-in', (c, p, e) => {
      if (!isStaff(p)) return fail(luotError('forbidden'));
      return counters.signIn(cmd(p, e, c.commandId), p.userId, c.counter, p.counterDeviceId);
    });
    b.bind('counter:sign-out', (c, p, e) => atMyCounter(p, (n) => counters.signOut(cmd(p, e, c.commandId), n)));
    b.bind('counter:call-next', (c, p, e) => atMyCounter(p, (n, o) => actions.callNext(cmd(p, e, c.commandId), n, o.userId)));
    b.bind('counter:call-number', (c, p, e) =>
      atMyCounter(p, (n, o) => actions.callNumber(cmd(p, e, c.commandId), n, c.code, o.userId)),
    );
    b.bind('counter:recall', (c, p, e) => atMyCounter(p, (n) => actions.recall(cmd(p, e, c.commandId), n)));
    b.bind('counter:start-serving', (c, p, e) => atMyCounter(p, (n) => actions.startServing(cmd(p, e, c.commandId), n)));
    b.bind('counter:finish', (c, p, e) => atMyCounter(p, (n) => actions.finish(cmd(p, e, c.commandId), n, c.outcome)));
    b.bind('counter:no-show', (c, p, e) => atMyCounter(p, (n) => actions.noShow(cmd(p, e, c.commandId), n)));
    b.bind('counter:transfer', (c, p, e) => atMyCounter(p, (n) => actions.transfer(cmd(p, e, c.commandId), n, c.to, c.toFront)));
    b.bind('counter:reactivate', (c, p, e) => atMyCounter(p, () => actions.reactivate(cmd(p, e, c.commandId), c.ticketId)));
    b.bind('counter:set-state', (c, p, e) => atMyCounter(p, (n) => counters.setState(cmd(p, e, c.commandId), n, c.state, c.reason)));
    b.bind('ticket:rate', (c, p, e) => atMyCounter(p, (n) => tickets.rate(cmd(p, e, c.commandId), c.ticketId, c.rating, n)));
  });

  ns.commands('admin', (b) => {
    b.bind('counter:set-state', (c, p, e) => {
      return counters.setState(cmd(p, e, c.commandId), c.counter, c.state, c.reason);
    });
  });
}
