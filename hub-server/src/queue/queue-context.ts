/** What the queue's services need besides the core: its tickets, and which counters are open. */
import type { HallContext } from '../core/hall-context';
import type { TicketRepo } from './ticket-repo';

/**
 * The counters as the queue sees them. The counters feature sits above the
 * queue (it calls tickets), so the queue names only what it reads of them.
 */
export interface OpenCounters {
  openNumbers(): ReadonlySet<number>;
}

export interface QueueContext extends HallContext {
  tickets: TicketRepo;
  counters: OpenCounters;
}
