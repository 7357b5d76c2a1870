/**
 * "Your result is ready to collect" (issue 19), queued in the outbox inside
 * the transaction that marks the dossier ready, so the message exists if and
 * only if the marking does; the dispatcher sends it after the commit. Only a
 * dossier with a mobile number gets one (an erased number is empty).
 */
import { MOBILE_PHONE_PATTERN } from '@luot/protocol';
import type { HallCatalog } from '../core/hall-catalog';
import { queueMessage, type OutboxMoment, type OutboxWriteContext } from '../core/outbox/queue-message';
import type { DossierRecord } from './dossier-repo';
import { shortCollectPlace } from './return-rules';

/** The place as the message says it: the one the marking named, else the return counters by number. */
export function messagePlaceOf(catalog: HallCatalog, named: string | undefined): string {
  if (named) return named;
  const returns = catalog.config.returns;
  const counters = returns ? catalog.countersServing(returns.service) : [];
  return shortCollectPlace(returns?.place, counters.map((c) => ({ number: c.number, name: c.name.vi, area: c.area })));
}

/** Queues the message for a dossier just marked ready at `tx.now`; nothing for one without a mobile number or a code. */
export function queueResultReady(ctx: OutboxWriteContext, tx: OutboxMoment, d: DossierRecord, place: string): void {
  if (d.code === null || d.returnMethod !== 'counter' || !MOBILE_PHONE_PATTERN.test(d.applicant.phone)) return;
  // One message per marking: marked ready again after going back to processing is a new event.
  queueMessage(ctx, tx, { kind: 'result_ready', to: d.applicant.phone, values: { dossier: d.code, place }, cause: `dossier:${d.id}:ready:${tx.now}` });
}
