/**
 * An officer at a counter: signs in, calls the next citizen, waits for them
 * to walk up, serves for the planned time, then finishes (and asks for the
 * rating), transfers, or — when nobody comes — recalls up to the hall's limit
 * and marks a no-show. Pauses for the lunch break when idle between sessions.
 */
import type { HubClient } from '@luot/hub-client';
import type { CounterClientToServer, TicketView } from '@luot/protocol';
import type { Send } from './hub-link';
import type { ActorContext } from './kiosk-actor';
import { Waker } from './waker';

const MINUTE = 60_000;
/** How long an idle officer waits before asking again even without news. */
const IDLE_POLL_MS = 5 * MINUTE;
/** Time between calls when nobody comes to the counter. */
const RECALL_INTERVAL_MS = MINUTE;

export interface OfficerPlan {
  username: string;
  counter: number;
  services: readonly string[];
  /** Session windows, epoch ms (simulated). */
  sessions: ReadonlyArray<{ start: number; end: number }>;
  recallLimit: number;
  /** After this simulated instant the officer goes home even with people waiting. */
  hardStopAt: number;
}

export interface OfficerHooks {
  /** True when no citizen will come any more and every ticket has ended. */
  dayIsOver(): boolean;
}

export class OfficerActor {
  readonly waker = new Waker();
  private readonly send: Send<CounterClientToServer>;

  constructor(
    private readonly ctx: ActorContext,
    client: HubClient<'counter'>,
    private readonly plan: OfficerPlan,
    private readonly hooks: OfficerHooks,
  ) {
    this.send = ctx.link.sender(client);
    client.onHall({
      events: (events) => {
        if (events.some((e) => e.type === 'ticket' && e.ticket.state === 'waiting' && this.isMine(e.ticket))) this.waker.wake();
      },
    });
  }

  private isMine(t: TicketView): boolean {
    return t.targetCounter === null ? this.plan.services.includes(t.service) : t.targetCounter === this.plan.counter;
  }

  private inSession(at: number): boolean {
    return this.plan.sessions.some((s) => at >= s.start && at < s.end);
  }

  async run(): Promise<void> {
    const { clock, signal } = this.ctx;
    const signedIn = await this.send('counter:sign-in', { counter: this.plan.counter });
    if (!signedIn.ok) return;
    let paused = false;
    while (!signal.aborted && clock.now() < this.plan.hardStopAt && !this.hooks.dayIsOver()) {
      if (paused) {
        const r = await this.send('counter:set-state', { state: 'open' });
        if (r.ok) paused = false;
      }
      // Times are taken when a command is sent: that is the instant the hub stamps.
      const calledAt = clock.now();
      const next = await this.send('counter:call-next', {});
      if (!next.ok) {
        // A ticket left at the counter by a lost ack blocks every call: clear it.
        if (next.error.code === 'invalid_state') await this.send('counter:finish', { outcome: 'other' });
        await clock.wait(MINUTE, signal);
        continue;
      }
      if (next.value) {
        await this.serve(next.value, calledAt);
        continue;
      }
      const now = clock.now();
      const nextSession = this.plan.sessions.find((s) => s.start > now);
      if (!this.inSession(now) && nextSession) {
        // Nobody waiting between sessions: lunch break.
        const r = await this.send('counter:set-state', { state: 'paused', reason: 'Nghỉ trưa' });
        paused = r.ok;
        await clock.until(nextSession.start, signal);
        continue;
      }
      await this.waker.wait(clock, IDLE_POLL_MS, signal);
    }
    if (!signal.aborted) await this.send('counter:sign-out', {});
  }

  private async serve(ticket: TicketView, calledAt: number): Promise<void> {
    const { clock, ledger, signal } = this.ctx;
    ledger.called(ticket.id, calledAt);
    const who = await ledger.citizenOf(ticket.id);
    if (!who) {
      // A ticket this run did not issue (someone else uses the hub): serve it briefly.
      await this.startServing(ticket);
      await clock.wait(5 * MINUTE, signal);
      await this.finish(ticket.id, 'other');
      return;
    }
    const { citizen, visit } = who;
    if (visit === 0 && citizen.noShow) {
      for (let i = 0; i < this.plan.recallLimit; i++) {
        await clock.wait(RECALL_INTERVAL_MS, signal);
        if (!(await this.send('counter:recall', {})).ok) break;
      }
      await clock.wait(RECALL_INTERVAL_MS, signal);
      if ((await this.send('counter:no-show', {})).ok) ledger.noShow(ticket.id);
      return;
    }
    await clock.wait(citizen.walkSeconds * 1000, signal);
    await this.startServing(ticket);
    const stay = citizen.visits[visit] ?? citizen.visits[citizen.visits.length - 1]!;
    await clock.wait(stay.serviceMs, signal);
    const onward = visit === 0 ? citizen.visits[1] : undefined;
    if (onward) {
      const at = clock.now();
      const r = await this.send('counter:transfer', { to: { service: onward.service } });
      if (r.ok) ledger.transferred(ticket.id, at);
      return;
    }
    if (!(await this.finish(ticket.id, citizen.outcome))) return;
    await clock.wait(citizen.ratingDelaySeconds * 1000, signal);
    const rated = await this.send('ticket:rate', { ticketId: ticket.id, rating: citizen.rating });
    if (rated.ok) ledger.rated(citizen.rating);
  }

  private async startServing(ticket: TicketView): Promise<void> {
    // Halls with autoStartServing put the ticket straight into `serving` on the call.
    const at = this.ctx.clock.now();
    if (ticket.state === 'called') await this.send('counter:start-serving', {});
    this.ctx.ledger.serving(ticket.id, at);
  }

  private async finish(ticketId: string, outcome: 'dossier_received' | 'guided' | 'result_returned' | 'other'): Promise<boolean> {
    const at = this.ctx.clock.now();
    const r = await this.send('counter:finish', { outcome });
    if (r.ok) this.ctx.ledger.finished(ticketId, at);
    return r.ok;
  }
}
