/**
 * Every hall right now, from its events: the tickets of its latest day by
 * their last event (by sequence), each counter's and each device's latest
 * state. Waits are measured on the hall's own clock (the province's now less
 * the offset seen at the hall's last batch), so a hall whose clock is off by
 * minutes still shows true waits.
 */
import type { HallLive } from '@luot/protocol';
import type { Pool } from '../db/pool';

const PRINTS = ['online', 'paper_near_end'];

export function createLiveRepo(pool: Pool) {
  return {
    async halls(only: string[] | null): Promise<HallLive[]> {
      const params = [only];
      const [halls, waiting, counters, devices] = await Promise.all([
        pool.query<{ id: string; name: string; day: string | null; acked_seq: number; backlog: number; received: number | null; last_event: number | null; hall_now: number }>(
          `SELECT h.id, h.name, to_char(d.day, 'YYYY-MM-DD') AS day, l.acked_seq, l.backlog,
                  (extract(epoch FROM clock_timestamp()) * 1000)::bigint - l.clock_offset_ms AS hall_now,
                  (extract(epoch FROM l.last_received_at) * 1000)::bigint AS received,
                  (extract(epoch FROM l.last_event_at) * 1000)::bigint AS last_event
           FROM halls h JOIN hall_links l ON l.hall_id = h.id
           LEFT JOIN LATERAL (SELECT max(day) AS day FROM events WHERE hall_id = h.id) d ON true
           WHERE h.revoked_at IS NULL AND ($1::text[] IS NULL OR h.id = ANY($1))
           ORDER BY h.id`,
          params,
        ),
        pool.query<{ hall_id: string; waiting: number; oldest: number | null }>(
          `SELECT hall_id, count(*)::int AS waiting, min(queued_at) AS oldest FROM (
             SELECT DISTINCT ON (e.hall_id, e.ticket_id) e.hall_id, e.event->'ticket'->>'state' AS state,
                    (e.event->'ticket'->>'queuedAt')::bigint AS queued_at
             FROM events e
             JOIN (SELECT hall_id, max(day) AS day FROM events WHERE ($1::text[] IS NULL OR hall_id = ANY($1)) GROUP BY hall_id) d
               ON d.hall_id = e.hall_id AND e.day = d.day
             WHERE e.type = 'ticket'
             ORDER BY e.hall_id, e.ticket_id, e.seq DESC
           ) t WHERE state = 'waiting' GROUP BY hall_id`,
          params,
        ),
        pool.query<{ hall_id: string; open: number }>(
          `SELECT hall_id, count(*) FILTER (WHERE state = 'open')::int AS open FROM (
             SELECT DISTINCT ON (hall_id, counter) hall_id, event->'counter'->>'state' AS state
             FROM events WHERE type = 'counter' AND ($1::text[] IS NULL OR hall_id = ANY($1))
             ORDER BY hall_id, counter, seq DESC
           ) c GROUP BY hall_id`,
          params,
        ),
        pool.query<{ hall_id: string; faults: number }>(
          `SELECT hall_id, count(*) FILTER (WHERE printer IS NOT NULL AND NOT printer = ANY($2))::int AS faults FROM (
             SELECT DISTINCT ON (hall_id, event->'device'->>'id') hall_id, event->'device'->>'printer' AS printer
             FROM events WHERE type = 'device' AND ($1::text[] IS NULL OR hall_id = ANY($1))
             ORDER BY hall_id, event->'device'->>'id', seq DESC
           ) d GROUP BY hall_id`,
          [only, PRINTS],
        ),
      ]);
      const byHall = <T extends { hall_id: string }>(rows: T[]) => new Map(rows.map((r) => [r.hall_id, r]));
      const w = byHall(waiting.rows);
      const c = byHall(counters.rows);
      const d = byHall(devices.rows);
      return halls.rows.map((h) => {
        const oldest = w.get(h.id)?.oldest ?? null;
        return {
          hall: h.id,
          name: h.name,
          day: h.day,
          openCounters: c.get(h.id)?.open ?? 0,
          waiting: w.get(h.id)?.waiting ?? 0,
          longestWaitMinutes: oldest !== null ? Math.max(0, Math.floor((h.hall_now - oldest) / 60_000)) : null,
          devicesInFault: d.get(h.id)?.faults ?? 0,
          link: { lastReceivedAt: h.received, lastEventAt: h.last_event, backlog: h.backlog, acked: h.acked_seq },
        };
      });
    },
  };
}
export type LiveRepo = ReturnType<typeof createLiveRepo>;
