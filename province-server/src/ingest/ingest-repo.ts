/**
 * Stores a hall's batch in one transaction: every event once by (hall, seq),
 * then the acknowledgement. The hall's link row is locked first so a resent
 * batch racing its original applies after it, never interleaved.
 */
import type { IngestAck, IngestBatch } from '@luot/protocol';
import { inTransaction, type Pool } from '../db/pool';
import type { PartitionKeeper } from '../db/partitions';

/**
 * The whole batch goes to PostgreSQL as one jsonb array and is unpacked there:
 * one JSON text instead of nine escaped arrays (the costly part in Node). The
 * columns reports filter on are taken out of each event once, here, and only
 * when they have the right JSON type.
 */
const INSERT_EVENTS = `
  INSERT INTO events (hall_id, seq, at, day, type, action, ticket_id, counter, event)
  SELECT $1, (e->>'seq')::bigint, to_timestamp((e->>'at')::bigint / 1000.0), (e->>'day')::date, e->>'type',
         CASE WHEN e->>'type' = 'ticket' AND jsonb_typeof(e->'event'->'action') = 'string' THEN e->'event'->>'action' END,
         CASE WHEN e->>'type' = 'ticket' AND jsonb_typeof(e->'event'->'ticket'->'id') = 'string' THEN e->'event'->'ticket'->>'id' END,
         CASE
           WHEN e->>'type' = 'ticket' AND jsonb_typeof(e->'event'->'ticket'->'counter') = 'number' THEN (e->'event'->'ticket'->>'counter')::numeric::int
           WHEN e->>'type' = 'counter' AND jsonb_typeof(e->'event'->'counter'->'number') = 'number' THEN (e->'event'->'counter'->>'number')::numeric::int
         END,
         e->'event'
  FROM jsonb_array_elements($2::jsonb) AS e
  ON CONFLICT DO NOTHING`;

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

export function createIngestRepo(pool: Pool, partitions: PartitionKeeper) {
  return {
    async store(hallId: string, batch: IngestBatch): Promise<IngestAck> {
      // DDL outside the transaction: a new month's partition must not hold the hall's lock.
      await partitions.ensure(batch.events.map((e) => e.at));
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
        if (batch.events.length > 0) await db.query(INSERT_EVENTS, [hallId, JSON.stringify(batch.events)]);
        if (batch.config) {
          await db.query(
            `INSERT INTO config_revisions (hall_id, revision, at, config) VALUES ($1, $2, to_timestamp($3 / 1000.0), $4)
             ON CONFLICT DO NOTHING`,
            [hallId, batch.config.revision, batch.config.at, JSON.stringify(batch.config.config)],
          );
        }
        // The batch covers (after, through] whole: it extends what we hold only if it starts inside it.
        const next = batch.after <= acked ? Math.max(acked, batch.through) : acked;
        const lastAt = batch.events.at(-1)?.at ?? null;
        await db.query(
          `UPDATE hall_links SET acked_seq = $2, backlog = $3, last_received_at = now(), dossiers_acked = $6,
             clock_offset_ms = (extract(epoch FROM clock_timestamp()) * 1000)::bigint - $5::bigint,
             last_event_at = CASE WHEN $4::bigint IS NULL THEN last_event_at
                                  ELSE greatest(last_event_at, to_timestamp($4::bigint / 1000.0)) END
           WHERE hall_id = $1`,
          [hallId, next, batch.backlog, lastAt, batch.sentAt, dossiersAcked],
        );
        return batch.dossiers ? { acked: next, dossiersAcked } : { acked: next };
      });
    },
  };
}
export type IngestRepo = ReturnType<typeof createIngestRepo>;
