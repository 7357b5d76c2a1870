import { describe, expect, it } from 'vitest';
import { ManualClock } from './clock';
import { createHallTime } from './hall-time';

const T = Date.parse('2026-11-23T23:50:00+07:00');
const HOUR = 60 * 60_000;

describe('the hall time', () => {
  it('never goes back: it waits at the latest time until the clock catches up, and says so once per step', () => {
    const clock = new ManualClock(T);
    const steps: number[] = [];
    const time = createHallTime(clock, (ms) => steps.push(ms));
    expect(time()).toEqual({ now: T, day: '2026-11-23' });
    clock.advance(20 * 60_000); // past midnight
    expect(time().day).toBe('2026-11-24');
    clock.advance(-HOUR); // NTP steps back across midnight
    expect(time()).toEqual({ now: T + 20 * 60_000, day: '2026-11-24' });
    expect(time().now).toBe(T + 20 * 60_000);
    expect(steps).toEqual([HOUR]);
    clock.advance(HOUR + 1);
    expect(time().now).toBe(T + 20 * 60_000 + 1);
    clock.advance(-1);
    time();
    expect(steps).toEqual([HOUR, 1]);
  });
});
