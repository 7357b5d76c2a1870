/**
 * How a day's tickets become figures: one definition for the hall's own
 * reports and the province's, so the province's figures for a hall equal the
 * hall's exactly. Pure.
 */
import type { RatingTally, ServiceFigures } from './reports';

/** What the figures read of a ticket (its final state for the period). */
export interface FigureTicket {
  service: string;
  state: string;
  counter: number | null;
  issuedAt: number;
  calledAt: number | null;
  servingAt: number | null;
  finishedAt: number | null;
  rating: number | null;
  /** The console recorded that the citizen gave no answer. */
  rated: boolean;
}

/** How ratings are counted: the hall's scale, and finish times at or before which an unrated ticket is "no answer". */
export interface TallyRules {
  scale: 3 | 5;
  unansweredBy: number;
}

/** Mean in minutes, one decimal; null for none. */
export const averageMinutes = (ms: number[]): number | null =>
  ms.length === 0 ? null : Math.round((ms.reduce((a, b) => a + b, 0) / ms.length / 60_000) * 10) / 10;

export function tallyRatings(tickets: readonly FigureTicket[], { scale, unansweredBy }: TallyRules): RatingTally {
  const votes = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  let noAnswer = 0;
  for (const t of tickets) {
    if (t.state !== 'done') continue;
    if (t.rating !== null) votes[String(t.rating) as keyof typeof votes]++;
    else if (t.rated || (t.finishedAt !== null && t.finishedAt <= unansweredBy)) noAnswer++;
  }
  const answered = votes['1'] + votes['2'] + votes['3'] + votes['4'] + votes['5'];
  const satisfied = scale === 3 ? votes['3'] + votes['4'] + votes['5'] : votes['4'] + votes['5'];
  return { votes, noAnswer, satisfiedPercent: answered === 0 ? null : Math.round((satisfied / answered) * 1000) / 10 };
}

export function serviceFigures(service: string, tickets: readonly FigureTicket[]): ServiceFigures {
  const served = tickets.filter((t) => t.state === 'done');
  return {
    service,
    issued: tickets.length,
    served: served.length,
    noShow: tickets.filter((t) => t.state === 'no_show').length,
    waiting: tickets.filter((t) => t.state === 'waiting').length,
    averageWaitMinutes: averageMinutes(tickets.filter((t) => t.calledAt !== null).map((t) => t.calledAt! - t.issuedAt)),
    averageServiceMinutes: averageMinutes(served.filter((t) => t.servingAt !== null).map((t) => t.finishedAt! - t.servingAt!)),
  };
}
