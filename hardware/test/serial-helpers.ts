/** Helpers for the serial tests: collect a driver's events and wait for one. */
import type { DeviceEvent } from '@luot/protocol';

export interface EventSource {
  onEvent(listener: (event: DeviceEvent) => void): () => void;
}

export interface Collected {
  events: DeviceEvent[];
  /** Resolves with the first event (already seen or future) matching `match`. */
  waitFor<E extends DeviceEvent>(match: (e: DeviceEvent) => e is E, timeoutMs?: number): Promise<E>;
  waitFor(match: (e: DeviceEvent) => boolean, timeoutMs?: number): Promise<DeviceEvent>;
  stop(): void;
}

export function collect(source: EventSource): Collected {
  const events: DeviceEvent[] = [];
  const waiters = new Set<{ match: (e: DeviceEvent) => boolean; resolve: (e: DeviceEvent) => void }>();
  const stop = source.onEvent((e) => {
    events.push(e);
    for (const w of [...waiters]) {
      if (w.match(e)) {
        waiters.delete(w);
        w.resolve(e);
      }
    }
  });
  let searchedUpTo = 0;
  const waitFor = (match: (e: DeviceEvent) => boolean, timeoutMs = 5_000): Promise<DeviceEvent> => {
    // Only events after the previous waitFor's match count, so consecutive
    // waits see consecutive events.
    const index = events.findIndex((e, i) => i >= searchedUpTo && match(e));
    if (index >= 0) {
      searchedUpTo = index + 1;
      return Promise.resolve(events[index] as DeviceEvent);
    }
    return new Promise((resolve, reject) => {
      const entry = {
        match,
        resolve: (e: DeviceEvent) => {
          clearTimeout(timer);
          searchedUpTo = events.indexOf(e) + 1;
          resolve(e);
        },
      };
      const timer = setTimeout(() => {
        waiters.delete(entry);
        reject(new Error(`no matching device event within ${timeoutMs} ms; got ${JSON.stringify(events)}`));
      }, timeoutMs);
      waiters.add(entry);
    });
  };
  return { events, waitFor: waitFor as Collected['waitFor'], stop };
}

export const isType =
  <T extends DeviceEvent['type']>(type: T) =>
  (e: DeviceEvent): e is Extract<DeviceEvent, { type: T }> =>
    e.type === type;

export async function until(check: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
