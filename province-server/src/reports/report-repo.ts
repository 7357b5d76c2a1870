/**
 * A period's figures as sums per hall, service and counter, read from each
 * ticket's final state (`ticket_finals`, kept by ticket-fold.ts): the sums add
 * up to exactly the figures of the tickets themselves (see FigureSums).
 */
import { DOSSIER_CLOSED_UNRETURNED, NO_SUMS, type DossierCounts, type FigureSums, type RatingVotes } from '@luot/protocol';
import type { Pool } from '../db/pool';

/** One hall's tickets of one service at one counter (null: never called) in the period. */
export interface FigureGroup {
  hall: string;
  service: string;
  counter: number | null;
  sums: FigureSums;
  votes: RatingVotes;
  noAnswer: number;
}

interface GroupRow {
  hall_id: string;
  service: string;
  counter: number | null;
  issued: number;
  served: number;
  no_show: number;
  waiting: number;
  called: number;
  wait_ms: number;
  timed: number;
  service_ms: number;
  v1: number;
  v2: number;
  v3: number;
  v4: number;
  v5: number;
  no_answer: number;
}

/**
 * Counts and total durations in SQL, one row per group; durations are whole
 * ms summed exactly (float8 holds integers to 2^53) and the rules are those of
 * report-figures.ts: a wait once called, a service time once served from a
 * serving start, "no answer" for a served ticket with no vote whose console
 * recorded none or whose rating time ran out before the hall's cut-off.
 */
const GROUPS = `
  SELECT f.hall_id, f.service, f.counter,
    count(*)::int AS issued,
    count(*) FILTER (WHERE f.state = 'done')::int AS served,
    count(*) FILTER (WHERE f.state = 'no_show')::int AS no_show,
    count(*) FILTER (WHERE f.state = 'waiting')::int AS waiting,
    count(*) FILTER (WHERE f.called_at IS NOT NULL)::int AS called,
    coalesce(sum(f.called_at - f.issued_at) FILTER (WHERE f.called_at IS NOT NULL), 0)::float8 AS wait_ms,
    count(*) FILTER (WHERE f.state = 'done' AND f.serving_at IS NOT NULL)::int AS timed,
    coalesce(sum(f.finished_at - f.serving_at) FILTER (WHERE f.state = 'done' AND f.serving_at IS NOT NULL), 0)::float8 AS service_ms,
    count(*) FILTER (WHERE f.state = 'done' AND f.rating = 1)::int AS v1,
    count(*) FILTER (WHERE f.state = 'done' AND f.rating = 2)::int AS v2,
    count(*) FILTER (WHERE f.state = 'done' AND f.rating = 3)::int AS v3,
    count(*) FILTER (WHERE f.state = 'done' AND f.rating = 4)::int AS v4,
    count(*) FILTER (WHERE f.state = 'done' AND f.rating = 5)::int AS v5,
    count(*) FILTER (WHERE f.state = 'done' AND f.rating IS NULL AND (f.rated OR f.finished_at <= u.unanswered_by))::int AS no_answer
  FROM ticket_finals f
  JOIN unnest($3::text[], $4::bigint[]) AS u (hall_id, unanswered_by) ON u.hall_id = f.hall_id
  WHERE f.day BETWEEN $1::date AND $2::date
  GROUP BY f.hall_id, f.service, f.counter`;

export interface HallRules {
  hall: string;
  name: string;
  scale: 3 | 5;
  ratingTimeoutSeconds: number;
  /** The hall's services in its config order (null: no config received yet). */
  services: string[] | null;
}

/**
 * Each hall's dossiers of the days from..to, counted on the hall's local days
 * as its own period report counts them on [start of from, start of to + 1):
 * received and returned in the period, early / on time / late among those
 * returned, pending at its end (received by then, not returned by then, not
 * closed without a result), and supplement requests made in it.
 */
const DOSSIERS = `
  SELECT hall_id,
    count(*) FILTER (WHERE received_day BETWEEN $1::date AND $2::date)::int AS received,
    count(*) FILTER (WHERE returned_day BETWEEN $1::date AND $2::date)::int AS returned,
    count(*) FILTER (WHERE received_day <= $2::date AND (returned_day IS NULL OR returned_day > $2::date) AND status <> ALL($4::text[]))::int AS pending,
    count(*) FILTER (WHERE returned_day BETWEEN $1::date AND $2::date AND timeliness = 'early')::int AS early,
    count(*) FILTER (WHERE returned_day BETWEEN $1::date AND $2::date AND timeliness = 'on_time')::int AS on_time,
    count(*) FILTER (WHERE returned_day BETWEEN $1::date AND $2::date AND timeliness = 'late')::int AS late,
    coalesce(sum((SELECT count(*) FROM unnest(supplement_days) AS s WHERE s BETWEEN $1::date AND $2::date)), 0)::int AS supplements
  FROM dossier_finals
  WHERE hall_id = ANY($3::text[])
  GROUP BY hall_id`;

export function createReportRepo(pool: Pool) {
  return {
    /** The groups of the tickets of the days from..to (the ticket's own day) of these halls, each with its "no answer" cut-off (ms). */
    async groups(from: string, to: string, halls: { hall: string; unansweredBy: number }[]): Promise<FigureGroup[]> {
      const { rows } = await pool.query<GroupRow>(GROUPS, [from, to, halls.map((h) => h.hall), halls.map((h) => h.unansweredBy)]);
      return rows.map((r) => ({
        hall: r.hall_id,
        service: r.service,
        counter: r.counter,
        sums: { ...NO_SUMS, issued: r.issued, served: r.served, noShow: r.no_show, waiting: r.waiting, called: r.called, waitMs: r.wait_ms, timed: r.timed, serviceMs: r.service_ms },
        votes: { '1': r.v1, '2': r.v2, '3': r.v3, '4': r.v4, '5': r.v5 },
        noAnswer: r.no_answer,
      }));
    },
    /** Each hall's dossier counts for the days from..to (halls without dossiers are absent). */
    async dossiers(from: string, to: string, halls: string[]): Promise<Map<string, DossierCounts>> {
      const { rows } = await pool.query<{ hall_id: string; received: number; returned: number; pending: number; early: number; on_time: number; late: number; supplements: number }>(
        DOSSIERS,
        [from, to, halls, [...DOSSIER_CLOSED_UNRETURNED]],
      );
      return new Map(
        rows.map((r) => [
          r.hall_id,
          { received: r.received, returned: r.returned, pending: r.pending, early: r.early, onTime: r.on_time, late: r.late, supplementsAsked: r.supplements },
        ]),
      );
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
