/**
 * What kiosks and display boards receive of the hall: everything but staff
 * usernames (a username is half of a sign-in; a board in the hall's lobby
 * or a kiosk's page has no use for it). The officer's display name stays,
 * boards may show it. Counters and supervisors get the whole views.
 *
 * Kiosks show the services' loads only, and their stream is a digest of
 * loads (kiosk-digest.ts): their snapshot leaves out the tickets and the
 * recent calls too, which nothing would keep up to date on a kiosk.
 */
import type { CounterView, HallEvent, HallSnapshot, NamespaceName } from '@luot/protocol';

function counterForDevices(counter: CounterView): CounterView {
  if (counter.officer === null) return counter;
  const { id, name } = counter.officer;
  return { ...counter, officer: { id, name } };
}

function snapshotForDevices(snapshot: HallSnapshot): HallSnapshot {
  return { ...snapshot, counters: snapshot.counters.map(counterForDevices) };
}

export function eventsForDevices(events: readonly HallEvent[]): HallEvent[] {
  return events.map((e) => (e.type === 'counter' ? { ...e, counter: counterForDevices(e.counter) } : e));
}

/** The snapshot as a client of this namespace is given it. */
export function snapshotFor(name: NamespaceName, snapshot: HallSnapshot): HallSnapshot {
  if (name === 'kiosk') return { ...snapshotForDevices(snapshot), tickets: [], recentCalls: [] };
  return name === 'display' ? snapshotForDevices(snapshot) : snapshot;
}
