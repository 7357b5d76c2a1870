/**
 * Folds the halls' ticket events into `ticket_finals` (migration 0030): for
 * each ticket, the view of its latest event by the hall's sequence and
 * whether the console ever recorded a rating answer — what the reports read.
 *
 * Ingest stays one INSERT per batch; folding runs behind it (a timer, and
 * before every report so a report is never behind what was acknowledged).
 * A hall is folded only up to its acknowledged sequence, below which every
 * event is stored, in steps, each step one transaction holding the hall's
 * fold row, so two folds never do the same work and a crash mid-way only
 * repeats a step. A ticket view a hall sent malformed is left out (counted),
 * never allowed to stop the hall's fold.
 */
import { z } from 'zod';
import { shippedOfficerSchema, UNKNOWN_OFFICER } from '@luot/protocol';
import { inTransaction, type Pool, type PoolClient } from '../db/pool';

/** Sequence numbers per step: bounds the memory of one step. */
const STEP = 20_000;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d));
const ms = z.number().int().nonnegative();
const finalTicket = z.object({
  day: isoDay,
  service: z.string().min(1).max(64),
  state: z.string().min(1).max(32),
  counter: z.number().int().nullable(),
  issuedAt: ms,
  calledAt: ms.nullable(),
  servingAt: ms.nullable(),
  finishedAt: ms.nullable(),
  rating: z.number().int().min(1).max(5).nullable(),
});

const LATEST = `
  SELECT ticket_id, max(seq) AS seq, (array_agg(event->'ticket' ORDER BY seq DESC))[1] AS ticket, bool_or(action = 'rated') AS rated,
         -- Wrapped in an array so "no officer field" (SQL NULL) stays apart from "officer: null" (no officer had it).
         (array_agg(CASE WHEN event ? 'officer' THEN jsonb_build_array(event->'officer') END ORDER BY seq DESC))[1] AS officer
  FROM events
  WHERE hall_id = $1 AND seq > $2 AND seq <= $3 AND type = 'ticket' AND ticket_id IS NOT NULL
  GROUP BY ticket_id`;

const UPSERT = `
  INSERT INTO ticket_finals (hall_id, ticket_id, seq, day, service, state, counter, issued_at, called_at, serving_at, finished_at, rating, rated, officer)
  SELECT $1, * FROM unnest($2::text[], $3::bigint[], $4::date[], $5::text[], $6::text[], $7::int[], $8::bigint[], $9::bigint[], $10::bigint[], $11::bigint[], $12::smallint[], $13::boolean[], $14::text[])
  ON CONFLICT (hall_id, ticket_id) DO UPDATE SET
    seq = EXCLUDED.seq, day = EXCLUDED.day, service = EXCLUDED.service, state = EXCLUDED.state, counter = EXCLUDED.counter, officer = EXCLUDED.officer,
    issued_at = EXCLUDED.issued_at, called_at = EXCLUDED.called_at, serving_at = EXCLUDED.serving_at,
    finished_at = EXCLUDED.finished_at, rating = EXCLUDED.rating, rated = ticket_finals.rated OR EXCLUDED.rated
  WHERE ticket_finals.seq < EXCLUDED.seq`;

/** Rebuilds the day groups of one hall's days from its tickets (see migration 0030). */
const REBUILD_DAYS = `
  INSERT INTO day_groups
  SELECT hall_id, day, service, coalesce(counter, 0),
    count(*),
    count(*) FILTER (WHERE state = 'done'),
    count(*) FILTER (WHERE state = 'no_show'),
    count(*) FILTER (WHERE state = 'waiting'),
    count(*) FILTER (WHERE called_at IS NOT NULL),
    coalesce(sum(called_at - issued_at) FILTER (WHERE called_at IS NOT NULL), 0),
    count(*) FILTER (WHERE state = 'done' AND serving_at IS NOT NULL),
    coalesce(sum(finished_at - serving_at) FILTER (WHERE state = 'done' AND serving_at IS NOT NULL), 0),
    count(*) FILTER (WHERE state = 'done' AND rating = 1),
    count(*) FILTER (WHERE state = 'done' AND rating = 2),
    count(*) FILTER (WHERE state = 'done' AND rating = 3),
    count(*) FILTER (WHERE state = 'done' AND rating = 4),
    count(*) FILTER (WHERE state = 'done' AND rating = 5),
    count(*) FILTER (WHERE state = 'done' AND rating IS NULL AND rated),
    count(*) FILTER (WHERE state = 'done' AND rating IS NULL AND NOT rated),
    max(finished_at) FILTER (WHERE state = 'done' AND rating IS NULL AND NOT rated),
    officer
  FROM ticket_finals
  WHERE hall_id = $1 AND day = ANY($2::date[])
  GROUP BY hall_id, day, service, coalesce(counter, 0), officer`;

/** Each officer's display name as the hall's latest event of theirs gave it. */
const UPSERT_NAMES = `
  INSERT INTO hall_officers (hall_id, officer_id, name, seq)
  SELECT $1, * FROM unnest($2::text[], $3::text[], $4::bigint[])
  ON CONFLICT (hall_id, officer_id) DO UPDATE SET name = EXCLUDED.name, seq = EXCLUDED.seq
  WHERE hall_officers.seq < EXCLUDED.seq`;

