/** POST /api/v1/ingest: a hall's batch of events, authenticated by the hall's token. */
import { ingestBatchSchema, luotError, parsePayload, PROVINCE_INGEST_PATH, type IngestAck } from '@luot/protocol';
import type { FastifyInstance } from 'fastify';
import type { HallRepo } from '../halls/hall-repo';
import { bearerToken, sendError } from '../http/http-errors';
import type { IngestRepo } from './ingest-repo';

export function registerIngestRoutes(app: FastifyInstance, deps: { halls: HallRepo; ingest: IngestRepo }): void {
  app.post(PROVINCE_INGEST_PATH, async (req, reply) => {
    const token = bearerToken(req.headers.authorization);
    const hall = token === null ? null : await deps.halls.byToken(token);
    if (!hall) {
      return sendError(reply, luotError('unauthenticated', { vi: 'Mã của trung tâm không hợp lệ hoặc đã bị thu hồi.', en: 'The hall token is unknown or revoked.' }));
    }
    const parsed = parsePayload(ingestBatchSchema, req.body);
    if (!parsed.ok) return sendError(reply, parsed.error);
    const ack: IngestAck = await deps.ingest.store(hall.id, parsed.value);
    return ack;
  });
}
