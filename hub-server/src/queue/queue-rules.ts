/**
 * Pure rules of the queue: which waiting ticket a counter calls next, who is
 * ahead of whom, and how long a new ticket will wait. No I/O.
 */
import type { PriorityClass } from '@luot/protocol';
import type { HallConfig } from '../core/config/hall-config-schema';

export type QueueRules = Pick<HallConfig['queue'], 'priorityRule' | 'order' | 'starvationMinutes'> & {
  /** Appointments checked in are called ahead of walk-ins of their service while their slot lasts (hall config `appointments.aheadOfWalkIns`). */
  appointmentsAhead?: boolean;
};

/** The part of a waiting ticket the rules look at. */
export interface Candidate {
  id: string;
  service: string;
  /** The daily number: breaks ties between tickets issued in the same millisecond. */
  number: number;
  priority: PriorityClass;
  queuedAt: number;
  /** Sent to the front of its queue by a transfer. */
  front: boolean;
  targetCounter: number | null;
  /** An appointment's slot end: until then it goes ahead of walk-ins of its service. Null or absent for walk-ins. */
  aheadUntil?: number | null;
}

export interface CallingCounter {
  number: number;
  /** Service codes in order of preference. */
  services: readonly string[];
  /** Regular tickets called since this counter last called a priority ticket. */
  regularStreak: number;
}

export interface NextChoice<C extends Candidate> {
  ticket: C;
  /** The counter's regular streak after this call. */
  regularStreak: number;
}

const isPriority = (c: Candidate) => c.priority !== 'none';

/** Can this counter call this ticket? A ticket transferred to a counter belongs to it alone. */
export function servesTicket(counter: Pick<CallingCounter, 'number' | 'services'>, c: Candidate): boolean {
  return c.targetCounter === null ? counter.services.includes(c.service) : c.targetCounter === counter.number;
}

/** Is this an appointment still within its slot, with the rule on? */
const inSlot = (c: Candidate, rules: QueueRules, now: number) =>
  rules.appointmentsAhead === true && c.aheadUntil != null && c.aheadUntil > now;

/**
 * The time a ticket counts as queued at. An appointment within its slot takes
 * the place of the oldest ticket of its service (and goes before it on a tie),
 * so it is called ahead of those walk-ins yet never jumps another service's
 * queue on a counter's preference; outside its slot it is a ticket like any.
 */
function placeTimes(tickets: readonly Candidate[], rules: QueueRules, now: number): (c: Candidate) => number {
  const oldest = new Map<string, number>();
  for (const t of tickets) oldest.set(t.service, Math.min(oldest.get(t.service) ?? t.queuedAt, t.queuedAt));
  return (c) => (inSlot(c, rules, now) ? (oldest.get(c.service) ?? c.queuedAt) : c.queuedAt);
}

/**
 * Orders tickets of one class for a counter: sent-to-front first; then any
 * ticket starved past the limit, oldest first; then by the counter's service
 * preference (or simply oldest first, as the hall chose), appointments within
 * their slot at the head of their service.
 */
function compareForCounter(counter: CallingCounter, rules: QueueRules, now: number, placedAt: (c: Candidate) => number) {
  const starvedBefore = now - rules.starvationMinutes * 60_000;
  const rank = (c: Candidate) => (c.targetCounter === counter.number ? -1 : counter.services.indexOf(c.service));
  return (a: Candidate, b: Candidate): number => {
    if (a.front !== b.front) return a.front ? -1 : 1;
    const aStarved = a.queuedAt <= starvedBefore;
    const bStarved = b.queuedAt <= starvedBefore;
    if (aStarved !== bStarved) return aStarved ? -1 : 1;
    if (aStarved) return a.queuedAt - b.queuedAt || a.number - b.number || a.id.localeCompare(b.id);
    if (rules.order === 'preference') {
      const byPreference = rank(a) - rank(b);
      if (byPreference !== 0) return byPreference;
    }
    const aInSlot = inSlot(a, rules, now);
    return (
      placedAt(a) - placedAt(b) ||
      (aInSlot !== inSlot(b, rules, now) ? (aInSlot ? -1 : 1) : 0) ||
      a.queuedAt - b.queuedAt ||
      a.number - b.number ||
      a.id.localeCompare(b.id)
    );
  };
}

/**
 * Chooses the ticket a counter calls next, or null when none it serves waits.
 * Strict: priority tickets always first. Interleave: one priority ticket after
 * every `every` regular ones, or whenever no regular ticket waits — and a
 * priority citizen never waits behind regular citizens who came later.
 */
export function chooseNext<C extends Candidate>(
  waiting: readonly C[],
  counter: CallingCounter,
  rules: QueueRules,
  now: number,
): NextChoice<C> | null {
  const mine = waiting.filter((c) => servesTicket(counter, c));
  const placedAt = placeTimes(mine, rules, now);
  const order = compareForCounter(counter, rules, now, placedAt);
  const priority = mine.filter(isPriority).sort(order)[0];
  const regular = mine.filter((c) => !isPriority(c)).sort(order)[0];
  let takePriority: boolean;
  if (!priority) takePriority = false;
  else if (!regular || rules.priorityRule.kind === 'strict') takePriority = true;
  else takePriority = counter.regularStreak >= rules.priorityRule.every || placedAt(priority) <= placedAt(regular);
  const ticket = takePriority ? priority : regular;
  if (!ticket) return null;
  return { ticket, regularStreak: takePriority ? 0 : counter.regularStreak + 1 };
}

/**
 * Is `a` ahead of `b` in their service's queue? Used for "people ahead":
 * front first, then priority tickets under the strict rule, then by time.
 */
export function isAhead(a: Candidate, b: Candidate, rules: QueueRules): boolean {
  if (a.front !== b.front) return a.front;
  if (rules.priorityRule.kind === 'strict' && isPriority(a) !== isPriority(b)) return isPriority(a);
  if (a.queuedAt !== b.queuedAt) return a.queuedAt < b.queuedAt;
  return a.number < b.number || (a.number === b.number && a.id < b.id);
}

/** How many waiting tickets of the same service are ahead of `ticket`. */
export function peopleAhead(ticket: Candidate, waiting: readonly Candidate[], rules: QueueRules): number {
  return waiting.filter((w) => w.id !== ticket.id && w.service === ticket.service && isAhead(w, ticket, rules)).length;
}

/**
 * Estimated wait in whole minutes: people ahead ÷ open counters serving the
 * service × the recent average service time. Null when no counter is open.
 */
export function estimateWaitMinutes(ahead: number, openCounters: number, averageServiceMs: number): number | null {
  if (openCounters <= 0) return null;
  if (ahead <= 0) return 0;
  return Math.ceil(((ahead / openCounters) * averageServiceMs) / 60_000);
}
