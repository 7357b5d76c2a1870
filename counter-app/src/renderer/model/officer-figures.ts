/**
 * The officer's figures for today at one counter: how many citizens were
 * served and the average service time. The hall snapshot carries only live
 * tickets, so the console keeps a ledger of the tickets this counter finished
 * (from the hub's events) and computes the figures from it.
 */
import type { RatingScale, TicketView } from '@luot/protocol';

export interface OfficerFigures {
  served: number;
  noShows: number;
  /** Mean of (finished − serving started) over served tickets; null before the first. */
  averageServiceMs: number | null;
  rated: number;
  /** "Rất hài lòng" or "Hài lòng" answers (3 and 5 on the 3 scale; 4 and 5 on the 5 scale). */
  satisfied: number;
}

/** Start of service: when serving started, or when called if the hall starts on call. */
const serviceStart = (t: TicketView): number | null => t.servingAt ?? t.calledAt;

export function computeOfficerFigures(
  tickets: Iterable<TicketView>,
  counter: number,
  day: string,
  scale: RatingScale,
): OfficerFigures {
  const satisfiedFrom = scale === 3 ? 3 : 4;
  let served = 0;
  let noShows = 0;
  let totalMs = 0;
  let timed = 0;
  let rated = 0;
  let satisfied = 0;
  for (const t of tickets) {
    if (t.day !== day || t.counter !== counter) continue;
    if (t.state === 'no_show') noShows += 1;
    if (t.state !== 'done') continue;
    served += 1;
    const start = serviceStart(t);
    if (start !== null && t.finishedAt !== null && t.finishedAt >= start) {
      totalMs += t.finishedAt - start;
      timed += 1;
    }
    if (t.rating !== null) {
      rated += 1;
      if (t.rating >= satisfiedFrom) satisfied += 1;
    }
  }
  return { served, noShows, averageServiceMs: timed === 0 ? null : totalMs / timed, rated, satisfied };
}

/**
 * Keeps the latest view of each ticket this counter touched today.
 * A transferred-away ticket leaves the ledger's count (its latest state is not done).
 */
export class TicketLedger {
  private readonly byId = new Map<string, TicketView>();

  constructor(initial: Iterable<TicketView> = []) {
    for (const t of initial) this.byId.set(t.id, t);
  }

  /** Records a ticket if it belongs to the counter; returns whether anything changed. */
  record(ticket: TicketView, counter: number): boolean {
    const known = this.byId.get(ticket.id);
    if (ticket.counter !== counter && known === undefined) return false;
    this.byId.set(ticket.id, ticket);
    return true;
  }

  tickets(): TicketView[] {
    return [...this.byId.values()];
  }

  /** Today's no-shows at this counter, newest first: the ones an officer may re-activate. */
  noShows(day: string): TicketView[] {
    return this.tickets()
      .filter((t) => t.day === day && t.state === 'no_show')
      .sort((a, b) => (b.calledAt ?? 0) - (a.calledAt ?? 0));
  }
}
