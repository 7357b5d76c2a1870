/**
 * Model-based test of the queue's pure rules: random sequences of issue /
 * call / recall / serve / finish / no-show / re-activate / transfer / pause /
 * open / wait / rollover over three counters, the pure rules against the
 * spec (queue-model/queue-spec.ts), invariants after every step. Under both
 * priority rules the hall may choose. A failing sequence shrinks.
 */
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { localDay } from '../src/core/clock';
import { pureQueue } from './queue-model/pure-queue';
import { queueCommands, type Hall } from './queue-model/queue-commands';
import { QueueSpec, type SpecRules } from './queue-model/queue-spec';

const MONDAY_9AM = Date.parse('2026-11-23T02:00:00Z');
const HALL: Hall = {
  services: [
    { code: 'DKKD', priorities: ['none', 'elderly', 'none', 'disability'] },
    { code: 'DATDAI', priorities: ['none', 'pregnant'] },
    { code: 'TRAKQ', priorities: ['none'] },
  ],
  counters: [1, 2, 3],
};
const COUNTERS = [
  { number: 1, services: ['DKKD', 'DATDAI'] },
  { number: 2, services: ['DATDAI', 'DKKD'] },
  { number: 3, services: ['TRAKQ'] },
];
const RUNS = 1000;
let runs = 0;

afterAll(() => console.log(`model-based (pure rules): ${runs} runs`));

describe.each<[string, SpecRules]>([
  ['strict priority, by preference', { priorityRule: { kind: 'strict' }, order: 'preference', starvationMinutes: 30, recallLimit: 2 }],
  ['1 priority in 3, oldest first', { priorityRule: { kind: 'interleave', every: 3 }, order: 'oldest', starvationMinutes: 45, recallLimit: 1 }],
])('the pure queue rules (%s)', (_name, rules) => {
  it('agree with the spec after every step of any sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(queueCommands(HALL), { maxCommands: 60, size: 'max' }), async (cmds) => {
        runs++;
        const model = new QueueSpec(rules, COUNTERS, MONDAY_9AM, localDay);
        const system = pureQueue({ rules, recallLimit: rules.recallLimit, counters: COUNTERS, now: MONDAY_9AM, dayOf: localDay });
        await fc.asyncModelRun(() => ({ model, real: system }), cmds);
      }),
      { numRuns: RUNS / 2 },
    );
  });
});
