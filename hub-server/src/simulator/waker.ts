/** Lets an idle officer sleep until something happens (a ticket for them) or a simulated timeout. */
import type { ScaledClock } from './scaled-clock';

export class Waker {
  private pending: Array<() => void> = [];

  wake(): void {
    const list = this.pending;
    this.pending = [];
    for (const resolve of list) resolve();
  }

  /** Resolves on `wake()` or after `simulatedMs`; rejects if `signal` aborts. */
  async wait(clock: ScaledClock, simulatedMs: number, signal: AbortSignal): Promise<void> {
    const inner = new AbortController();
    const stop = () => inner.abort();
    signal.addEventListener('abort', stop, { once: true });
    const woken = new Promise<void>((resolve) => this.pending.push(resolve));
    try {
      await Promise.race([woken.then(stop), clock.wait(simulatedMs, inner.signal)]);
    } catch (e) {
      if (signal.aborted) throw e;
      // Our own abort after a wake-up: nothing to do.
    } finally {
      signal.removeEventListener('abort', stop);
      stop();
    }
  }
}
