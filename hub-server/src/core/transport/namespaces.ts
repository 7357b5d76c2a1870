/**
 * The four socket.io namespaces. Each admits one kind of principal and binds
 * exactly that role's commands; everything else is refused as `forbidden`.
 */
import {
  NAMESPACES,
  adminCommands,
  counterCommands,
  displayCommands,
  fail,
  kioskCommands,
  luotError,
  type AdminClientToServer,
  type CounterClientToServer,
  type DisplayClientToServer,
  type HallServerToClient,
  type KioskClientToServer,
  type Principal,
  type SocketData,
} from '@luot/protocol';
import type { Namespace, Server, Socket } from 'socket.io';
import { actorOf } from '../../auth/auth-service';
import { dossierCommands } from '../../dossiers/dossier-gateway';
import type { HallServices } from '../../hub-services';
import type { Logger } from '../logger';
import { commandBinder, type CommandBinder, type CommandSocket, type Reply } from './bind-command';
import { requireRole } from './socket-auth';

/** One namespace typed with its own client-to-server map from @luot/protocol. */
type HallNamespace<M> = Namespace<M & object, HallServerToClient, Record<string, never>, SocketData>;
type HallSocket<M> = Socket<M & object, HallServerToClient, Record<string, never>, SocketData>;
/** The hub's server: every namespace pushes the same hall stream and keeps a principal per socket. */
export type HubServer = Server<Record<string, never>, HallServerToClient, Record<string, never>, SocketData>;

/** socket.io types `of()` with the server's maps; each of our namespaces has its own client-to-server map. */
const namespace = <M>(io: HubServer, name: string) => io.of(name) as unknown as HallNamespace<M>;

type Staff = Extract<Principal, { kind: 'staff' }>;
const isStaff = (p: Principal): p is Staff => p.kind === 'staff';

