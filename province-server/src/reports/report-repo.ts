/**
 * Each ticket's final state in a period, from the halls' events: the latest
 * ticket event by the hall's sequence (never by clock), and whether the
 * console ever recorded a rating answer.
 */
import type { FigureTicket } from '@luot/protocol';
import type { Pool } from '../db/pool';

export interface PeriodTicket extends FigureTicket {
  hall: string;
}

interface TicketJson {
  service: string;
  state: string;
  counter: number | null;
  issuedAt: number;
  calledAt: number | null;
  servingAt: number | null;
  finishedAt: number | null;
  rating: number | null;
}

export interface HallRules {
  hall: string;
  name: string;
  scale: 3 | 5;
  ratingTimeoutSeconds: number;
  /** The hall's services in its config order (null: no config received yet). */
  services: string[] | null;
}

export function createReportRepo(pool: Pool) {
  return {
    /** Tickets of the days from..to (the ticket's own day); a ticket's expiry, logged the next morning, is included. */
    async tickets(from: string, to: string, halls: string[] | null): Promise<PeriodTicket[]> {
      const { rows } = await pool.query<{ hall_id: string; ticket: TicketJson; rated: boolean }>(
        `SELECT hall_id, ticket, rated FROM (
           SELECT hall_id, (array_agg(event->'ticket' ORDER BY seq DESC))[1] AS ticket, bool_or(action = 'rated') AS rated
           FROM events
           WHERE type = 'ticket' AND day BETWEEN $1::date AND $2::date + 1 AND ($3::text[] IS NULL OR hall_id = ANY($3))
           GROUP BY hall_id, ticket_id
         ) t
         WHERE (ticket->>'day')::date BETWEEN $1::date AND $2::date`,
        [from, to, halls],
      );
      return rows.map(({ hall_id, ticket: t, rated }) => ({
        hall: hall_id,
        service: t.service,
        state: t.state,
        counter: t.counter,
        issuedAt: t.issuedAt,
        calledAt: t.calledAt,
        servingAt: t.servingAt,
        finishedAt: t.finishedAt,
        rating: t.rating,
        rated,
      }));
    },
    /** Each hall's name and the rules of its latest config revision. */
    async rules(halls: string[] | null): Promise<HallRules[]> {
      const { rows } = await pool.query<{ id: string; name: string; config: { queue?: { ratingScale?: number; ratingTimeoutSeconds?: number }; services?: { code: string }[] } | null }>(
        `SELECT h.id, h.name, c.config FROM halls h
         LEFT JOIN LATERAL (SELECT config FROM config_revisions WHERE hall_id = h.id ORDER BY at DESC, received_at DESC LIMIT 1) c ON true
         WHERE $1::text[] IS NULL OR h.id = ANY($1)
         ORDER BY h.id`,
        [halls],
      );
      return rows.map((r) => ({
        hall: r.id,
        name: r.name,
        scale: r.config?.queue?.ratingScale === 5 ? 5 : 3,
        ratingTimeoutSeconds: r.config?.queue?.ratingTimeoutSeconds ?? 30,
        services: r.config?.services?.map((s) => s.code) ?? null,
      }));
    },
  };
}
export type ReportRepo = ReturnType<typeof createReportRepo>;
