/**
 * A period's figures as sums per hall, service and counter, read from the
 * day groups of each ticket's final state (kept by ticket-fold.ts): the sums
 * add up to exactly the figures of the tickets themselves (see FigureSums).
 */
import { DOSSIER_CLOSED_UNRETURNED, NO_SUMS, type DossierCounts, type FigureSums, type RatingVotes } from '@luot/protocol';
import type { Pool } from '../db/pool';

/** One hall's tickets of one service at one counter (null: never called) in the period. */
export interface FigureGroup {
  hall: string;
  service: string;
  counter: number | null;
  /** The officer key (migration 0050): '' no officer, a hall user id, or UNKNOWN_OFFICER. */
  officer: string;
  sums: FigureSums;
  votes: RatingVotes;
  noAnswer: number;
}

interface GroupRow {
  hall_id: string;
  service: string;
  counter: number | null;
  officer: string;
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
 * A period's groups from the day groups (migration 0030), whose counts and
 * whole-ms sums add up exactly. "No answer" follows report-figures.ts: a
 * served ticket with no vote whose console recorded none, or whose rating
 * time ran out by the hall's cut-off; a day group whose latest open ticket
 * finished after the cut-off (today's last minutes) counts those from its
 * tickets.
 */
const GROUPS = `
  SELECT g.hall_id, g.service, nullif(g.counter, 0) AS counter, g.officer,
    sum(g.issued)::int AS issued, sum(g.served)::int AS served, sum(g.no_show)::int AS no_show, sum(g.waiting)::int AS waiting,
    sum(g.called)::int AS called, sum(g.wait_ms)::float8 AS wait_ms, sum(g.timed)::int AS timed, sum(g.service_ms)::float8 AS service_ms,
    sum(g.v1)::int AS v1, sum(g.v2)::int AS v2, sum(g.v3)::int AS v3, sum(g.v4)::int AS v4, sum(g.v5)::int AS v5,
    sum(g.rated_no_answer + CASE
      WHEN g.open_done = 0 OR g.open_last_finished <= u.unanswered_by THEN g.open_done
      ELSE (SELECT count(*) FROM ticket_finals f
            WHERE f.hall_id = g.hall_id AND f.day = g.day AND f.service = g.service AND coalesce(f.counter, 0) = g.counter AND f.officer = g.officer
              AND f.state = 'done' AND f.rating IS NULL AND NOT f.rated AND f.finished_at <= u.unanswered_by)
    END)::int AS no_answer
  FROM day_groups g
  JOIN unnest($3::text[], $4::bigint[]) AS u (hall_id, unanswered_by) ON u.hall_id = g.hall_id
  WHERE g.day BETWEEN $1::date AND $2::date
  GROUP BY g.hall_id, g.service, g.counter, g.officer`;

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
    /** The groups of the tickets of the days from..to (the ticket's own day) of these halls, each with its "no answer" cut-off (ms). */
    async groups(from: string, to: string, halls: { hall: string; unansweredBy: number }[]): Promise<FigureGroup[]> {
      const { rows } = await pool.query<GroupRow>(GROUPS, [from, to, halls.map((h) => h.hall), halls.map((h) => h.unansweredBy)]);
      return rows.map((r) => ({
        hall: r.hall_id,
        service: r.service,
        counter: r.counter,
        officer: r.officer,
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
    /** The display names of the officers of these halls, by hall and officer id. */
    async officerNames(halls: string[]): Promise<Map<string, Map<string, string>>> {
      const { rows } = await pool.query<{ hall_id: string; officer_id: string; name: string }>(
        'SELECT hall_id, officer_id, name FROM hall_officers WHERE hall_id = ANY($1::text[])',
        [halls],
      );
      const names = new Map<string, Map<string, string>>();
      for (const r of rows) names.set(r.hall_id, (names.get(r.hall_id) ?? new Map<string, string>()).set(r.officer_id, r.name));
      return names;
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
