/**
 * Model-based test of the queue on a real hub: the same random sequences as
 * the pure rules' test (queue-model-pure.test.ts), run over sockets, the
 * hub's database checked against the spec after every step. One hub serves
 * every run: each starts on a new day (the rollover expires what the last
 * run left, and the spec adopts those ended tickets), which also exercises
 * the rollover between runs. The hall is open around the clock.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { localDay } from '../src/core/clock';
import { startTestHub, testHallConfig, type TestHub } from '@luot/testing';
import { hubQueue } from './queue-model/hub-queue';
import { queueCommands, type Hall } from './queue-model/queue-commands';
import { QueueSpec, type SpecRules } from './queue-model/queue-spec';
import type { QueueSystem } from './queue-model/queue-system';

const base = testHallConfig();
/** A hall open around the clock with the given queue rules. */
const hallWith = (rules: SpecRules) =>
  testHallConfig({
    hours: { sessions: [{ name: 'all-day', start: '00:00', end: '23:59' }], weekdays: [1, 2, 3, 4, 5, 6, 7], saturdaySessions: [], issuingCutOffMinutes: 0, holidays: [] },
    services: base.services.map((s) => ({ ...s, dailyCap: 9999 })),
    queue: { ...base.queue, priorityRule: rules.priorityRule, order: rules.order, starvationMinutes: rules.starvationMinutes, recallLimit: rules.recallLimit },
  });
const HALL: Hall = {
  services: [
    { code: 'DKKD', priorities: ['none', 'elderly', 'none', 'disability'] },
    { code: 'DATDAI', priorities: ['none', 'pregnant'] },
    { code: 'TRAKQ', priorities: ['none'] },
  ],
  counters: [1, 2, 3],
};
const serviceOfPrefix = new Map(base.services.map((s) => [s.prefix, s.code]));
/** Runs per priority rule: each costs about a second (officers sign in again on each new day). */
const RUNS = 10;
const DAY_MS = 24 * 60 * 60_000;
let runs = 0;
let steps = 0;
afterAll(() => console.log(`model-based (real hub): ${runs} runs, ${steps} steps`));

describe.each<[string, SpecRules]>([
  ['strict priority, by preference', { priorityRule: { kind: 'strict' }, order: 'preference', starvationMinutes: 30, recallLimit: 2 }],
  ['1 priority in 2, oldest first', { priorityRule: { kind: 'interleave', every: 2 }, order: 'oldest', starvationMinutes: 45, recallLimit: 1 }],
])('the queue on a real hub (%s)', (_name, rules) => {
  const config = hallWith(rules);
  let hub: TestHub;
  let system: QueueSystem & { close(): void };
  beforeAll(async () => {
    hub = await startTestHub({ config, serveApps: false, socketCommandRate: null });
    system = await hubQueue(hub, HALL.counters);
  });
  afterAll(async () => {
    system?.close();
    await hub?.close();
  });

  /** A new day for the next run, and a spec that knows every ticket the hub already holds. */
  async function freshDay(): Promise<QueueSpec> {
    const start = hub.clock.now() + DAY_MS;
    await system.setClock(start);
    const model = new QueueSpec(rules, config.counters.map((c) => ({ number: c.number, services: c.services })), start, localDay);
    for (const t of (await system.state()).tickets) {
      const issuedFor = serviceOfPrefix.get(t.code.replace(/\d+$/, '')) ?? t.service;
      model.adopt({ id: t.id, day: t.day, service: t.service, issuedFor, number: t.number, state: t.state as never });
    }
    return model;
  }

  it('agrees with the spec after every step of any sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(queueCommands(HALL), { maxCommands: 40, size: 'max' }), async (cmds) => {
        runs++;
        steps += [...cmds].length;
        const model = await freshDay();
        await fc.asyncModelRun(() => ({ model, real: system }), cmds);
      }),
      { numRuns: RUNS },
    );
  }, 150_000);
});
