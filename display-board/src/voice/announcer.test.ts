import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Announcement } from './announcement';
import { DEFAULT_ANNOUNCEMENT_SETTINGS } from './announcement';
import { Announcer, type PlaybackBackend } from './announcer';

/** A backend whose playbacks the test finishes by hand, and that notices overlaps. */
class ManualBackend implements PlaybackBackend {
  readonly name = 'manual';
  readonly started: Announcement[] = [];
  private finishers: Array<() => void> = [];
  playing = 0;
  maxPlaying = 0;
  play(a: Announcement): Promise<void> {
    this.started.push(a);
    this.playing++;
    this.maxPlaying = Math.max(this.maxPlaying, this.playing);
    return new Promise((resolve) => {
      this.finishers.push(() => {
        this.playing--;
        resolve();
      });
    });
  }
  /** Finishes the current playback and lets the announcer move on. */
  async finishCurrent(): Promise<void> {
    const f = this.finishers.shift();
    if (!f) throw new Error('nothing is playing');
    f();
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** A backend that takes a little real time per playback. */
const timedBackend = (ms: number, log: string[]): PlaybackBackend => ({
  name: 'timed',
  play: (a) => new Promise((resolve) => {
    log.push(`start ${a.code}`);
    setTimeout(() => {
      log.push(`end ${a.code}`);
      resolve();
    }, ms);
  }),
});

const call = (n: number, recall = 0) => ({ ticketId: `t${n}`, code: `A${String(n).padStart(3, '0')}`, counter: (n % 9) + 1, recall });

afterEach(() => {
  vi.useRealTimers();
});

describe('Announcer', () => {
  it('says one call at a time, in order, never cutting one off', async () => {
    const backend = new ManualBackend();
    const a = new Announcer({ backend, settings: DEFAULT_ANNOUNCEMENT_SETTINGS });
    a.setLocked(false);
    a.announce(call(1));
    a.announce(call(2));
    a.announce(call(3));
    expect(backend.started.map((x) => x.code)).toEqual(['A001']);
    expect(a.queue.map((r) => r.code)).toEqual(['A002', 'A003']);
    await backend.finishCurrent();
    expect(backend.started.map((x) => x.code)).toEqual(['A001', 'A002']);
    await backend.finishCurrent();
    await backend.finishCurrent();
    await a.whenIdle();
    expect(backend.maxPlaying).toBe(1);
    expect(a.history.map((r) => [r.code, r.status])).toEqual([
      ['A001', 'done'],
      ['A002', 'done'],
      ['A003', 'done'],
    ]);
  });

  it('says a burst of ten calls in order with none dropped', async () => {
    const log: string[] = [];
    const a = new Announcer({ backend: timedBackend(3, log), settings: DEFAULT_ANNOUNCEMENT_SETTINGS });
    a.setLocked(false);
    for (let n = 1; n <= 10; n++) a.announce(call(n));
    await a.whenIdle();
    const expected = Array.from({ length: 10 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`);
    expect(log).toEqual(expected.flatMap((c) => [`start ${c}`, `end ${c}`]));
    expect(a.history.every((r) => r.status === 'done')).toBe(true);
  });

  it('says a recall again, but the same call only once', async () => {
    const log: string[] = [];
    const a = new Announcer({ backend: timedBackend(1, log), settings: DEFAULT_ANNOUNCEMENT_SETTINGS });
    a.setLocked(false);
    expect(a.announce(call(7))).not.toBeNull();
    expect(a.announce(call(7))).toBeNull();
    expect(a.announce(call(7, 1))).not.toBeNull();
    await a.whenIdle();
    expect(log.filter((l) => l.startsWith('start'))).toEqual(['start A007', 'start A007']);
    expect(a.history.map((r) => r.recall)).toEqual([0, 1]);
  });

  it('keeps calls queued while sound is locked and says them once unlocked', async () => {
    const log: string[] = [];
    const a = new Announcer({ backend: timedBackend(1, log), settings: DEFAULT_ANNOUNCEMENT_SETTINGS });
    a.announce(call(1));
    a.announce(call(2));
    await a.whenIdle();
    expect(log).toEqual([]);
    expect(a.queue.map((r) => r.code)).toEqual(['A001', 'A002']);
    a.setLocked(false);
    await a.whenIdle();
    expect(log).toEqual(['start A001', 'end A001', 'start A002', 'end A002']);
  });

  it('skips calls that waited too long behind a locked sound', async () => {
    let now = 0;
    const log: string[] = [];
    const a = new Announcer({ backend: timedBackend(1, log), settings: DEFAULT_ANNOUNCEMENT_SETTINGS, now: () => now, maxWaitMs: 1000 });
    a.announce(call(1));
    now = 5000;
    a.announce(call(2));
    a.setLocked(false);
    await a.whenIdle();
    expect(a.history.map((r) => r.status)).toEqual(['skipped', 'done']);
    expect(log).toEqual(['start A002', 'end A002']);
  });

  it('goes on after a failing or hanging backend', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const backend: PlaybackBackend = {
      name: 'flaky',
      play: () => {
        calls++;
        if (calls === 1) return Promise.reject(new Error('decode failed'));
        if (calls === 2) return new Promise(() => undefined); // never finishes
        return Promise.resolve();
      },
    };
    const a = new Announcer({ backend, settings: DEFAULT_ANNOUNCEMENT_SETTINGS, playTimeoutMs: 5000 });
    a.setLocked(false);
    a.announce(call(1));
    a.announce(call(2));
    a.announce(call(3));
    await vi.advanceTimersByTimeAsync(6000);
    await a.whenIdle();
    expect(a.history.map((r) => r.status)).toEqual(['failed', 'failed', 'done']);
    expect(a.history[0]?.error).toBe('decode failed');
    expect(a.history[1]?.error).toMatch(/did not finish/);
  });

  it('records an unreadable code as failed without stopping the queue', async () => {
    const log: string[] = [];
    const a = new Announcer({ backend: timedBackend(1, log), settings: DEFAULT_ANNOUNCEMENT_SETTINGS });
    a.setLocked(false);
    a.announce({ ticketId: 'x', code: '??', counter: 1, recall: 0 });
    a.announce(call(4));
    await a.whenIdle();
    expect(a.history.map((r) => r.status)).toEqual(['failed', 'done']);
    expect(log).toEqual(['start A004', 'end A004']);
  });

  it('exposes the clip sequence it plays', () => {
    const a = new Announcer({ backend: new ManualBackend(), settings: DEFAULT_ANNOUNCEMENT_SETTINGS });
    const r = a.announce({ ticketId: 'x', code: 'A015', counter: 5, recall: 0 });
    expect(r?.clips.slice(0, 7)).toEqual(['chime', 'phrase-moi-cong-dan-co-so-thu-tu', 'letter-a', 'num-10', 'num-lam', 'phrase-den-quay-so', 'num-5']);
  });
});
