import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../core/logger';
import { startDayTimer } from './day-timer';

describe('the day timer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('logs a rollover that throws, rejects or fails, and keeps ticking', async () => {
    const logger = createLogger('silent');
    const error = vi.spyOn(logger, 'error');
    const warn = vi.spyOn(logger, 'warn');
    const outcomes: (() => Promise<boolean>)[] = [
      () => {
        throw new Error('clock broke');
      },
      () => Promise.reject(new Error('disk full')),
      () => Promise.resolve(false),
      () => Promise.resolve(true),
    ];
    let calls = 0;
    const stop = startDayTimer({ ensureToday: () => outcomes[calls++]!() }, logger, 1000);
    for (let i = 0; i < 4; i++) await vi.advanceTimersByTimeAsync(1000);
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toBe(4);
    expect(error).toHaveBeenCalledTimes(2);
    expect(error.mock.calls.map(([o]) => ((o as { err: Error }).err).message)).toEqual(['clock broke', 'disk full']);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
