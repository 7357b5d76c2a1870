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
 * Whether a waiting ticket can be called at this counter: one of its services,
 * unless it was transferred to another counter; or transferred here.
 */
export function waitsForCounter(t: TicketView, counter: number, services: readonly string[]): boolean {
  if (t.state !== 'waiting') return false;
  const target = t.targetCounter ?? null;
  return target === null ? services.includes(t.service) : target === counter;
}

/** Count, priority count and longest wait of one service among the given tickets (waiting ones only). */
export function summarizeService(tickets: readonly TicketView[], service: string, now: number): ServiceQueueSummary {
  const waiting = tickets.filter((t) => t.state === 'waiting' && t.service === service);
  const oldest = waiting.reduce<TicketView | null>((o, t) => (o === null || t.issuedAt < o.issuedAt ? t : o), null);
  return {
    service,
    waiting: waiting.length,
    priorityWaiting: waiting.filter((t) => isPriority(t.priority)).length,
    longestWaitMs: oldest === null ? null : Math.max(0, now - oldest.issuedAt),
    longestWaitCode: oldest?.code ?? null,
  };
}

/**
 * Summarises the tickets waiting for a counter, per service (the counter's
 * services in preference order, then any other service a ticket transferred
 * here belongs to). A citizen's wait counts from when the ticket was issued,
 * even if a transfer or a move changed its place in the queue since.
 */
export function summarizeQueue(
  tickets: readonly TicketView[],
  counter: number,
  services: readonly string[],
  now: number,
): QueueSummary {
  const mine = tickets.filter((t) => waitsForCounter(t, counter, services));
  const shown = [...services, ...new Set(mine.map((t) => t.service).filter((s) => !services.includes(s)))];
  const perService = shown.map((service) => summarizeService(mine, service, now));
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
 * Waiting tickets in a readable order: priority first, then by their place in
 * the queue. (The hub decides who is called; this is only what screens list.)
 */
export function sortWaiting(tickets: readonly TicketView[]): TicketView[] {
  return tickets
    .filter((t) => t.state === 'waiting')
    .sort(
      (a, b) =>
        Number(isPriority(b.priority)) - Number(isPriority(a.priority)) ||
        a.queuedAt - b.queuedAt ||
        a.number - b.number,
    );
}
