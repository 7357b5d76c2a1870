/**
 * The time commands run at. The machine's clock may step back (NTP after a
 * drift, a wrong manual setting being corrected): were commands to follow
 * it, a ticket issued after the step would carry an earlier time and jump
 * the queue, and a step back across midnight would reopen yesterday —
 * closing counters, hiding today's waiting tickets and rolling over a second
 * time when the clock came back. So the hall's time never goes back: it
 * waits at the latest time it has seen until the clock catches up. Forward
 * steps are taken as they come (past midnight: the day rolls over once).
 */
import { localDay, type Clock } from './clock';

export interface HallMoment {
  now: number;
  day: string;
}

/** `onStepBack(ms)` is told each time the clock is found behind (once per step, not per command). */
export function createHallTime(clock: Clock, onStepBack: (behindMs: number) => void = () => undefined): () => HallMoment {
  let latest = -Infinity;
  let behind = false;
  return () => {
    const raw = clock.now();
    if (raw < latest) {
      if (!behind) onStepBack(latest - raw);
      behind = true;
    } else {
      behind = false;
      latest = raw;
    }
    return { now: latest, day: localDay(latest) };
  };
}