const nullableOfficer = shippedOfficerSchema.nullable();

/**
 * The officer key of a ticket's latest event (migration 0050): the hall's user
 * id, '' when no officer had it, UNKNOWN_OFFICER when the event did not say
 * (an older hub) or said it malformed, if the ticket reached a counter.
 */
export function officerOf(wrapped: [unknown] | null, counter: number | null): { key: string; name?: string } {
  const parsed = wrapped === null ? null : nullableOfficer.safeParse(wrapped[0]);
  if (parsed?.success) return parsed.data === null ? { key: '' } : { key: parsed.data.id, name: parsed.data.name };
  return { key: counter === null ? '' : UNKNOWN_OFFICER };
}

export interface FoldOutcome {
  tickets: number;
  /** Ticket views left out because a hall sent them malformed. */
  malformed: number;
}

async function foldStep(db: PoolClient, hallId: string, acked: number): Promise<FoldOutcome & { done: boolean }> {
  await db.query('INSERT INTO hall_folds (hall_id) VALUES ($1) ON CONFLICT DO NOTHING', [hallId]);
  const { rows } = await db.query<{ folded_seq: number }>('SELECT folded_seq FROM hall_folds WHERE hall_id = $1 FOR UPDATE', [hallId]);
  const folded = rows[0]!.folded_seq;
  if (folded >= acked) return { tickets: 0, malformed: 0, done: true };
  const upTo = Math.min(acked, folded + STEP);
  const latest = await db.query<{ ticket_id: string; seq: number; ticket: unknown; rated: boolean; officer: [unknown] | null }>(LATEST, [hallId, folded, upTo]);
  const cols: unknown[][] = Array.from({ length: 13 }, () => []);
  const names = new Map<string, { name: string; seq: number }>();
  let malformed = 0;
  for (const row of latest.rows) {
    const t = finalTicket.safeParse(row.ticket);
    if (!t.success) {
      malformed++;
      continue;
    }
    const v = t.data;
    const officer = officerOf(row.officer, v.counter);
    if (officer.name !== undefined && (names.get(officer.key)?.seq ?? 0) < row.seq) names.set(officer.key, { name: officer.name, seq: row.seq });
    [row.ticket_id, row.seq, v.day, v.service, v.state, v.counter, v.issuedAt, v.calledAt, v.servingAt, v.finishedAt, v.rating, row.rated, officer.key].forEach((x, i) =>
      cols[i]!.push(x),
    );
  }
  if (names.size > 0) {
    const list = [...names];
    await db.query(UPSERT_NAMES, [hallId, list.map(([id]) => id), list.map(([, n]) => n.name), list.map(([, n]) => n.seq)]);
  }
  if (cols[0]!.length > 0) {
    await db.query(UPSERT, [hallId, ...cols]);
    // The DELETE in the CTE and the INSERT see the same snapshot: delete first, then rebuild, as two statements.
    const days = [...new Set(cols[2] as string[])];
    await db.query('DELETE FROM day_groups WHERE hall_id = $1 AND day = ANY($2::date[])', [hallId, days]);
    await db.query(REBUILD_DAYS, [hallId, days]);
  }
  await db.query('UPDATE hall_folds SET folded_seq = $2 WHERE hall_id = $1', [hallId, upTo]);
  return { tickets: cols[0]!.length, malformed, done: upTo >= acked };
}

export function createTicketFold(pool: Pool, log: (message: string) => void = () => undefined) {
  let current: Promise<FoldOutcome> | null = null;
  let next: Promise<FoldOutcome> | null = null;
  async function foldAll(): Promise<FoldOutcome> {
    const { rows } = await pool.query<{ hall_id: string; acked_seq: number }>(
      `SELECT l.hall_id, l.acked_seq FROM hall_links l LEFT JOIN hall_folds f USING (hall_id)
       WHERE l.acked_seq > coalesce(f.folded_seq, 0)`,
    );
    const total: FoldOutcome = { tickets: 0, malformed: 0 };
    for (const { hall_id, acked_seq } of rows) {
      for (;;) {
        const step = await inTransaction(pool, (db) => foldStep(db, hall_id, acked_seq));
        total.tickets += step.tickets;
        total.malformed += step.malformed;
        if (step.malformed > 0) log(`hall ${hall_id}: ${step.malformed} malformed ticket views left out of the reports`);
        if (step.done) break;
      }
    }
    return total;
  }
  function run(): Promise<FoldOutcome> {
    if (current === null) {
      current = foldAll().finally(() => {
        current = null;
      });
      return current;
    }
    // A run already going may have read the halls' acknowledgements before this call: run once more after it,
    // shared by every call that arrives meanwhile.
    next ??= current
      .catch(() => undefined)
      .then(() => {
        next = null;
        return run();
      });
    return next;
  }
  return {
    /** Folds every hall up to what it had acknowledged when this was called. */
    run,
  };
}
export type TicketFold = ReturnType<typeof createTicketFold>;