export function registerGateways(io: HubServer, hub: HallServices, logger: Logger): void {
  const { auth } = hub;
  const dossiers = dossierCommands(hub);
  const cmd = (p: Principal, name: string, commandId?: string) => ({ actor: actorOf(p), name, ...(commandId ? { commandId } : {}) });

  /** Common to every namespace: a snapshot on connect and on request, day check first. */
  function onConnect<M, T extends typeof displayCommands>(socket: HallSocket<M>, table: T, bindRole: (b: CommandBinder<T>) => void): void {
    // The binder listens by name (checked against the table by its own types); socket.io's
    // typed `on` would also need each listener's exact type, which the binder makes.
    const b = commandBinder(socket as unknown as CommandSocket, table, logger, auth.stillValid);
    // Every namespace's table has the snapshot request (T extends the display's table).
    const common: CommandBinder<typeof displayCommands> = b;
    common.bind('hall:snapshot', () => {
      hub.day.ensureToday();
      return { ok: true, value: hub.snapshot.build() };
    });
    bindRole(b);
    b.refuseOthers();
    hub.day.ensureToday();
    socket.emit('hall:snapshot', hub.snapshot.build());
  }

  const kiosk = namespace<KioskClientToServer>(io, NAMESPACES.kiosk);
  requireRole(kiosk, auth, (p) => p.kind === 'device' && p.role === 'kiosk', 'kiosk');
  kiosk.on('connection', (socket) =>
    onConnect(socket, kioskCommands, (b) => {
      b.bind('ticket:issue', (c, p) => {
        hub.day.ensureToday();
        return hub.tickets.issue(cmd(p, 'ticket:issue', c.commandId), { service: c.service, priority: c.priority, source: 'kiosk', dossierId: c.registrationId ?? null });
      });
      b.bind('device:printer', (c, p) =>
        p.kind === 'device' ? hub.hall.reportPrinter(cmd(p, 'device:printer', c.commandId), p.deviceId, c.state, c.detail) : fail(luotError('forbidden')),
      );
      dossiers.kiosk(b);
    }),
  );

  const display = namespace<DisplayClientToServer>(io, NAMESPACES.display);
  requireRole(display, auth, (p) => p.kind === 'device' && p.role === 'display', 'display');
  display.on('connection', (socket) => onConnect(socket, displayCommands, () => {}));

  const counter = namespace<CounterClientToServer>(io, NAMESPACES.counter);
  requireRole(counter, auth, isStaff, 'counter');
  counter.on('connection', (socket) =>
    onConnect(socket, counterCommands, (b) => {
      /** Runs an action at the counter the officer is signed in at. */
      const atMyCounter = <T>(p: Principal, run: (number: number, officer: Staff) => Reply<T>): Reply<T> => {
        if (!isStaff(p)) return fail(luotError('forbidden'));
        hub.day.ensureToday();
        const mine = hub.ctx.counters.ofOfficer(p.userId);
        if (!mine) return fail(luotError('counter_not_signed_in'));
        return run(mine.number, p);
      };
      b.bind('counter:sign-in', (c, p) => {
        if (!isStaff(p)) return fail(luotError('forbidden'));
        hub.day.ensureToday();
        return hub.counters.signIn(cmd(p, 'counter:sign-in', c.commandId), p.userId, c.counter);
      });
      b.bind('counter:sign-out', (c, p) => atMyCounter(p, (n) => hub.counters.signOut(cmd(p, 'counter:sign-out', c.commandId), n)));
      b.bind('counter:call-next', (c, p) =>
        atMyCounter(p, (n, o) => hub.actions.callNext(cmd(p, 'counter:call-next', c.commandId), n, o.userId)),
      );
      b.bind('counter:call-number', (c, p) =>
        atMyCounter(p, (n, o) => hub.actions.callNumber(cmd(p, 'counter:call-number', c.commandId), n, c.code, o.userId)),
      );
      b.bind('counter:recall', (c, p) => atMyCounter(p, (n) => hub.actions.recall(cmd(p, 'counter:recall', c.commandId), n)));
      b.bind('counter:start-serving', (c, p) =>
        atMyCounter(p, (n) => hub.actions.startServing(cmd(p, 'counter:start-serving', c.commandId), n)),
      );
      b.bind('counter:finish', (c, p) => atMyCounter(p, (n) => hub.actions.finish(cmd(p, 'counter:finish', c.commandId), n, c.outcome)));
      b.bind('counter:no-show', (c, p) => atMyCounter(p, (n) => hub.actions.noShow(cmd(p, 'counter:no-show', c.commandId), n)));
      b.bind('counter:transfer', (c, p) =>
        atMyCounter(p, (n) => hub.actions.transfer(cmd(p, 'counter:transfer', c.commandId), n, c.to, c.toFront)),
      );
      b.bind('counter:reactivate', (c, p) => atMyCounter(p, () => hub.actions.reactivate(cmd(p, 'counter:reactivate', c.commandId), c.ticketId)));
      b.bind('counter:set-state', (c, p) =>
        atMyCounter(p, (n) => hub.counters.setState(cmd(p, 'counter:set-state', c.commandId), n, c.state, c.reason)),
      );
      b.bind('ticket:rate', (c, p) => atMyCounter(p, (n) => hub.tickets.rate(cmd(p, 'ticket:rate', c.commandId), c.ticketId, c.rating, n)));
      dossiers.counter(b);
    }),
  );

  const admin = namespace<AdminClientToServer>(io, NAMESPACES.admin);
  requireRole(admin, auth, (p) => isStaff(p) && (p.role === 'supervisor' || p.role === 'admin'), 'supervisor');
  admin.on('connection', (socket) =>
    onConnect(socket, adminCommands, (b) => {
      b.bind('counter:set-state', (c, p) => {
        hub.day.ensureToday();
        return hub.counters.setState(cmd(p, 'counter:set-state', c.commandId), c.counter, c.state, c.reason);
      });
      b.bind('ticket:move', (c, p) => {
        hub.day.ensureToday();
        return hub.tickets.move(cmd(p, 'ticket:move', c.commandId), c.ticketIds, c.toService);
      });
      b.bind('hall:message', (c, p) => hub.hall.setHallMessage(cmd(p, 'hall:message', c.commandId), c.message));
      dossiers.admin(b);
    }),
  );
}
