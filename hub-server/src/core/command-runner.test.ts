import { fail, luotError, ok, type HallEvent } from '@luot/protocol';
import { describe, expect, it } from 'vitest';
import { localDay, ManualClock } from './clock';
import { createCommandRunner, type Tx } from './command-runner';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import { createEventLog } from './event-log';

const MON = Date.parse('2026-11-23T09:00:00+07:00');
const TUE = Date.parse('2026-11-24T08:00:00+07:00');

function runner() {
  const db = openDatabase(':memory:');
  migrate(db);
  const clock = new ManualClock(MON);
  const broadcasts: HallEvent[][] = [];
  const run = createCommandRunner(db, createEventLog(db), (events) => broadcasts.push([...events]), () => {
    const now = clock.now();
    return { now, day: localDay(now) };
  });
  return { run, clock, broadcasts };
}

describe('the command runner and the day', () => {
  it("opens each day once, first in the day's first batch and in its transaction, with the batch's day", async () => {
    const { run, clock, broadcasts } = runner();
    const opened: string[] = [];
    run.startEachDay((tx) => {
      opened.push(tx.day);
      tx.emit({ type: 'day', at: tx.now, day: tx.day });
      return ok(null);
    });
    const seen: string[] = [];
    // Each command emits an event of its own, named after it.
    const command = (tx: Tx) => {
      seen.push(tx.day);
      tx.emit({ type: 'message', at: tx.now, message: `command ${seen.length}` });
      return ok(null);
    };
    await Promise.all([run({ actor: 'a', name: 'x' }, command), run({ actor: 'a', name: 'y' }, command)]);
    await run({ actor: 'a', name: 'z' }, command);
    expect(opened).toEqual(['2026-11-23']);
    clock.set(TUE);
    await run({ actor: 'a', name: 'x' }, command);
    expect(opened).toEqual(['2026-11-23', '2026-11-24']);
    expect(seen).toEqual(['2026-11-23', '2026-11-23', '2026-11-23', '2026-11-24']);
    // The day event travels with the batch that opened it, before that batch's own events.
    const told = (b: HallEvent[]) => b.map((e) => (e.type === 'message' ? e.message : e.type));
    expect(broadcasts.map(told)).toEqual([['day', 'command 1', 'command 2'], ['command 3'], ['day', 'command 4']]);
    // And the hub's sequence says the same order.
    for (const b of broadcasts) expect(b.map((e) => e.seq)).toEqual([...b.map((e) => e.seq)].sort((x, y) => x - y));
  });

  it('opens a quiet day on request, says so, and retries a failed opening at the next batch', async () => {
    const { run, clock } = runner();
    let failing = true;
    let openings = 0;
    run.startEachDay(() => {
      openings += 1;
      return failing ? fail(luotError('internal')) : ok(null);
    });
    expect(await run.openToday()).toBe(false);
    failing = false;
    expect(await run({ actor: 'a', name: 'x' }, () => ok(1))).toEqual({ ok: true, value: 1 });
    expect(openings).toBe(2);
    expect(await run.openToday()).toBe(true);
    expect(openings).toBe(2);
    clock.set(TUE);
    expect(await run.openToday()).toBe(true);
    expect(openings).toBe(3);
  });
});
