/**
 * Returning results on the sockets (issue 19): the kiosk's "Nhận kết quả"
 * ticket; marking results ready, by an officer at a counter or a
 * supervisor (a batch of scanned receipts or pasted codes); the
 * supervisor's list of results waiting to be collected.
 */
import { fail, luotError, ok, type COMMAND_TABLES, type MarkReadyAnswer, type Principal } from '@luot/protocol';
import { actorOf } from '../auth/auth-service';
import type { CommandBinder, Reply } from '../core/transport/bind-command';
import type { HubNamespaces } from '../core/transport/namespaces';
import type { CounterContext } from '../counters/counter-context';
import type { DossierAccess } from './dossier-access';
import type { MarkReadyTarget, ReturnService } from './return-service';
import { dossierRefOfScan } from './typed-code';

type Staff = Extract<Principal, { kind: 'staff' }>;

export interface ReturnGatewayDeps {
  ctx: Pick<CounterContext, 'counters'>;
  returns: ReturnService;
  dossierAccess: DossierAccess;
}

export function registerReturnGateway(ns: HubNamespaces, hub: ReturnGatewayDeps): void {
  const { returns, dossierAccess: access } = hub;
  const cmd = (p: Principal, name: string, commandId: string) => ({ actor: actorOf(p), name, commandId });

  /**
   * Each code of a batch to the dossier it names, when this staff member may
   * open it. A dossier they may not open answers "unknown", as a wrong check
   * key does: the batch tells nothing of dossiers that are not theirs.
   */
  const targetsOf = (s: Staff, refs: readonly string[]): MarkReadyTarget[] =>
    refs.map((ref) => {
      const d = access.check(s, dossierRefOfScan(ref));
      return { ref, dossierId: d.ok ? d.value.id : null };
    });

  /** An officer marks results only while signed in at a counter; a supervisor from anywhere. */
  const markReady = (
    needsCounter: boolean,
    c: { commandId: string; dossiers: string[]; place?: string | undefined; note?: string | undefined },
    p: Principal,
    event: string,
  ): Reply<MarkReadyAnswer> => {
    if (p.kind !== 'staff') return fail(luotError('forbidden'));
    if (needsCounter && !hub.ctx.counters.ofOfficer(p.userId)) return fail(luotError('counter_not_signed_in'));
    return returns.markReady(cmd(p, event, c.commandId), { targets: targetsOf(p, c.dossiers), place: c.place, note: c.note });
  };

  ns.commands('kiosk', (b: CommandBinder<(typeof COMMAND_TABLES)['kiosk']>) => {
    b.bind('dossier:return-ticket', (c, p, e) => returns.returnTicket(cmd(p, e, c.commandId), c.code));
  });
  ns.commands('counter', (b: CommandBinder<(typeof COMMAND_TABLES)['counter']>) => {
    b.bind('dossier:mark-ready', (c, p, e) => markReady(true, c, p, e));
  });
  ns.commands('admin', (b: CommandBinder<(typeof COMMAND_TABLES)['admin']>) => {
    b.bind('dossier:mark-ready', (c, p, e) => markReady(false, c, p, e));
    b.bind('dossier:awaiting-return', (_c, p) => (p.kind === 'staff' ? ok(returns.awaiting()) : fail(luotError('forbidden'))));
  });
}
