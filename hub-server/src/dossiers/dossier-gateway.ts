/**
 * Dossier commands on the socket namespaces: the kiosk registers and looks
 * up; an officer signed in at a counter reads, receives, refuses, asks for a
 * supplement, moves the status and marks results returned; a supervisor
 * lists, reads, moves the status and asks for a supplement. Each namespace's
 * set is typed by its command table in @luot/protocol.
 */
import {
  fail,
  luotError,
  type adminDossierCommands,
  type counterDossierCommands,
  type kioskDossierCommands,
  type Principal,
} from '@luot/protocol';
import { actorOf } from '../auth/auth-service';
import { localDay } from '../core/clock';
import type { CommandBinder, Reply } from '../core/transport/bind-command';
import type { HubNamespaces } from '../core/transport/namespaces';
import type { CounterContext } from '../counters/counter-context';
import type { DossierService } from './dossier-service';

type Staff = Extract<Principal, { kind: 'staff' }>;

export interface DossierGatewayDeps {
  ctx: Pick<CounterContext, 'counters' | 'clock'>;
  dossiers: DossierService;
}

export function registerDossierGateway(ns: HubNamespaces, hub: DossierGatewayDeps): void {
  const { dossiers } = hub;
  const cmd = (p: Principal, name: string, commandId: string) => ({ actor: actorOf(p), name, commandId });

  /** Staff signed in at a counter (the counter namespace admits any staff). */
  const atCounter = <T>(p: Principal, run: (officer: Staff, counter: number) => Reply<T>): Reply<T> => {
    if (p.kind !== 'staff') return fail(luotError('forbidden'));
    const mine = hub.ctx.counters.ofOfficer(p.userId);
    if (!mine) return fail(luotError('counter_not_signed_in'));
    return run(p, mine.number);
  };
  const asStaff = <T>(p: Principal, run: (staff: Staff) => Reply<T>): Reply<T> => {
    if (p.kind !== 'staff') return fail(luotError('forbidden'));
    return run(p);
  };

  /** The kiosk registers a walk-in dossier and looks one up. */
  function kiosk(b: CommandBinder<typeof kioskDossierCommands>): void {
    b.bind('dossier:register', (c, p, e) => {
      return dossiers.register(cmd(p, e, c.commandId), {
        procedure: c.procedure,
        applicant: c.applicant,
        return: c.return,
      });
    });
    b.bind('dossier:lookup', (c) => dossiers.lookup(c.code));
  }

  const setStatus = (
    p: Principal,
    event: 'dossier:set-status',
    c: {
      commandId: string;
      dossier: string;
      status: Parameters<typeof dossiers.setStatus>[2];
      note?: string | undefined;
    },
  ) => dossiers.setStatus(cmd(p, event, c.commandId), c.dossier, c.status, c.note ?? null);

  /** A supervisor: today's list, a dossier, its status, a supplement request. */
  function admin(b: CommandBinder<typeof adminDossierCommands>): void {
    b.bind('dossier:get', (c, p) =>
      asStaff(p, () =>
        c.dossier ? dossiers.get(c.dossier) : fail(luotError('invalid_payload', undefined, 'dossier')),
      ),
    );
    b.bind('dossier:list', (c, p) =>
      asStaff(p, () => ({ ok: true, value: dossiers.list(c.day ?? localDay(hub.ctx.clock.now()), c.status) })),
    );
    b.bind('dossier:set-status', (c, p, e) => asStaff(p, () => setStatus(p, e, c)));
    b.bind('dossier:request-supplement', (c, p, e) =>
      asStaff(p, (s) =>
        dossiers.requestSupplement(
          cmd(p, e, c.commandId),
          s.userId,
          c.dossier,
          c.reason,
          c.items,
        ),
      ),
    );
  }

  /** The officer signed in at a counter: the whole reception. */
  function counter(b: CommandBinder<typeof counterDossierCommands>): void {
    b.bind('dossier:get', (c, p) =>
      atCounter(p, (_o, n) => {
        if (c.dossier) return dossiers.get(c.dossier);
        const ticketId = hub.ctx.counters.get(n)?.currentTicketId;
        return ticketId ? dossiers.ofTicket(ticketId) : fail(luotError('no_current_ticket'));
      }),
    );
    b.bind('dossier:receive', (c, p, e) =>
      atCounter(p, (o) =>
        dossiers.receive(cmd(p, e, c.commandId), o.userId, {
          dossier: c.dossier,
          applicant: c.applicant,
          return: c.return,
          documents: c.documents,
        }),
      ),
    );
    b.bind('dossier:refuse', (c, p, e) =>
      atCounter(p, (o) => dossiers.refuse(cmd(p, e, c.commandId), o.userId, c.dossier, c.reason)),
    );
    b.bind('dossier:request-supplement', (c, p, e) =>
      atCounter(p, (o) =>
        dossiers.requestSupplement(
          cmd(p, e, c.commandId),
          o.userId,
          c.dossier,
          c.reason,
          c.items,
        ),
      ),
    );
    b.bind('dossier:set-status', (c, p, e) => atCounter(p, () => setStatus(p, e, c)));
    b.bind('dossier:mark-returned', (c, p, e) =>
      atCounter(p, () =>
        dossiers.markReturned(cmd(p, e, c.commandId), c.dossier, c.note ?? null),
      ),
    );
    b.bind('dossier:receipt', (c, p) => atCounter(p, () => dossiers.receipt(c.dossier)));
  }

  ns.commands('kiosk', kiosk);
  ns.commands('counter', counter);
  ns.commands('admin', admin);
}
