/**
 * Sends each commit's events to every namespace, in `seq` order. Boards,
 * counters and supervisors get them at once (a call must reach the board
 * quickly). Kiosks only show waiting counts and wait estimates, so their
 * stream is gathered for a moment and sent as one message: during a rush
 * ten kiosks cost ten frames per tenth of a second instead of ten per
 * commit. And as kiosks show only the services' loads, they get the span
 * as a digest (kiosk-digest.ts): its seq bounds and the loads it left, not
 * each ticket's view (issue 21). The span still covers every seq in order;
 * a kiosk that resyncs from a snapshot skips what it already has (protocol
 * hall-state: a stale digest is ignored). Boards get the events without
 * staff usernames (device-views.ts).
 */
import { NAMESPACES, type HallEvent } from '@luot/protocol';
import { eventsForDevices } from './device-views';
import { KioskDigest } from './kiosk-digest';
import type { HubServer } from './namespaces';

/** How long kiosk events may wait to travel together. */
export const KIOSK_GATHER_MS = 100;

export function createBroadcaster(io: HubServer, kioskGatherMs = KIOSK_GATHER_MS, trouble: (err: unknown) => void = () => undefined) {
  const staff = [NAMESPACES.counter, NAMESPACES.admin];
  const forKiosks = new KioskDigest();
  let timer: NodeJS.Timeout | null = null;

  const emit = (name: string, events: HallEvent[]) => {
    const nsp = io.of(name);
    // Nobody connected, nothing to encode.
    if (events.length > 0 && nsp.sockets.size > 0) nsp.emit('hall:events', events);
  };
  const sendToKiosks = () => {
    timer = null;
    const digest = forKiosks.take();
    const nsp = io.of(NAMESPACES.kiosk);
    if (digest && nsp.sockets.size > 0) nsp.emit('hall:digest', digest);
  };

  return {
    /** One commit's events, oldest first. */
    broadcast(events: readonly HallEvent[]): void {
      if (events.length === 0) return;
      // One message per commit: each client gets one frame however many commands the commit held.
      for (const name of staff) emit(name, [...events]);
      emit(NAMESPACES.display, eventsForDevices(events));
      forKiosks.add(events);
      if (kioskGatherMs <= 0) return sendToKiosks();
      // A throw from a timer would end the process: it is reported, and kiosks resync on the gap.
      timer ??= setTimeout(() => {
        try {
          sendToKiosks();
        } catch (err) {
          trouble(err);
        }
      }, kioskGatherMs);
    },
    /** Sends what kiosks are still owed (on close, so nothing committed goes untold). */
    flush(): void {
      if (timer) clearTimeout(timer);
      sendToKiosks();
    },
  };
}
