/**
 * The queue's pure rules (queue-rules.ts: chooseNext; ticket-moves.ts: every
 * move of a ticket) assembled into an in-memory queue, with the same checks
 * the counter actions make before a move. What the model-based test holds to
 * the spec without any database or socket in between.
 */
import type { PriorityClass } from '@luot/protocol';
import { chooseNext, type QueueRules } from '../../src/queue/queue-rules';
import { expireMove, finishMove, noShowMove, reactivateMove, recallMove, startServingMove, transferMove } from '../../src/queue/ticket-moves';
import type { TicketRecord } from '../../src/queue/ticket-repo';
import type { Outcome, QueueSystem } from './queue-system';

interface PureCounter {
  number: number;
  services: readonly string[];
  officer: boolean;
  state: 'open' | 'paused' | 'closed';
  current: string | null;
  streak: number;
}

const refused = (code: string): Outcome => ({ ok: false, code });

export function pureQueue(options: { rules: QueueRules; recallLimit: number; counters: { number: number; services: readonly string[] }[]; now: number; dayOf: (ms: number) => string }): QueueSystem {
  const tickets = new Map<string, TicketRecord>();
  const counters = new Map<number, PureCounter>(options.counters.map((c) => [c.number, { ...c, officer: false, state: 'closed', current: null, streak: 0 }]));
  let now = options.now;
  let day = options.dayOf(now);
  let made = 0;
  const save = (t: TicketRecord): Outcome => (tickets.set(t.id, t), { ok: true, ticketId: t.id });
  const current = (c: PureCounter) => {
    const t = c.current ? tickets.get(c.current) : undefined;
    return t && (t.state === 'called' || t.state === 'serving') ? t : null;
  };
  const counter = (n: number) => counters.get(n)!;
  /** The gateway's check before any counter command: the officer is signed in there. */
  const signedIn = (n: number): Outcome | null => (counter(n).officer ? null : refused('counter_not_signed_in'));

  return {
    async issue(service: string, priority: PriorityClass) {
      const number = 1 + Math.max(0, ...[...tickets.values()].filter((t) => t.day === day && t.prefix === service).map((t) => t.number));
      const id = `t${++made}`;
      return save({
        id, day, service, number, code: `${service}${number}`, prefix: service, priority, source: 'kiosk', state: 'waiting', issuedAt: now, queuedAt: now,
        front: false, calledAt: null, servingAt: null, finishedAt: null, counter: null, targetCounter: null, officerId: null, recallCount: 0,
        outcome: null, rating: null, rated: false, dossierId: null,
      });
    },
    async signIn(n) {
      Object.assign(counter(n), { officer: true, state: 'open' });
      return { ok: true, ticketId: null };
    },
    async callNext(n) {
      const gate = signedIn(n);
      if (gate) return gate;
      const c = counter(n);
      if (c.state !== 'open') return refused('counter_not_open');
      if (current(c)) return refused('invalid_state');
      const waiting = [...tickets.values()].filter((t) => t.day === day && t.state === 'waiting');
      const choice = chooseNext(waiting, { number: n, services: c.services, regularStreak: c.streak }, options.rules, now);
      if (!choice) return { ok: true, ticketId: null };
      c.streak = choice.regularStreak;
      c.current = choice.ticket.id;
      return save({ ...choice.ticket, state: 'called', calledAt: now, servingAt: null, counter: n, recallCount: 0, front: false, targetCounter: null });
    },
    async recall(n) {
      const gate = signedIn(n);
      if (gate) return gate;
      const c = counter(n);
      if (c.state !== 'open') return refused('counter_not_open');
      const t = current(c);
      if (!t) return refused('no_current_ticket');
      const moved = recallMove(t, options.recallLimit);
      return moved.ok ? save(moved.value) : refused(moved.error.code);
    },
    async startServing(n) {
      const gate = signedIn(n);
      if (gate) return gate;
      const c = counter(n);
      if (c.state !== 'open') return refused('counter_not_open');
      const t = current(c);
      if (!t) return refused('no_current_ticket');
      const moved = startServingMove(t, now);
      return moved ? save(moved) : { ok: true, ticketId: t.id };
    },
    async finish(n) {
      const gate = signedIn(n);
      if (gate) return gate;
      const c = counter(n);
      const t = current(c);
      if (!t) return refused('no_current_ticket');
      c.current = null;
      return save(finishMove(t, 'guided', now));
    },
    async noShow(n) {
      const gate = signedIn(n);
      if (gate) return gate;
      const c = counter(n);
      const t = current(c);
      if (!t) return refused('no_current_ticket');
      const moved = noShowMove(t, now);
      if (!moved.ok) return refused(moved.error.code);
      c.current = null;
      return save(moved.value);
    },
    async transfer(n, to, toFront) {
      const gate = signedIn(n);
      if (gate) return gate;
      const c = counter(n);
      const t = current(c);
      if (!t) return refused('no_current_ticket');
      if ('counter' in to && to.counter === n) return refused('invalid_payload');
      c.current = null;
      return save(transferMove(t, 'service' in to ? to.service : t.service, 'counter' in to ? to.counter : null, toFront));
    },
    async reactivate(id) {
      if (![...counters.values()].some((c) => c.officer)) return refused('counter_not_signed_in');
      const t = tickets.get(id);
      if (!t) return refused('not_found');
      const moved = reactivateMove(t, day);
      return moved.ok ? save(moved.value) : refused(moved.error.code);
    },
    async setState(n, state) {
      const gate = signedIn(n);
      if (gate) return gate;
      const c = counter(n);
      if (state === 'open' && !c.officer) return refused('invalid_state');
      c.state = state;
      return { ok: true, ticketId: null };
    },
    async setClock(ms) {
      now = ms;
      const next = options.dayOf(ms);
      if (next === day) return;
      day = next;
      for (const t of tickets.values()) if (t.state === 'waiting' || t.state === 'called' || t.state === 'serving') tickets.set(t.id, expireMove(t, now));
      for (const c of counters.values()) Object.assign(c, { officer: false, state: 'closed', current: null, streak: 0 });
    },
    async state() {
      return {
        tickets: [...tickets.values()].map((t) => ({ id: t.id, day: t.day, service: t.service, number: t.number, code: t.code, state: t.state, counter: t.counter })),
        counters: [...counters.values()].map((c) => ({ number: c.number, state: c.state, current: c.current })),
      };
    },
  };
}
