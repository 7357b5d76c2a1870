/**
 * Stores a hall's batch in one transaction: every event once by (hall, seq),
 * then the acknowledgement. The hall's link row is locked first so a resent
 * batch racing its original applies after it, never interleaved.
 */
import type { IngestAck, IngestBatch } from '@luot/protocol';
import { inTransaction, type Pool } from '../db/pool';
import type { PartitionKeeper } from '../db/partitions';

/** The columns reports filter on, taken out of the event once at ingest. */
function columnsOf(e: IngestBatch['events'][number]) {
  const ticket = e.event.ticket as { id?: unknown; counter?: unknown } | undefined;
  const counterView = e.event.counter as { number?: unknown } | undefined;
  const action = e.type === 'ticket' && typeof e.event.action === 'string' ? e.event.action : null;
  const ticketId = e.type === 'ticket' && typeof ticket?.id === 'string' ? ticket.id : null;
  const counter =
    e.type === 'ticket' && typeof ticket?.counter === 'number'
      ? ticket.counter
      : e.type === 'counter' && typeof counterView?.number === 'number'
        ? counterView.number
        : null;
  return { action, ticketId, counter };
}

export function createIngestRepo(pool: Pool, partitions: PartitionKeeper) {
  return {
    async store(hallId: string, batch: IngestBatch): Promise<IngestAck> {
      // DDL outside the transaction: a new month's partition must not hold the hall's lock.
      await partitions.ensure(batch.events.map((e) => e.at));
      return inTransaction(pool, async (db) => {
        const { rows } = await db.query<{ acked_seq: number }>('SELECT acked_seq FROM hall_links WHERE hall_id = $1 FOR UPDATE', [hallId]);
        const acked = rows[0]?.acked_seq ?? 0;
        if (batch.events.length > 0) {
          const cols = batch.events.map(columnsOf);
          await db.query(
            `INSERT INTO events (hall_id, seq, at, day, type, action, ticket_id, counter, event)
             SELECT $1, s, to_timestamp(a / 1000.0), d::date, t, ac, ti, c, ev
             FROM unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::jsonb[])
               AS u(s, a, d, t, ac, ti, c, ev)
             ON CONFLICT DO NOTHING`,
            [
              hallId,
              batch.events.map((e) => e.seq),
              batch.events.map((e) => e.at),
              batch.events.map((e) => e.day),
              batch.events.map((e) => e.type),
              cols.map((c) => c.action),
              cols.map((c) => c.ticketId),
              cols.map((c) => c.counter),
              batch.events.map((e) => JSON.stringify(e.event)),
            ],
          );
        }
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
          `UPDATE hall_links SET acked_seq = $2, backlog = $3, last_received_at = now(),
             clock_offset_ms = (extract(epoch FROM clock_timestamp()) * 1000)::bigint - $5::bigint,
             last_event_at = CASE WHEN $4::bigint IS NULL THEN last_event_at
                                  ELSE greatest(last_event_at, to_timestamp($4::bigint / 1000.0)) END
           WHERE hall_id = $1`,
          [hallId, next, batch.backlog, lastAt, batch.sentAt],
        );
        return { acked: next };
      });
    },
  };
}
export type IngestRepo = ReturnType<typeof createIngestRepo>;
