/**
 * The queue as the domain states it (shared/DOMAIN.md, DESIGN.md "The
 * queue"), written plainly and apart from the hub's code: the model that
 * model-based tests hold the pure rules and the real hub to. It predicts
 * each step's outcome (accepted, or refused with which code) and which
 * ticket a counter calls. Counter commands are an officer's: refused with
 * `counter_not_signed_in` where no officer is signed in (after a rollover).
 */
import type { PriorityClass } from '@luot/protocol';

export type TicketState = 'waiting' | 'called' | 'serving' | 'done' | 'no_show' | 'expired';
export const TICKET_STATES: readonly TicketState[] = ['waiting', 'called', 'serving', 'done', 'no_show', 'expired'];

export interface SpecTicket {
  id: string;
  day: string;
  service: string;
  /** The service it was issued for: its daily number belongs to that service even after a transfer. */
  issuedFor: string;
  number: number;
  priority: PriorityClass;
  state: TicketState;
  queuedAt: number;
  front: boolean;
  targetCounter: number | null;
  counter: number | null;
  recallCount: number;
}

export interface SpecCounter {
  number: number;
  services: readonly string[];
  officer: boolean;
  state: 'open' | 'paused' | 'closed';
  current: string | null;
  streak: number;
}

export interface SpecRules {
  priorityRule: { kind: 'strict' } | { kind: 'interleave'; every: number };
  order: 'preference' | 'oldest';
  starvationMinutes: number;
  recallLimit: number;
}

/** What a step is expected to give: accepted (with the ticket it concerns), or refused with a code. */
export type Expected = { ok: true; ticketId: string | null } | { ok: false; code: string };

const refused = (code: string): Expected => ({ ok: false, code });

export class QueueSpec {
  readonly tickets = new Map<string, SpecTicket>();
  readonly counters = new Map<number, SpecCounter>();
  day: string;
  now: number;

  constructor(
    readonly rules: SpecRules,
    counters: { number: number; services: readonly string[] }[],
    now: number,
    readonly dayOf: (ms: number) => string,
  ) {
    this.now = now;
    this.day = dayOf(now);
    for (const c of counters) this.counters.set(c.number, { ...c, officer: false, state: 'closed', current: null, streak: 0 });
  }

  /** The clock moved: a new day expires what was live and closes every counter. */
  setClock(now: number): void {
    this.now = now;
    const day = this.dayOf(now);
    if (day === this.day) return;
    this.day = day;
    for (const t of this.tickets.values()) if (t.state === 'waiting' || t.state === 'called' || t.state === 'serving') t.state = 'expired';
    for (const c of this.counters.values()) Object.assign(c, { officer: false, state: 'closed', current: null, streak: 0 });
  }

  /** The next daily number of a service: numbers restart each day. */
  nextNumber(service: string): number {
    let max = 0;
    for (const t of this.tickets.values()) if (t.day === this.day && t.issuedFor === service) max = Math.max(max, t.number);
    return max + 1;
  }

  /** A ticket of an earlier run on the same hub (ended, of an earlier day): known, so nothing looks made up. */
  adopt(t: Pick<SpecTicket, 'id' | 'day' | 'service' | 'issuedFor' | 'number' | 'state'>): void {
    this.tickets.set(t.id, { ...t, priority: 'none', queuedAt: 0, front: false, targetCounter: null, counter: null, recallCount: 0 });
  }

  issue(id: string, service: string, priority: PriorityClass): SpecTicket {
    const t: SpecTicket = { id, day: this.day, service, issuedFor: service, number: this.nextNumber(service), priority, state: 'waiting', queuedAt: this.now, front: false, targetCounter: null, counter: null, recallCount: 0 };
    this.tickets.set(id, t);
    return t;
  }

  signIn(n: number): Expected {
    const c = this.counters.get(n)!;
    c.officer = true;
    c.state = 'open';
    return { ok: true, ticketId: null };
  }

  private current(c: SpecCounter): SpecTicket | null {
    const t = c.current ? this.tickets.get(c.current) : undefined;
    return t && (t.state === 'called' || t.state === 'serving') ? t : null;
  }

