/**
 * A group of tickets reduced to what the period figures need (counts, rating
 * votes, wait and service-time histograms), so that days roll up into months
 * and years and any period's figures come from a few rows. `ticketFigures`
 * and `satisfaction` give exactly what ticketPeriodFigures and
 * satisfactionFigures give over the same tickets (see duration-histogram.ts
 * for the percentiles). Pure.
 */
import type { PeriodTicket, SatisfactionFigures, TallyRules, TargetWait, TicketPeriodFigures } from '@luot/protocol';
import { DurationHistogram } from './duration-histogram';

export interface TicketTally {
  issued: number;
  served: number;
  noShow: number;
  cancelled: number;
  expired: number;
  transferred: number;
  /** Served tickets whose service has a target wait, and those called within it. */
  withTarget: number;
  withinTarget: number;
  /** Votes 1 to 5, index 0 for 1. */
  votes: [number, number, number, number, number];
  noAnswer: number;
  wait: DurationHistogram;
  service: DurationHistogram;
}

export const emptyTally = (): TicketTally => ({
  issued: 0,
  served: 0,
  noShow: 0,
  cancelled: 0,
  expired: 0,
  transferred: 0,
  withTarget: 0,
  withinTarget: 0,
  votes: [0, 0, 0, 0, 0],
  noAnswer: 0,
  wait: new DurationHistogram(),
  service: new DurationHistogram(),
});

/** Counts one ticket in, by the rules of ticketPeriodFigures and tallyRatings (`unansweredBy` as in TallyRules). */
export function tallyTicket(t: TicketTally, ticket: PeriodTicket, targetWait: TargetWait, unansweredBy: number): void {
  t.issued++;
  if (ticket.transferred) t.transferred++;
  if (ticket.calledAt !== null) t.wait.add(ticket.calledAt - ticket.issuedAt);
  switch (ticket.state) {
    case 'no_show':
      t.noShow++;
      return;
    case 'cancelled':
      t.cancelled++;
      return;
    case 'expired':
      t.expired++;
      return;
    case 'done':
      break;
    default:
      return;
  }
  t.served++;
  const target = targetWait(ticket.service);
  if (target !== null && ticket.calledAt !== null) {
    t.withTarget++;
    if (ticket.calledAt - ticket.issuedAt <= target * 60_000) t.withinTarget++;
  }
  if (ticket.servingAt !== null && ticket.finishedAt !== null) t.service.add(ticket.finishedAt - ticket.servingAt);
  if (ticket.rating !== null) t.votes[ticket.rating - 1]!++;
  else if (ticket.rated || (ticket.finishedAt !== null && ticket.finishedAt <= unansweredBy)) t.noAnswer++;
}

export function mergeTally(into: TicketTally, other: TicketTally): void {
  into.issued += other.issued;
  into.served += other.served;
  into.noShow += other.noShow;
  into.cancelled += other.cancelled;
  into.expired += other.expired;
  into.transferred += other.transferred;
  into.withTarget += other.withTarget;
  into.withinTarget += other.withinTarget;
  for (let i = 0; i < 5; i++) into.votes[i]! += other.votes[i]!;
  into.noAnswer += other.noAnswer;
  into.wait.merge(other.wait);
  into.service.merge(other.service);
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

export function ticketFigures(t: TicketTally): TicketPeriodFigures {
  return {
    issued: t.issued,
    served: t.served,
    noShow: t.noShow,
    cancelled: t.cancelled,
    expired: t.expired,
    transferred: t.transferred,
    wait: t.wait.stats(),
    service: t.service.stats(),
    servedWithinTargetPercent: percent(t.withinTarget, t.withTarget),
  };
}

export function satisfaction(t: TicketTally, scale: TallyRules['scale']): SatisfactionFigures {
  const [v1, v2, v3, v4, v5] = t.votes;
  const votes = { '1': v1, '2': v2, '3': v3, '4': v4, '5': v5 };
  const answered = v1 + v2 + v3 + v4 + v5;
  const happy = scale === 3 ? v3 + v4 + v5 : v4 + v5;
  return {
    verySatisfied: v5,
    satisfied: v4 + (scale === 3 ? v3 : 0),
    notSatisfied: v1 + v2 + (scale === 5 ? v3 : 0),
    noAnswer: t.noAnswer,
    responsePercent: percent(answered, answered + t.noAnswer),
    ratings: { votes, noAnswer: t.noAnswer, satisfiedPercent: answered === 0 ? null : Math.round((happy / answered) * 1000) / 10 },
  };
}
