/**
 * Simulated time: starts at a chosen hall-local instant and runs `speed` times
 * faster than real time. Only the simulator's own waits are compressed; the
 * hub stamps events with its own clock (see README.md, "Time").
 */
import { setTimeout as sleep } from 'node:timers/promises';

export class ScaledClock {
  private readonly realStart: number;

  constructor(
    readonly startAt: number,
    readonly speed: number,
    private readonly realNow: () => number = () => performance.now(),
  ) {
    if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError(`speed must be a positive number, got ${speed}`);
    this.realStart = realNow();
  }

  /** Simulated epoch ms; never goes backwards. */
  now(): number {
    return this.startAt + (this.realNow() - this.realStart) * this.speed;
  }

  /** Real milliseconds since the start. */
  realElapsed(): number {
    return this.realNow() - this.realStart;
  }

  /** Waits until the simulated clock reaches `at`; rejects with an AbortError when `signal` aborts. */
  async until(at: number, signal?: AbortSignal): Promise<void> {
    const realDelay = (at - this.now()) / this.speed;
    if (realDelay > 0) await sleep(realDelay, undefined, { signal });
    else signal?.throwIfAborted();
  }

  /** Waits a simulated duration. */
  wait(simulatedMs: number, signal?: AbortSignal): Promise<void> {
    return this.until(this.now() + simulatedMs, signal);
  }
}