  /** Which waiting ticket counter `n` must call, by the hall's rule; null when none it serves waits. */
  choose(n: number): SpecTicket | null {
    const c = this.counters.get(n)!;
    const serves = (t: SpecTicket) => t.state === 'waiting' && t.day === this.day && (t.targetCounter === null ? c.services.includes(t.service) : t.targetCounter === n);
    const starvedBefore = this.now - this.rules.starvationMinutes * 60_000;
    const rank = (t: SpecTicket) => (t.targetCounter === n ? -1 : c.services.indexOf(t.service));
    const before = (a: SpecTicket, b: SpecTicket): number => {
      // Sent to the front first; then whoever waited past the limit, oldest first; then the counter's preference; then oldest.
      if (a.front !== b.front) return a.front ? -1 : 1;
      const as = a.queuedAt <= starvedBefore;
      const bs = b.queuedAt <= starvedBefore;
      if (as !== bs) return as ? -1 : 1;
      if (!as && this.rules.order === 'preference' && rank(a) !== rank(b)) return rank(a) - rank(b);
      return a.queuedAt - b.queuedAt || a.number - b.number || (a.id < b.id ? -1 : 1);
    };
    const mine = [...this.tickets.values()].filter(serves);
    const prio = mine.filter((t) => t.priority !== 'none').sort(before)[0] ?? null;
    const regular = mine.filter((t) => t.priority === 'none').sort(before)[0] ?? null;
    if (!prio) return regular;
    if (!regular) return prio;
    const rule = this.rules.priorityRule;
    if (rule.kind === 'strict') return prio;
    // Interleave: a priority ticket after `every` regular calls, and never behind regular citizens who came later.
    return c.streak >= rule.every || prio.queuedAt <= regular.queuedAt ? prio : regular;
  }

  callNext(n: number): Expected {
    const c = this.counters.get(n)!;
    if (!c.officer) return refused('counter_not_signed_in');
    if (c.state !== 'open') return refused('counter_not_open');
    if (this.current(c)) return refused('invalid_state');
    const t = this.choose(n);
    if (!t) return { ok: true, ticketId: null };
    c.streak = t.priority === 'none' ? c.streak + 1 : 0;
    Object.assign(t, { state: 'called', counter: n, recallCount: 0, front: false, targetCounter: null });
    c.current = t.id;
    return { ok: true, ticketId: t.id };
  }

  recall(n: number): Expected {
    const c = this.counters.get(n)!;
    if (!c.officer) return refused('counter_not_signed_in');
    if (c.state !== 'open') return refused('counter_not_open');
    const t = this.current(c);
    if (!t) return refused('no_current_ticket');
    if (t.state !== 'called') return refused('invalid_state');
    if (t.recallCount >= this.rules.recallLimit) return refused('recall_limit_reached');
    t.recallCount++;
    return { ok: true, ticketId: t.id };
  }

  startServing(n: number): Expected {
    const c = this.counters.get(n)!;
    if (!c.officer) return refused('counter_not_signed_in');
    if (c.state !== 'open') return refused('counter_not_open');
    const t = this.current(c);
    if (!t) return refused('no_current_ticket');
    t.state = 'serving';
    return { ok: true, ticketId: t.id };
  }

  /** Finish and no-show work on a paused counter too (the citizen is there). */
  finish(n: number): Expected {
    const c = this.counters.get(n)!;
    if (!c.officer) return refused('counter_not_signed_in');
    const t = this.current(c);
    if (!t) return refused('no_current_ticket');
    t.state = 'done';
    c.current = null;
    return { ok: true, ticketId: t.id };
  }

  noShow(n: number): Expected {
    const c = this.counters.get(n)!;
    if (!c.officer) return refused('counter_not_signed_in');
    const t = this.current(c);
    if (!t) return refused('no_current_ticket');
    if (t.state !== 'called') return refused('invalid_state');
    t.state = 'no_show';
    c.current = null;
    return { ok: true, ticketId: t.id };
  }

  transfer(n: number, to: { service: string } | { counter: number }, toFront: boolean): Expected {
    const c = this.counters.get(n)!;
    if (!c.officer) return refused('counter_not_signed_in');
    const t = this.current(c);
    if (!t) return refused('no_current_ticket');
    if ('counter' in to && to.counter === n) return refused('invalid_payload');
    Object.assign(t, {
      state: 'waiting',
      service: 'service' in to ? to.service : t.service,
      targetCounter: 'counter' in to ? to.counter : null,
      front: toFront,
      counter: null,
      recallCount: 0,
    });
    c.current = null;
    return { ok: true, ticketId: t.id };
  }

  /** By an officer signed in at some counter. */
  reactivate(id: string): Expected {
    if (![...this.counters.values()].some((c) => c.officer)) return refused('counter_not_signed_in');
    const t = this.tickets.get(id);
    if (!t) return refused('not_found');
    if (t.day !== this.day || t.state !== 'no_show') return refused('invalid_state');
    Object.assign(t, { state: 'waiting', counter: null, recallCount: 0 });
    return { ok: true, ticketId: t.id };
  }

  setState(n: number, state: 'open' | 'paused'): Expected {
    const c = this.counters.get(n)!;
    if (!c.officer) return refused('counter_not_signed_in');
    if (state === 'open' && !c.officer) return refused('invalid_state');
    c.state = state;
    return { ok: true, ticketId: null };
  }
}
