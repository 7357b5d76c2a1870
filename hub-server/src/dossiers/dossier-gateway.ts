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
import type { DossierAccess, PersonalDataUse } from './dossier-access';
import type { DossierService } from './dossier-service';

type Staff = Extract<Principal, { kind: 'staff' }>;

export interface DossierGatewayDeps {
  ctx: Pick<CounterContext, 'counters' | 'clock'>;
  dossiers: DossierService;
  /** Least privilege: which dossiers a staff member may open; every read of personal data audited. */
  dossierAccess: DossierAccess;
}

export function registerDossierGateway(ns: HubNamespaces, hub: DossierGatewayDeps): void {
  const { dossiers, dossierAccess: access } = hub;
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
  /**
   * A change to a dossier the staff member may open: the ref becomes its id
   * (a tracking code's key is checked once, here). The socket gives no client
   * address, so reads from it are audited without one.
   */
  const mine = <T>(s: Staff, ref: string, run: (dossierId: string) => Reply<T>): Reply<T> => {
    const d = access.check(s, ref);
    return d.ok ? run(d.value.id) : d;
  };
  const readable = <T>(s: Staff, ref: string, use: PersonalDataUse, run: (dossierId: string) => Reply<T>): Reply<T> => {
    const d = access.read(s, ref, use, null);
    return d.ok ? run(d.value.id) : d;
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
    dossierId: string,
  ) => dossiers.setStatus(cmd(p, event, c.commandId), dossierId, c.status, c.note ?? null);

  /** A supervisor: today's list, a dossier, its status, a supplement request. */
  function admin(b: CommandBinder<typeof adminDossierCommands>): void {
    b.bind('dossier:get', (c, p) =>
      asStaff(p, (s) =>
        c.dossier ? readable(s, c.dossier, 'dossier', (id) => dossiers.get(id)) : fail(luotError('invalid_payload', undefined, 'dossier')),
      ),
    );
    b.bind('dossier:list', (c, p) => asStaff(p, (s) => access.list(s, c.day ?? localDay(hub.ctx.clock.now()), c.status, null)));
    b.bind('dossier:set-status', (c, p, e) => asStaff(p, (s) => mine(s, c.dossier, (id) => setStatus(p, e, c, id))));
    b.bind('dossier:request-supplement', (c, p, e) =>
      asStaff(p, (s) =>
        mine(s, c.dossier, (id) => dossiers.requestSupplement(cmd(p, e, c.commandId), s.userId, id, c.reason, c.items)),
      ),
    );
  }

  /** The officer signed in at a counter: the whole reception. */
  function counter(b: CommandBinder<typeof counterDossierCommands>): void {
    b.bind('dossier:get', (c, p) =>
      atCounter(p, (o, n) => {
        if (c.dossier) return readable(o, c.dossier, 'dossier', (id) => dossiers.get(id));
        const ticketId = hub.ctx.counters.get(n)?.currentTicketId;
        if (!ticketId) return fail(luotError('no_current_ticket'));
        const carried = dossiers.ofTicket(ticketId);
        // The ticket at the officer's own counter: always theirs to open, and audited like any read.
        return carried.ok ? readable(o, carried.value.id, 'dossier', () => carried) : carried;
      }),
    );
    b.bind('dossier:receive', (c, p, e) =>
      atCounter(p, (o) =>
        mine(o, c.dossier, (id) =>
          dossiers.receive(cmd(p, e, c.commandId), o.userId, {
            dossier: id,
            applicant: c.applicant,
            return: c.return,
            documents: c.documents,
          }),
        ),
      ),
    );
    b.bind('dossier:refuse', (c, p, e) =>
      atCounter(p, (o) => mine(o, c.dossier, (id) => dossiers.refuse(cmd(p, e, c.commandId), o.userId, id, c.reason))),
    );
    b.bind('dossier:request-supplement', (c, p, e) =>
      atCounter(p, (o) =>
        mine(o, c.dossier, (id) => dossiers.requestSupplement(cmd(p, e, c.commandId), o.userId, id, c.reason, c.items)),
      ),
    );
    b.bind('dossier:set-status', (c, p, e) => atCounter(p, (o) => mine(o, c.dossier, (id) => setStatus(p, e, c, id))));
    b.bind('dossier:mark-returned', (c, p, e) =>
      atCounter(p, (o) => mine(o, c.dossier, (id) => dossiers.markReturned(cmd(p, e, c.commandId), id, c.note ?? null, o.userId))),
    );
    b.bind('dossier:receipt', (c, p) => atCounter(p, (o) => readable(o, c.dossier, 'receipt', (id) => dossiers.receipt(id))));
  }

  ns.commands('kiosk', kiosk);
  ns.commands('counter', counter);
  ns.commands('admin', admin);
}
