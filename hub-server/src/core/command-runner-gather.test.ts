/**
 * Group commit under load (GATHER_WINDOW_MS): after a batch of several
 * commands, the next batch waits a moment for the commands on their way; a
 * quiet hall's lone command never waits. Batches are seen as broadcasts (one
 * per commit). The window is made long here so that the event loop's turns,
 * not the machine's speed, decide what joins a batch.
 */
import { ok, type HallEvent } from '@luot/protocol';
import { describe, expect, it } from 'vitest';
import { localDay, ManualClock } from './clock';
import { createCommandRunner, type Tx } from './command-runner';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import { createEventLog } from './event-log';

const MON = Date.parse('2026-11-23T09:00:00+07:00');

function runner(gatherWindowMs: number) {
  const db = openDatabase(':memory:');
  migrate(db);
  const clock = new ManualClock(MON);
  const batches: string[][] = [];
  const run = createCommandRunner(
    db,
    createEventLog(db),
    (events: readonly HallEvent[]) => batches.push(events.map((e) => (e.type === 'message' ? e.message ?? '' : e.type))),
    () => ({ now: clock.now(), day: localDay(clock.now()) }),
    () => undefined,
    { gatherWindowMs },
  );
  const say = (name: string) => run({ actor: 'kiosk', name }, (tx: Tx) => {
    tx.emit({ type: 'message', at: tx.now, message: name });
    return ok(name);
  });
  return { say, batches };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('group commit under load', () => {
  it('a quiet hall commits a lone command in the turn it came, without waiting', async () => {
    const { say, batches } = runner(60_000);
    const started = performance.now();
    const first = say('a');
    await nextTurn();
    const second = say('b');
    await Promise.all([first, second]);
    expect(batches).toEqual([['a'], ['b']]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('after a batch of several, the next one gathers what comes in the following turns', async () => {
    const { say, batches } = runner(60_000);
    await Promise.all([say('a'), say('b')]);
    const c = say('c');
    await nextTurn();
    const d = say('d');
    await nextTurn();
    const e = say('e');
    await nextTurn();
    const f = say('f');
    // Twice the last batch has come: committed at once, not at the end of the (long) window.
    expect(await Promise.all([c, d, e, f])).toEqual(['c', 'd', 'e', 'f'].map((v) => ({ ok: true, value: v })));
    expect(batches).toEqual([['a', 'b'], ['c', 'd', 'e', 'f']]);
  });

  it('stops gathering when the window has passed, whatever came', async () => {
    const { say, batches } = runner(20);
    await Promise.all([say('a'), say('b')]);
    const started = performance.now();
    await say('c');
    expect(batches).toEqual([['a', 'b'], ['c']]);
    // It waited for more (a long turn of a busy machine may end it sooner: MAX_GATHER_TURNS), but not for ever.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
