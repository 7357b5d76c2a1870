/**
 * Stores a hall's batch in one transaction: every event once by (hall, seq),
 * then the acknowledgement. The hall's link row is locked first so a resent
 * batch racing its original applies after it, never interleaved.
 */
import type { IngestAck, IngestBatch } from '@luot/protocol';
import { inTransaction, type Pool } from '../db/pool';
import type { PartitionKeeper } from '../db/partitions';
import { eventRow } from './event-rows';

/**
 * The batch's rows go to PostgreSQL as one JSON array of flat rows (see
 * event-rows.ts) read by json_to_recordset: each row's fields are read once,
 * the event straight into its jsonb column, as a COPY would. `at` keeps the
 * same expression as ever, so a resent event lands on its stored row.
 */
const INSERT_EVENTS = `
  INSERT INTO events (hall_id, seq, at, day, type, action, ticket_id, counter, event)
  SELECT $1, r.seq, to_timestamp(r.at / 1000.0), r.day, r.type, r.action, r.ticket_id, r.counter, r.event
  FROM json_to_recordset($2::json) AS r (seq bigint, at bigint, day date, type text, action text, ticket_id text, counter int, event jsonb)
  ON CONFLICT DO NOTHING`;

/**
 * The link's row after a batch, its parameters from $`first`: after, through,
 * backlog, the last event's time, sentAt. The acknowledgement moves only if
 * the batch starts inside what is held.
 */
function linkAfter(first: number): string {
  const [after, through, backlog, lastAt, sentAt] = [0, 1, 2, 3, 4].map((i) => `$${first + i}`);
  return `
  acked_seq = CASE WHEN ${after}::bigint <= acked_seq THEN greatest(acked_seq, ${through}::bigint) ELSE acked_seq END,
  backlog = ${backlog}, last_received_at = now(),
  clock_offset_ms = (extract(epoch FROM clock_timestamp()) * 1000)::bigint - ${sentAt}::bigint,
  last_event_at = CASE WHEN ${lastAt}::bigint IS NULL THEN last_event_at ELSE greatest(last_event_at, to_timestamp(${lastAt}::bigint / 1000.0)) END`;
}

/**
 * A batch of events alone (the common case) in one statement, so one round
 * trip and one commit: the UPDATE takes the hall's link row lock (a resent
 * batch racing its original waits for it, then reads the new ack), and the
 * INSERT in the WITH commits with it or not at all.
 */
const STORE_EVENTS = `
  WITH stored AS (${INSERT_EVENTS})
  UPDATE hall_links SET ${linkAfter(3)}
  WHERE hall_id = $1
  RETURNING acked_seq`;

/** Each dossier state once by (hall, dossier), a later version replacing an earlier one. */
const UPSERT_DOSSIERS = `
  INSERT INTO dossier_finals (hall_id, dossier_id, version, service, procedure_code, status, received_day, returned_day, timeliness, supplement_days)
  SELECT $1, d->>'id', (d->>'version')::bigint, d->>'service', d->>'procedure', d->>'status', (d->>'receivedDay')::date, (d->>'returnedDay')::date,
         d->>'timeliness', ARRAY(SELECT jsonb_array_elements_text(d->'supplementDays')::date)
  FROM jsonb_array_elements($2::jsonb) AS d
  ON CONFLICT (hall_id, dossier_id) DO UPDATE SET
    version = EXCLUDED.version, service = EXCLUDED.service, procedure_code = EXCLUDED.procedure_code, status = EXCLUDED.status,
    received_day = EXCLUDED.received_day, returned_day = EXCLUDED.returned_day, timeliness = EXCLUDED.timeliness,
    supplement_days = EXCLUDED.supplement_days
  WHERE dossier_finals.version < EXCLUDED.version`;

const rowsJson = (batch: IngestBatch): string => JSON.stringify(batch.events.map(eventRow));

/** The values linkAfter reads, in its order. */
function linkValues(batch: IngestBatch): unknown[] {
  return [batch.after, batch.through, batch.backlog, batch.events.at(-1)?.at ?? null, batch.sentAt];
}

export function createIngestRepo(pool: Pool, partitions: PartitionKeeper) {
  return {
    async store(hallId: string, batch: IngestBatch): Promise<IngestAck> {
      // DDL outside the transaction: a new month's partition must not hold the hall's lock.
      await partitions.ensure(batch.events.map((e) => e.at));
      if (!batch.dossiers && !batch.config) {
        const values = [hallId, rowsJson(batch), ...linkValues(batch)];
        const { rows } = await pool.query<{ acked_seq: number }>({ name: 'ingest-store', text: STORE_EVENTS, values });
        return { acked: rows[0]?.acked_seq ?? 0 };
      }
      return inTransaction(pool, async (db) => {
        const { rows } = await db.query<{ acked_seq: number; dossiers_acked: number }>(
          'SELECT acked_seq, dossiers_acked FROM hall_links WHERE hall_id = $1 FOR UPDATE',
          [hallId],
        );
        const acked = rows[0]?.acked_seq ?? 0;
        let dossiersAcked = rows[0]?.dossiers_acked ?? 0;
        // Dossiers follow the same rule as events on their own cursor: a stretch that starts inside what we hold extends it.
        if (batch.dossiers && batch.dossiers.after <= dossiersAcked) {
          if (batch.dossiers.states.length > 0) await db.query(UPSERT_DOSSIERS, [hallId, JSON.stringify(batch.dossiers.states)]);
          dossiersAcked = Math.max(dossiersAcked, batch.dossiers.through);
        }
        if (batch.events.length > 0) await db.query({ name: 'ingest-insert', text: INSERT_EVENTS, values: [hallId, rowsJson(batch)] });
        if (batch.config) {
          await db.query(
            `INSERT INTO config_revisions (hall_id, revision, at, config) VALUES ($1, $2, to_timestamp($3 / 1000.0), $4)
             ON CONFLICT DO NOTHING`,
            [hallId, batch.config.revision, batch.config.at, JSON.stringify(batch.config.config)],
          );
        }
        const next = batch.after <= acked ? Math.max(acked, batch.through) : acked;
        await db.query(`UPDATE hall_links SET ${linkAfter(2)}, dossiers_acked = $7 WHERE hall_id = $1`, [hallId, ...linkValues(batch), dossiersAcked]);
        return batch.dossiers ? { acked: next, dossiersAcked } : { acked: next };
      });
    },
  };
}
export type IngestRepo = ReturnType<typeof createIngestRepo>;
