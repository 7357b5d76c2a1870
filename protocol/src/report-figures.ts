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

/** Mean in minutes, one decimal, of `count` durations adding up to `totalMs`; null for none. */
export const meanMinutes = (totalMs: number, count: number): number | null =>
  count === 0 ? null : Math.round((totalMs / count / 60_000) * 10) / 10;

/** Mean in minutes, one decimal; null for none. */
export const averageMinutes = (ms: number[]): number | null => meanMinutes(ms.reduce((a, b) => a + b, 0), ms.length);

/** Votes per level, from least satisfied (1) to most (5). */
export type RatingVotes = RatingTally['votes'];

/** The tally of counted votes and "no answer"s on the hall's scale (summed sources give the same tally as one list). */
export function ratingTally(votes: RatingVotes, noAnswer: number, scale: 3 | 5): RatingTally {
  const answered = votes['1'] + votes['2'] + votes['3'] + votes['4'] + votes['5'];
  const satisfied = scale === 3 ? votes['3'] + votes['4'] + votes['5'] : votes['4'] + votes['5'];
  return { votes, noAnswer, satisfiedPercent: answered === 0 ? null : Math.round((satisfied / answered) * 1000) / 10 };
}

export function tallyRatings(tickets: readonly FigureTicket[], { scale, unansweredBy }: TallyRules): RatingTally {
  const votes = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  let noAnswer = 0;
  for (const t of tickets) {
    if (t.state !== 'done') continue;
    if (t.rating !== null) votes[String(t.rating) as keyof typeof votes]++;
    else if (t.rated || (t.finishedAt !== null && t.finishedAt <= unansweredBy)) noAnswer++;
  }
  return ratingTally(votes, noAnswer, scale);
}

/**
 * What a service's figures are made of: counts and total durations, which add
 * up across days, halls and groups, so figures from stored sums equal figures
 * from the tickets themselves.
 */
export interface FigureSums {
  issued: number;
  served: number;
  noShow: number;
  waiting: number;
  /** Tickets called at least once, and their waits (called − issued) in ms. */
  called: number;
  waitMs: number;
  /** Served tickets with a serving start, and their service times (finished − serving) in ms. */
  timed: number;
  serviceMs: number;
}

export const NO_SUMS: FigureSums = { issued: 0, served: 0, noShow: 0, waiting: 0, called: 0, waitMs: 0, timed: 0, serviceMs: 0 };

export function addSums(a: FigureSums, b: FigureSums): FigureSums {
  return {
    issued: a.issued + b.issued,
    served: a.served + b.served,
    noShow: a.noShow + b.noShow,
    waiting: a.waiting + b.waiting,
    called: a.called + b.called,
    waitMs: a.waitMs + b.waitMs,
    timed: a.timed + b.timed,
    serviceMs: a.serviceMs + b.serviceMs,
  };
}

export function sumsOf(tickets: readonly FigureTicket[]): FigureSums {
  const sums = { ...NO_SUMS };
  for (const t of tickets) {
    sums.issued++;
    if (t.state === 'no_show') sums.noShow++;
    if (t.state === 'waiting') sums.waiting++;
    if (t.calledAt !== null) {
      sums.called++;
      sums.waitMs += t.calledAt - t.issuedAt;
    }
    if (t.state === 'done') {
      sums.served++;
      if (t.servingAt !== null) {
        sums.timed++;
        sums.serviceMs += t.finishedAt! - t.servingAt;
      }
    }
  }
  return sums;
}

export function figuresOfSums(service: string, s: FigureSums): ServiceFigures {
  return {
    service,
    issued: s.issued,
    served: s.served,
    noShow: s.noShow,
    waiting: s.waiting,
    averageWaitMinutes: meanMinutes(s.waitMs, s.called),
    averageServiceMinutes: meanMinutes(s.serviceMs, s.timed),
  };
}

export function serviceFigures(service: string, tickets: readonly FigureTicket[]): ServiceFigures {
  return figuresOfSums(service, sumsOf(tickets));
}
