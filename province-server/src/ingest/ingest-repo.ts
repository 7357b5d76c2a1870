/**
 * Stores a hall's batch in one transaction: every event once by (hall, seq),
 * then the acknowledgement. The hall's link row is locked first so a resent
 * batch racing its original applies after it, never interleaved. A batch past
 * everything stored is COPYed (see migration 0051), any other one INSERTed
 * with ON CONFLICT DO NOTHING.
 */
import type { IngestAck, IngestBatch } from '@luot/protocol';
import { inTransaction, type Pool } from '../db/pool';
import type { PartitionKeeper } from '../db/partitions';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { COPY_COLUMNS, copyText } from './copy-rows';
import { eventRow } from './event-rows';

/**
 * A batch that may meet stored rows goes as one JSON array of flat rows (see
 * event-rows.ts) read by json_to_recordset: each row's fields read once, the
 * event straight into its jsonb column. `at` keeps the same expression as
 * ever, so a resent event lands on its stored row.
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

/** The values linkAfter reads, in its order. */
function linkValues(batch: IngestBatch): unknown[] {
  return [batch.after, batch.through, batch.backlog, batch.events.at(-1)?.at ?? null, batch.sentAt];
}

export function createIngestRepo(pool: Pool, partitions: PartitionKeeper) {
  return {
    async store(hallId: string, batch: IngestBatch): Promise<IngestAck> {
      // DDL outside the transaction: a new month's partition must not hold the hall's lock.
      await partitions.ensure(batch.events.map((e) => e.at));
      try {
        return await storeIn(hallId, batch, true);
      } catch (e) {
        // A stored row the hall's stored_seq did not know of (rows written around ingest, e.g. by hand): the COPY
        // met it and wrote nothing. The batch goes again by INSERT … ON CONFLICT, which moves stored_seq past it.
        if ((e as { code?: string }).code !== '23505') throw e;
        return storeIn(hallId, batch, false);
      }
    },
  };

  function storeIn(hallId: string, batch: IngestBatch, mayCopy: boolean): Promise<IngestAck> {
    return inTransaction(pool, async (db) => {
      const { rows } = await db.query<{ acked_seq: number; dossiers_acked: number; stored_seq: number }>({
        name: 'ingest-lock',
        text: 'SELECT acked_seq, dossiers_acked, stored_seq FROM hall_links WHERE hall_id = $1 FOR UPDATE',
        values: [hallId],
      });
      const acked = rows[0]?.acked_seq ?? 0;
      const stored = rows[0]?.stored_seq ?? 0;
      let dossiersAcked = rows[0]?.dossiers_acked ?? 0;
      // Dossiers follow the same rule as events on their own cursor: a stretch that starts inside what we hold extends it.
      if (batch.dossiers && batch.dossiers.after <= dossiersAcked) {
        if (batch.dossiers.states.length > 0)
          await db.query(UPSERT_DOSSIERS, [hallId, JSON.stringify(batch.dossiers.states)]);
        dossiersAcked = Math.max(dossiersAcked, batch.dossiers.through);
      }
      if (batch.events.length > 0) {
        const eventRows = batch.events.map(eventRow);
        // Past every stored seq (the hall's row is locked): nothing to meet, so PostgreSQL's bulk path.
        const text = mayCopy && batch.events[0]!.seq > stored ? copyText(hallId, eventRows) : null;
        if (text !== null)
          await pipeline(Readable.from([text]), db.query(copyFrom(`COPY events ${COPY_COLUMNS} FROM STDIN`)));
        else
          await db.query({ name: 'ingest-insert', text: INSERT_EVENTS, values: [hallId, JSON.stringify(eventRows)] });
      }
      if (batch.config) {
        await db.query(
          `INSERT INTO config_revisions (hall_id, revision, at, config) VALUES ($1, $2, to_timestamp($3 / 1000.0), $4)
             ON CONFLICT DO NOTHING`,
          [hallId, batch.config.revision, batch.config.at, JSON.stringify(batch.config.config)],
        );
      }
      const next = batch.after <= acked ? Math.max(acked, batch.through) : acked;
      await db.query({
        name: 'ingest-link',
        text: `UPDATE hall_links SET ${linkAfter(2)}, dossiers_acked = $7, stored_seq = greatest(stored_seq, $8) WHERE hall_id = $1`,
        values: [hallId, ...linkValues(batch), dossiersAcked, batch.events.at(-1)?.seq ?? 0],
      });
      return batch.dossiers ? { acked: next, dossiersAcked } : { acked: next };
    });
  }
}
export type IngestRepo = ReturnType<typeof createIngestRepo>;
