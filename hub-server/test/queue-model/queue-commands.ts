/**
 * The model-based test's commands (fast-check `fc.commands`): each runs a
 * step on the model (QueueSpec) and on the system, checks they agree on the
 * outcome, then checks the invariants on the system's whole state. A failing
 * sequence shrinks to a minimal one, printed with each step's toString.
 */
import fc from 'fast-check';
import type { PriorityClass } from '@luot/protocol';
import { TICKET_STATES, type Expected, type QueueSpec } from './queue-spec';
import type { Outcome, QueueSystem } from './queue-system';

export interface Hall {
  services: { code: string; priorities: readonly PriorityClass[] }[];
  counters: number[];
}

type Cmd = fc.AsyncCommand<QueueSpec, QueueSystem>;

function agree(step: string, expected: Expected, actual: Outcome): void {
  const show = (o: Expected | Outcome) => (o.ok ? `ok ${o.ticketId ?? 'null'}` : `refused ${o.code}`);
  if (show(expected) !== show(actual)) throw new Error(`${step}: the model expects ${show(expected)}, the system gave ${show(actual)}`);
}

/** After every step: nothing lost or duplicated, one number per ticket per service and day, one state each, counters hold what they should. */
export async function checkInvariants(model: QueueSpec, system: QueueSystem, step: string): Promise<void> {
  const { tickets, counters } = await system.state();
  const fail = (why: string) => {
    throw new Error(`${step}: ${why}`);
  };
  const ids = new Set(tickets.map((t) => t.id));
  if (ids.size !== tickets.length) fail('a ticket is duplicated');
  if (ids.size !== model.tickets.size || [...model.tickets.keys()].some((id) => !ids.has(id))) fail(`tickets lost or made up: system ${ids.size}, model ${model.tickets.size}`);
  const numbers = new Map<string, Set<number>>();
  const codes = new Set<string>();
  for (const t of tickets) {
    const m = model.tickets.get(t.id)!;
    // Numbers belong to the service a ticket was issued for, and stay with it through transfers.
    const service = `${t.day}/${m.issuedFor}`;
    const given = numbers.get(service) ?? new Set<number>();
    if (given.has(t.number)) fail(`number ${t.number} of ${service} given twice`);
    numbers.set(service, given.add(t.number));
    if (codes.has(`${t.day}/${t.code}`)) fail(`code ${t.code} printed twice on ${t.day}`);
    codes.add(`${t.day}/${t.code}`);
    if (!TICKET_STATES.includes(t.state as never)) fail(`ticket ${t.id} in an unknown state ${t.state}`);
    if (m.state !== t.state || m.service !== t.service || m.number !== t.number || m.day !== t.day) {
      fail(`ticket ${t.id}: system ${t.state} ${t.service}${t.number} ${t.day}, model ${m.state} ${m.service}${m.number} ${m.day}`);
    }
    const holders = counters.filter((c) => c.current === t.id);
    if ((t.state === 'called' || t.state === 'serving') && (holders.length !== 1 || holders[0]!.number !== t.counter)) fail(`ticket ${t.id} is ${t.state} but held by ${holders.length} counters`);
  }
  for (const c of counters) {
    const m = model.counters.get(c.number)!;
    const held = c.current ? tickets.find((t) => t.id === c.current) : undefined;
    const current = held && (held.state === 'called' || held.state === 'serving') ? held.id : null;
    if (c.state !== m.state || current !== m.current) fail(`counter ${c.number}: system ${c.state} holding ${current}, model ${m.state} holding ${m.current}`);
  }
  for (const [service, n] of numbers) if (n.size !== Math.max(...n)) fail(`numbers of ${service} are not 1..${n.size}`);
}

const step = (name: string, act: (m: QueueSpec, s: QueueSystem) => Promise<void>): Cmd => ({
  check: () => true,
  run: async (m, s) => {
    await act(m, s);
    await checkInvariants(m, s, name);
  },
  toString: () => name,
});

/** Counter steps predicted by the model: run both, compare outcomes. */
const counterStep = (name: string, counter: number, model: (m: QueueSpec) => Expected, system: (s: QueueSystem) => Promise<Outcome>): Cmd =>
  step(`${name}(${counter})`, async (m, s) => {
    const actual = await system(s);
    agree(`${name}(${counter})`, model(m), actual);
  });

export function queueCommands(hall: Hall): fc.Arbitrary<Cmd>[] {
  const counter = fc.constantFrom(...hall.counters);
  const service = fc.constantFrom(...hall.services);
  return [
    fc.tuple(service, fc.nat()).map(([svc, i]) => {
      const priority = svc.priorities[i % svc.priorities.length]!;
      return step(`issue(${svc.code}, ${priority})`, async (m, s) => {
        const r = await s.issue(svc.code, priority);
        if (!r.ok || r.ticketId === null) throw new Error(`issue(${svc.code}) refused: ${r.ok ? 'no ticket' : r.code}`);
        const expectedNumber = m.nextNumber(svc.code);
        m.issue(r.ticketId, svc.code, priority);
        const got = (await s.state()).tickets.find((t) => t.id === r.ticketId);
        if (got?.number !== expectedNumber) throw new Error(`issue(${svc.code}) gave number ${got?.number}, expected ${expectedNumber}`);
      });
    }),
    counter.map((n) => counterStep('signIn', n, (m) => m.signIn(n), (s) => s.signIn(n))),
    counter.map((n) => counterStep('callNext', n, (m) => m.callNext(n), (s) => s.callNext(n))),
    counter.map((n) => counterStep('recall', n, (m) => m.recall(n), (s) => s.recall(n))),
    counter.map((n) => counterStep('startServing', n, (m) => m.startServing(n), (s) => s.startServing(n))),
    counter.map((n) => counterStep('finish', n, (m) => m.finish(n), (s) => s.finish(n))),
    counter.map((n) => counterStep('noShow', n, (m) => m.noShow(n), (s) => s.noShow(n))),
    fc.tuple(counter, fc.oneof(service.map((v) => ({ service: v.code })), counter.map((c) => ({ counter: c }))), fc.boolean()).map(([n, to, front]) =>
      counterStep(`transfer→${JSON.stringify(to)}${front ? ' to front' : ''}`, n, (m) => m.transfer(n, to, front), (s) => s.transfer(n, to, front)),
    ),
    fc.tuple(counter, fc.constantFrom<'open' | 'paused'>('open', 'paused')).map(([n, st]) => counterStep(`setState ${st}`, n, (m) => m.setState(n, st), (s) => s.setState(n, st))),
    fc.nat().map((i) =>
      step(`reactivate(#${i})`, async (m, s) => {
        // One of the no-shows (of any day), else any ticket: the refusals are part of the rule.
        const noShows = [...m.tickets.values()].filter((t) => t.state === 'no_show');
        const pool = noShows.length > 0 ? noShows : [...m.tickets.values()];
        if (pool.length === 0) return;
        const id = pool[i % pool.length]!.id;
        agree(`reactivate(${id})`, m.reactivate(id), await s.reactivate(id));
      }),
    ),
    // Time passes: mostly minutes (starvation limits come into play), sometimes a whole day (the rollover).
    fc.oneof(
      { weight: 5, arbitrary: fc.integer({ min: 1, max: 20 }) },
      { weight: 1, arbitrary: fc.constant(24 * 60) },
    ).map((minutes) =>
      step(minutes === 24 * 60 ? 'rollover (next day)' : `wait ${minutes} min`, async (m, s) => {
        const now = m.now + minutes * 60_000;
        await s.setClock(now);
        m.setClock(now);
      }),
    ),
  ];
}
