/**
 * Watches the hub's broadcast stream (as any kiosk sees it) for things that
 * must never happen: one ticket held by two counters, a counter holding two
 * tickets, or a hole in the sequence numbers.
 */
import type { HubClient } from '@luot/hub-client';
import type { HallEvent } from '@luot/protocol';

const ENDING_ACTIONS = new Set(['finished', 'no_show', 'transferred', 'cancelled', 'expired', 'moved']);

export class HallObserver {
  doubleCalls = 0;
  sequenceGaps = 0;
  private readonly holderOf = new Map<string, number>();
  private readonly ticketAt = new Map<number, string>();

  constructor(client: HubClient) {
    // The client hands on events in seq order and resyncs after a hole: count the holes it saw.
    client.onHall({
      events: (events) => events.forEach((e) => this.apply(e)),
      resync: (reason) => {
        if (reason === 'gap') this.sequenceGaps++;
      },
    });
  }

  private apply(e: HallEvent): void {
    if (e.type !== 'ticket') return;
    const { id, counter } = e.ticket;
    if (e.action === 'called' && counter !== null) {
      const holder = this.holderOf.get(id);
      const held = this.ticketAt.get(counter);
      if ((holder !== undefined && holder !== counter) || (held !== undefined && held !== id)) this.doubleCalls++;
      if (holder !== undefined) this.ticketAt.delete(holder);
      this.holderOf.set(id, counter);
      this.ticketAt.set(counter, id);
    } else if (ENDING_ACTIONS.has(e.action)) {
      const holder = this.holderOf.get(id);
      this.holderOf.delete(id);
      if (holder !== undefined && this.ticketAt.get(holder) === id) this.ticketAt.delete(holder);
    }
  }
}
