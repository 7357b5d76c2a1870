/**
 * The four socket.io namespaces. Each admits one kind of principal and binds
 * exactly that role's commands; everything else is refused as `forbidden`.
 */
import {
  NAMESPACES,
  callNumberSchema,
  commandOnlySchema,
  fail,
  finishSchema,
  hallMessageSchema,
  issueTicketSchema,
  luotError,
  moveTicketsSchema,
  printerReportSchema,
  rateSchema,
  reactivateSchema,
  setCounterStateSchema,
  signInCounterSchema,
  supervisorSetCounterStateSchema,
  transferSchema,
  type Principal,
} from '@luot/protocol';
import { z } from 'zod';
import type { Server, Socket } from 'socket.io';
import { actorOf } from '../auth/auth-service';
import { bindDossierCommands } from '../dossiers/dossier-gateway';
import type { HallServices } from '../hall/hall-services';
import type { Logger } from '../logger';
import { commandBinder, type CommandBinder, type Reply } from './bind-command';
import { requireRole } from './socket-auth';

const snapshotRequest = z.union([z.strictObject({}), z.undefined()]);
type Staff = Extract<Principal, { kind: 'staff' }>;
const isStaff = (p: Principal): p is Staff => p.kind === 'staff';

export function registerGateways(io: Server, hub: HallServices, logger: Logger): void {
  const { auth } = hub;
  const cmd = (p: Principal, name: string, commandId?: string) => ({ actor: actorOf(p), name, ...(commandId ? { commandId } : {}) });

  /** Common to every namespace: a snapshot on connect and on request, day check first. */
  function onConnect(socket: Socket, bindRole: (b: CommandBinder) => void): void {
    const b = commandBinder(socket, logger, auth.stillValid);
    b.bind('hall:snapshot', snapshotRequest, () => {
      hub.day.ensureToday();
      return { ok: true, value: hub.snapshot.build() };
    });
    bindRole(b);
    b.refuseOthers();
    hub.day.ensureToday();
    socket.emit('hall:snapshot', hub.snapshot.build());
  }

  const kiosk = io.of(NAMESPACES.kiosk);
  requireRole(kiosk, auth, (p) => p.kind === 'device' && p.role === 'kiosk', 'kiosk');
  kiosk.on('connection', (socket) =>
    onConnect(socket, (b) => {
      b.bind('ticket:issue', issueTicketSchema, (c, p) => {
        hub.day.ensureToday();
        return hub.tickets.issue(cmd(p, 'ticket:issue', c.commandId), { service: c.service, priority: c.priority, source: 'kiosk', dossierId: c.registrationId ?? null });
      });
      b.bind('device:printer', printerReportSchema, (c, p) =>
        p.kind === 'device' ? hub.hall.reportPrinter(cmd(p, 'device:printer', c.commandId), p.deviceId, c.state, c.detail) : fail(luotError('forbidden')),
      );
      bindDossierCommands(b, hub, 'kiosk');
    }),
  );

  const display = io.of(NAMESPACES.display);
  requireRole(display, auth, (p) => p.kind === 'device' && p.role === 'display', 'display');
  display.on('connection', (socket) => onConnect(socket, () => {}));

  const counter = io.of(NAMESPACES.counter);
  requireRole(counter, auth, isStaff, 'counter');
  counter.on('connection', (socket) =>
    onConnect(socket, (b) => {
      /** Runs an action at the counter the officer is signed in at. */
      const atMyCounter = <T>(p: Principal, run: (number: number, officer: Staff) => Reply<T>): Reply<T> => {
        if (!isStaff(p)) return fail(luotError('forbidden'));
        hub.day.ensureToday();
        const mine = hub.ctx.counters.ofOfficer(p.userId);
        if (!mine) return fail(luotError('counter_not_signed_in'));
        return run(mine.number, p);
      };
      b.bind('counter:sign-in', signInCounterSchema, (c, p) => {
        if (!isStaff(p)) return fail(luotError('forbidden'));
        hub.day.ensureToday();
        return hub.counters.signIn(cmd(p, 'counter:sign-in', c.commandId), p.userId, c.counter);
      });
      b.bind('counter:sign-out', commandOnlySchema, (c, p) => atMyCounter(p, (n) => hub.counters.signOut(cmd(p, 'counter:sign-out', c.commandId), n)));
      b.bind('counter:call-next', commandOnlySchema, (c, p) =>
        atMyCounter(p, (n, o) => hub.actions.callNext(cmd(p, 'counter:call-next', c.commandId), n, o.userId)),
      );
      b.bind('counter:call-number', callNumberSchema, (c, p) =>
        atMyCounter(p, (n, o) => hub.actions.callNumber(cmd(p, 'counter:call-number', c.commandId), n, c.code, o.userId)),
      );
      b.bind('counter:recall', commandOnlySchema, (c, p) => atMyCounter(p, (n) => hub.actions.recall(cmd(p, 'counter:recall', c.commandId), n)));
      b.bind('counter:start-serving', commandOnlySchema, (c, p) =>
        atMyCounter(p, (n) => hub.actions.startServing(cmd(p, 'counter:start-serving', c.commandId), n)),
      );
      b.bind('counter:finish', finishSchema, (c, p) => atMyCounter(p, (n) => hub.actions.finish(cmd(p, 'counter:finish', c.commandId), n, c.outcome)));
      b.bind('counter:no-show', commandOnlySchema, (c, p) => atMyCounter(p, (n) => hub.actions.noShow(cmd(p, 'counter:no-show', c.commandId), n)));
      b.bind('counter:transfer', transferSchema, (c, p) =>
        atMyCounter(p, (n) => hub.actions.transfer(cmd(p, 'counter:transfer', c.commandId), n, c.to, c.toFront)),
      );
      b.bind('counter:reactivate', reactivateSchema, (c, p) => atMyCounter(p, () => hub.actions.reactivate(cmd(p, 'counter:reactivate', c.commandId), c.ticketId)));
      b.bind('counter:set-state', setCounterStateSchema, (c, p) =>
        atMyCounter(p, (n) => hub.counters.setState(cmd(p, 'counter:set-state', c.commandId), n, c.state, c.reason)),
      );
      b.bind('ticket:rate', rateSchema, (c, p) => atMyCounter(p, (n) => hub.tickets.rate(cmd(p, 'ticket:rate', c.commandId), c.ticketId, c.rating, n)));
      bindDossierCommands(b, hub, 'counter');
    }),
  );

  const admin = io.of(NAMESPACES.admin);
  requireRole(admin, auth, (p) => isStaff(p) && (p.role === 'supervisor' || p.role === 'admin'), 'supervisor');
  admin.on('connection', (socket) =>
    onConnect(socket, (b) => {
      b.bind('counter:set-state', supervisorSetCounterStateSchema, (c, p) => {
        hub.day.ensureToday();
        return hub.counters.setState(cmd(p, 'counter:set-state', c.commandId), c.counter, c.state, c.reason);
      });
      b.bind('ticket:move', moveTicketsSchema, (c, p) => {
        hub.day.ensureToday();
        return hub.tickets.move(cmd(p, 'ticket:move', c.commandId), c.ticketIds, c.toService);
      });
      b.bind('hall:message', hallMessageSchema, (c, p) => hub.hall.setHallMessage(cmd(p, 'hall:message', c.commandId), c.message));
      bindDossierCommands(b, hub, 'admin');
    }),
  );
}
