/** A kiosk: issues each planned citizen's ticket when they arrive, one citizen at a time. */
import type { HubClient } from '@luot/hub-client';
import type { CitizenPlan } from './day-plan';
import type { HubLink } from './hub-link';
import type { Ledger } from './ledger';
import type { ScaledClock } from './scaled-clock';

export interface ActorContext {
  link: HubLink;
  ledger: Ledger;
  clock: ScaledClock;
  signal: AbortSignal;
}

export async function runKiosk(ctx: ActorContext, client: HubClient<'kiosk'>, citizens: readonly CitizenPlan[]): Promise<void> {
  const send = ctx.link.sender(client);
  for (const citizen of citizens) {
    await ctx.clock.until(citizen.arriveAt, ctx.signal);
    const at = ctx.clock.now();
    const result = await send('ticket:issue', { service: citizen.visits[0].service, priority: citizen.priority });
    if (result.ok) ctx.ledger.issued(result.value.ticket, citizen, at);
  }
}
