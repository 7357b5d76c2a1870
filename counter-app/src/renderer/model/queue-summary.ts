/**
 * What an officer sees of the queue: for the counter's services, how many
 * wait, how many of them have priority, and who has waited longest.
 * Pure: the hall snapshot's tickets in, numbers out.
 */
import type { PriorityClass, TicketView } from '@luot/protocol';

export interface ServiceQueueSummary {
  service: string;
  waiting: number;
  priorityWaiting: number;
  /** Milliseconds the longest-waiting ticket has waited (since it was issued); null when none waits. */
  longestWaitMs: number | null;
  /** The code of that ticket. */
  longestWaitCode: string | null;
}

export interface QueueSummary {
  /** In the order of the services given (the counter's preference). */
  services: ServiceQueueSummary[];
  waiting: number;
  priorityWaiting: number;
  longestWaitMs: number | null;
}

const isPriority = (p: PriorityClass): boolean => p !== 'none';

/**
 * Summarises the waiting tickets of the given services.
 * A citizen's wait counts from when the ticket was issued, even if a transfer
 * or a move changed its place in the queue since.
 */
export function summarizeQueue(tickets: readonly TicketView[], services: readonly string[], now: number): QueueSummary {
  const perService = services.map((service): ServiceQueueSummary => {
    const waiting = tickets.filter((t) => t.state === 'waiting' && t.service === service);
    const oldest = waiting.reduce<TicketView | null>((o, t) => (o === null || t.issuedAt < o.issuedAt ? t : o), null);
    return {
      service,
      waiting: waiting.length,
      priorityWaiting: waiting.filter((t) => isPriority(t.priority)).length,
      longestWaitMs: oldest === null ? null : Math.max(0, now - oldest.issuedAt),
      longestWaitCode: oldest?.code ?? null,
    };
  });
  const longest = perService.reduce<number | null>(
    (max, s) => (s.longestWaitMs !== null && (max === null || s.longestWaitMs > max) ? s.longestWaitMs : max),
    null,
  );
  return {
    services: perService,
    waiting: perService.reduce((n, s) => n + s.waiting, 0),
    priorityWaiting: perService.reduce((n, s) => n + s.priorityWaiting, 0),
    longestWaitMs: longest,
  };
}

/**
 * The waiting tickets of the given services in a readable order: priority
 * first, then by their place in the queue. (The hub decides who is called;
 * this is only what the screens list.)
 */
export function waitingTickets(tickets: readonly TicketView[], services: readonly string[]): TicketView[] {
  const wanted = new Set(services);
  return tickets
    .filter((t) => t.state === 'waiting' && wanted.has(t.service))
    .sort((a, b) => Number(isPriority(b.priority)) - Number(isPriority(a.priority)) || a.queuedAt - b.queuedAt || a.number - b.number);
}
