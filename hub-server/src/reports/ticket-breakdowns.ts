/**
 * Raw ticket rows into tallies by breakdown: the one place that says which
 * key a ticket counts under in each breakdown, for the rollups and for the
 * days a report still reads raw.
 */
import type { PeriodTicket, TargetWait } from '@luot/protocol';
import { localIsoWeekday, localMinuteOfDay } from '../core/clock';
import type { PeriodTicketRow } from './period-report-repo';
import { tallyOf, type Tallies } from './rollup-repo';
import { tallyTicket } from './ticket-tally';

export type ReportTicket = PeriodTicket & { officerId: string | null; priority: string; source: string; day: string };

export function reportTicket(r: PeriodTicketRow, transferred: ReadonlySet<string>): ReportTicket {
  return {
    service: r.service,
    state: r.state,
    counter: r.counter,
    issuedAt: r.issued_at,
    calledAt: r.called_at,
    servingAt: r.serving_at,
    finishedAt: r.finished_at,
    rating: r.rating,
    rated: r.rated === 1,
    transferred: transferred.has(r.id),
    officerId: r.officer_id,
    priority: r.priority,
    source: r.source,
    day: r.day,
  };
}

export interface BreakdownRules {
  departmentOf: (service: string) => string;
  targetWait: TargetWait;
  /** Finish times at or before which an unrated ticket is "no answer" (TallyRules). */
  unansweredBy: number;
}

/** The hour of day a ticket was issued, as the hours breakdown keys it ("08"). */
export const hourKey = (issuedAt: number) => String(Math.floor(localMinuteOfDay(issuedAt) / 60)).padStart(2, '0');

/** Counts the tickets in the total only, as addTickets counts them there. */
export function addTicketsToTotal(tallies: Tallies, tickets: Iterable<ReportTicket>, rules: Pick<BreakdownRules, 'targetWait' | 'unansweredBy'>): void {
  const total = tallyOf(tallies, 'total', '');
  for (const t of tickets) tallyTicket(total, t, rules.targetWait, rules.unansweredBy);
}

export function addTickets(tallies: Tallies, tickets: readonly ReportTicket[], rules: BreakdownRules): void {
  const { targetWait, unansweredBy } = rules;
  for (const t of tickets) {
    const hour = hourKey(t.issuedAt);
    tallyTicket(tallyOf(tallies, 'total', ''), t, targetWait, unansweredBy);
    tallyTicket(tallyOf(tallies, 'department', rules.departmentOf(t.service)), t, targetWait, unansweredBy);
    tallyTicket(tallyOf(tallies, 'service', t.service), t, targetWait, unansweredBy);
    if (t.counter !== null) tallyTicket(tallyOf(tallies, 'counter', String(t.counter)), t, targetWait, unansweredBy);
    if (t.officerId !== null) tallyTicket(tallyOf(tallies, 'officer', t.officerId), t, targetWait, unansweredBy);
    tallyTicket(tallyOf(tallies, 'priority', t.priority), t, targetWait, unansweredBy);
    tallyTicket(tallyOf(tallies, 'source', t.source), t, targetWait, unansweredBy);
    tallyTicket(tallyOf(tallies, 'hour', hour), t, targetWait, unansweredBy);
    // The arrivals heat map counts issued tickets only: no durations kept.
    tallyOf(tallies, 'arrival', `${localIsoWeekday(t.issuedAt)}-${Number(hour)}`).issued++;
  }
}
