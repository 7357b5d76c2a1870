/** Builds the snapshot a client rebuilds its whole view of the hall from. */
import { RECENT_CALLS_KEPT, ticketPrefixOf, type CallView, type HallEvent, type HallSnapshot, type SenderHealth } from '@luot/protocol';
import { localDay } from '../core/clock';
import type { SessionReads } from '../auth/session-repo';
import type { UserReads } from '../auth/user-repo';
import type { HallContext } from '../core/hall-context';
import type { EventLogReads } from '../core/event-log';
import { counterView, type CounterReads } from '../counters/counter-repo';
import type { TicketReads } from '../queue/ticket-repo';
import type { LoadService } from '../queue/load-service';
import { toTicketView } from '../queue/ticket-repo';
import { deviceHealthView } from '../devices/device-service';
import type { HallService } from './hall-service';

/** The snapshot only reads: every store it gets is a read-only one. */
export interface SnapshotContext extends Pick<HallContext, 'readDb' | 'catalog' | 'clock'> {
  tickets: TicketReads;
  counters: CounterReads;
  users: UserReads;
  sessions: SessionReads;
  log: EventLogReads;
}

export function createSnapshotService(
  ctx: SnapshotContext,
  loads: LoadService,
  hall: Pick<HallService, 'message'>,
  /** The citizens' message sender's health (notify/sender-health.ts); its changes are `sender` events, so the cache stays right. */
  senderHealth?: () => SenderHealth,
) {
  const { readDb, catalog, clock, tickets, counters, sessions, log } = ctx;
  const recentCallEvents = readDb.prepare<[string, number], { payload: string }>(
    `SELECT payload FROM events WHERE day = ? AND type = 'ticket' AND action IN ('called', 'recalled')
     ORDER BY seq DESC LIMIT ?`,
  );

  function recentCalls(day: string): CallView[] {
    const calls: CallView[] = [];
    for (const r of recentCallEvents.all(day, RECENT_CALLS_KEPT)) {
      const { call, ticket } = JSON.parse(r.payload) as Extract<HallEvent, { type: 'ticket' }>;
      if (!call) continue;
      // Calls logged by a hub before calls carried their parts (an upgrade mid-day).
      const prefix = (call as Partial<CallView>).prefix ?? ticketPrefixOf(call.code, ticket.number, catalog.config.services);
      calls.push({ ...call, prefix, number: (call as Partial<CallView>).number ?? ticket.number });
    }
    return calls;
  }

  /** Read in one transaction so `seq` matches the state exactly. */
  const build = readDb.consistent((): HallSnapshot => {
    const now = clock.now();
    const day = localDay(now);
    return {
      seq: log.lastSeq(),
      day,
      at: now,
      hall: catalog.info,
      departments: catalog.departments,
      services: catalog.services,
      loads: loads.allLoads(day, now),
      counters: counters.all().filter((c) => catalog.counter(c.number)).map((c) => counterView(ctx, c)),
      tickets: tickets.active(day).map(toTicketView),
      recentCalls: recentCalls(day),
      message: hall.message(),
      devices: sessions.devices().map(deviceHealthView),
      ...(senderHealth ? { sender: senderHealth() } : {}),
    };
  });

  // After a restart every client asks at once: build once per state and reuse
  // it. A snapshot stays valid until the next event, or until the clock moves
  // on enough to change what `loads` says about opening hours.
  let cached: { seq: number; window: number; snapshot: HallSnapshot } | undefined;
  const CACHE_WINDOW_MS = 10_000;

  return {
    build: (): HallSnapshot => {
      const seq = log.lastSeq();
      const window = Math.floor(clock.now() / CACHE_WINDOW_MS);
      if (cached && cached.seq === seq && cached.window === window) return cached.snapshot;
      const snapshot = build();
      cached = { seq: snapshot.seq, window, snapshot };
      return snapshot;
    },
  };
}
