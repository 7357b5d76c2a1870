/**
 * The simulator's own book of the day: which citizen holds which ticket, where
 * each ticket is, and the tallies the report is made of. Fed by command acks
 * (not by broadcasts), so it records what the simulator was told happened.
 */
import type { ErrorCode, Rating, TicketView } from '@luot/protocol';
import type { CitizenPlan } from './day-plan';
import type { ErrorSample, ServiceFigures } from './report';

type LiveState = 'waiting' | 'called' | 'serving' | 'done' | 'no_show';

interface Entry {
  ticketId: string;
  citizen: CitizenPlan;
  /** Service the ticket was issued for (per-service figures count it there). */
  service: string;
  issuedAt: number;
  state: LiveState;
  /** 0 for the first visit, 1 after a transfer. */
  visit: number;
  firstCalledAt: number | null;
  servingAt: number | null;
}

/** Codes a citizen meets at the kiosk on a normal day; not a fault of the hub or the simulator. */
export const REFUSAL_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['outside_hours', 'issuing_cut_off', 'daily_cap_reached', 'service_closed']);
const SAMPLES_KEPT = 20;

export class Ledger {
  private readonly entries = new Map<string, Entry>();
  private readonly waiters = new Map<string, Array<(e: Entry) => void>>();
  readonly waits: number[] = [];
  readonly serviceTimes: number[] = [];
  refused = 0;
  transfers = 0;
  priority = 0;
  readonly ratings = { recorded: 0, byValue: {} as Record<string, number>, noAnswer: 0 };
  readonly errors = { total: 0, unexpected: 0, byCode: {} as Partial<Record<ErrorSample['code'], number>>, samples: [] as ErrorSample[] };

  issued(ticket: TicketView, citizen: CitizenPlan, at: number): void {
    const entry: Entry = { ticketId: ticket.id, citizen, service: ticket.service, issuedAt: at, state: 'waiting', visit: 0, firstCalledAt: null, servingAt: null };
    this.entries.set(ticket.id, entry);
    if (ticket.priority !== 'none') this.priority++;
    for (const resolve of this.waiters.get(ticket.id) ?? []) resolve(entry);
    this.waiters.delete(ticket.id);
  }

  /**
   * The citizen behind a ticket. An officer's call can be acknowledged before
   * the kiosk's issue ack reaches us, so wait a little; null when the ticket
   * is not ours (issued by someone else on a shared hub).
   */
  async citizenOf(ticketId: string, realTimeoutMs = 3000): Promise<{ citizen: CitizenPlan; visit: number } | null> {
    const known = this.entries.get(ticketId);
    if (known) return { citizen: known.citizen, visit: known.visit };
    const entry = await new Promise<Entry | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), realTimeoutMs);
      const list = this.waiters.get(ticketId) ?? [];
      list.push((e) => {
        clearTimeout(timer);
        resolve(e);
      });
      this.waiters.set(ticketId, list);
    });
    return entry ? { citizen: entry.citizen, visit: entry.visit } : null;
  }

  called(ticketId: string, at: number): void {
    const e = this.entries.get(ticketId);
    if (!e) return;
    e.state = 'called';
    if (e.firstCalledAt === null) {
      e.firstCalledAt = at;
      this.waits.push(at - e.issuedAt);
    }
  }

  serving(ticketId: string, at: number): void {
    const e = this.entries.get(ticketId);
    if (!e) return;
    e.state = 'serving';
    e.servingAt = at;
  }

  private endVisit(e: Entry, at: number): void {
    if (e.servingAt !== null) this.serviceTimes.push(at - e.servingAt);
    e.servingAt = null;
  }

  finished(ticketId: string, at: number): void {
    const e = this.entries.get(ticketId);
    if (!e) return;
    this.endVisit(e, at);
    e.state = 'done';
  }

  noShow(ticketId: string): void {
    const e = this.entries.get(ticketId);
    if (e) e.state = 'no_show';
  }

  transferred(ticketId: string, at: number): void {
    this.transfers++;
    const e = this.entries.get(ticketId);
    if (!e) return;
    this.endVisit(e, at);
    e.state = 'waiting';
    e.visit++;
  }

  rated(rating: Rating | null): void {
    this.ratings.recorded++;
    if (rating === null) this.ratings.noAnswer++;
    else this.ratings.byValue[String(rating)] = (this.ratings.byValue[String(rating)] ?? 0) + 1;
  }

  error(event: string, code: ErrorSample['code'], message: string): void {
    this.errors.total++;
    this.errors.byCode[code] = (this.errors.byCode[code] ?? 0) + 1;
    if (event === 'ticket:issue' && code !== 'timeout' && code !== 'disconnected' && REFUSAL_CODES.has(code)) this.refused++;
    else this.errors.unexpected++;
    if (this.errors.samples.length < SAMPLES_KEPT) this.errors.samples.push({ event, code, message });
  }

  /** Tickets in each state, for the progress line and the report. */
  counts(): Record<LiveState, number> & { issued: number; everCalled: number } {
    const c = { waiting: 0, called: 0, serving: 0, done: 0, no_show: 0, issued: this.entries.size };
    let everCalled = 0;
    for (const e of this.entries.values()) {
      c[e.state]++;
      if (e.firstCalledAt !== null) everCalled++;
    }
    return { ...c, everCalled };
  }

  /** True when every issued ticket has reached done or no-show. */
  allEnded(): boolean {
    for (const e of this.entries.values()) if (e.state !== 'done' && e.state !== 'no_show') return false;
    return true;
  }

  perService(): ServiceFigures[] {
    const by = new Map<string, { issued: number; served: number; noShows: number; waits: number[] }>();
    for (const e of this.entries.values()) {
      const f = by.get(e.service) ?? { issued: 0, served: 0, noShows: 0, waits: [] };
      f.issued++;
      if (e.state === 'done') f.served++;
      if (e.state === 'no_show') f.noShows++;
      if (e.firstCalledAt !== null) f.waits.push(e.firstCalledAt - e.issuedAt);
      by.set(e.service, f);
    }
    return [...by.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([service, f]) => ({ service, issued: f.issued, served: f.served, noShows: f.noShows, averageWaitMinutes: meanMinutes(f.waits) }));
  }
}

export function meanMinutes(ms: readonly number[]): number | null {
  if (ms.length === 0) return null;
  return Math.round((ms.reduce((a, b) => a + b, 0) / ms.length / 60_000) * 10) / 10;
}
