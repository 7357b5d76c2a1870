/** The runner's background work never throws out of its setImmediate, and writes set aside ride on commits. */
import { ok } from '@luot/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDay, ManualClock } from './clock';
import { ASIDE_DELAY_MS, createCommandRunner } from './command-runner';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import { createEventLog } from './event-log';

const MON = Date.parse('2026-11-23T09:00:00+07:00');

function setup(options: { broadcast?: () => void; today?: () => { now: number; day: string } } = {}) {
  const db = openDatabase(':memory:');
  migrate(db);
  const clock = new ManualClock(MON);
  const troubles: string[] = [];
  const today = options.today ?? (() => ({ now: clock.now(), day: localDay(clock.now()) }));
  const run = createCommandRunner(db, createEventLog(db), options.broadcast ?? (() => undefined), today, (_e, what) => void troubles.push(what));
  db.exec("CREATE TABLE seen (id TEXT PRIMARY KEY, at INTEGER) STRICT");
  const seen = (id: string) => db.prepare<[string], { at: number }>('SELECT at FROM seen WHERE id = ?').get(id)?.at;
  const touch = (id: string, at: number) => () =>
    void db.prepare('INSERT INTO seen (id, at) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at').run(id, at);
  return { db, run, troubles, seen, touch };
}

afterEach(() => vi.useRealTimers());

describe('the command runner under faults', () => {
  it('acks committed commands when the broadcast throws, and reports it', async () => {
    const { run, troubles } = setup({ broadcast: () => { throw new Error('socket layer broke'); } });
    const result = await run({ actor: 'a', name: 'x' }, (tx) => (tx.emit({ type: 'message', at: tx.now, message: 'hi' }), ok(1)));
    expect(result).toEqual({ ok: true, value: 1 });
    expect(troubles).toEqual(['a broadcast']);
  });

  it('rejects the batch when the clock throws, instead of throwing from its timer', async () => {
    let broken = false;
    const { run, troubles } = setup({ today: () => { if (broken) throw new Error('clock broke'); return { now: MON, day: localDay(MON) }; } });
    broken = true;
    await expect(run({ actor: 'a', name: 'x' }, () => ok(1))).rejects.toThrow('clock broke');
    expect(troubles).toEqual(['a batch of commands']);
    broken = false;
    await expect(run({ actor: 'a', name: 'x' }, () => ok(2))).resolves.toEqual({ ok: true, value: 2 });
  });
});

describe('writes set aside', () => {
  it('wait for the next commit, keep only the newest per key, and commit with it', async () => {
    const { run, seen, touch } = setup();
    run.writeAside('seen:k1', touch('k1', 1));
    run.writeAside('seen:k1', touch('k1', 2));
    run.writeAside('seen:k2', touch('k2', 5));
    expect(seen('k1')).toBeUndefined();
    await run({ actor: 'a', name: 'x' }, () => ok(null));
    expect(seen('k1')).toBe(2);
    expect(seen('k2')).toBe(5);
  });

  it('commit alone after a short delay in a quiet hall, and one that fails spoils nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate'] });
    const { run, seen, touch, troubles } = setup();
    run.writeAside('bad', () => { throw new Error('row gone'); });
    run.writeAside('seen:k1', touch('k1', 7));
    await vi.advanceTimersByTimeAsync(ASIDE_DELAY_MS - 10);
    expect(seen('k1')).toBeUndefined();
    await vi.advanceTimersByTimeAsync(20);
    expect(seen('k1')).toBe(7);
    expect(troubles).toEqual(['a write set aside']);
  });

  it('are committed by settle() at close, and the timer is stopped', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate'] });
    const { run, seen, touch } = setup();
    run.writeAside('seen:k1', touch('k1', 9));
    run.settle();
    expect(seen('k1')).toBe(9);
    expect(vi.getTimerCount()).toBe(0);
  });
});
