import type { CounterView } from '@luot/protocol';

/**
 * The counters a citizen can be sent to: every other counter that is not
 * closed (a paused one will call them when it resumes; a closed one never today).
 */
export function transferCounters(counters: readonly CounterView[], own: number): CounterView[] {
  return counters.filter((c) => c.number !== own && c.state !== 'closed');
}
