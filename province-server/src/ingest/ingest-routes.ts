/** POST /api/v1/ingest: a hall's batch of events, authenticated by the hall's token. */
import { ingestBatchSchema, isPlainEventBatch, luotError, parsePayload, PROVINCE_INGEST_PATH, type IngestAck, type IngestBatch } from '@luot/protocol';
import type { FastifyInstance } from 'fastify';
import type { HallRepo } from '../halls/hall-repo';
import { bearerToken, sendError } from '../http/http-errors';
import type { IngestRepo } from './ingest-repo';

/**
 * The batch's JSON read with plain JSON.parse, in the ingest route's own scope: Fastify's default parser
 * scans every body again for "__proto__" and "constructor" keys (as costly as the parse itself), a guard for
 * code that merges bodies into objects. Ingest never does: a batch is checked key by key (strict), and an
 * event's own "__proto__" key is only data, stored as JSON.
 */
function parseJson(_req: unknown, body: string | Buffer, done: (err: Error | null, value?: unknown) => void): void {
  try {
    done(null, JSON.parse(typeof body === 'string' ? body : body.toString('utf8')));
  } catch (e) {
    done(Object.assign(e instanceof Error ? e : new Error(String(e)), { statusCode: 400 }));
  }
}

export function registerIngestRoutes(app: FastifyInstance, deps: { halls: HallRepo; ingest: IngestRepo }): void {
  void app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, parseJson);
    registerIngest(scope, deps);
  });
}

function registerIngest(app: FastifyInstance, deps: { halls: HallRepo; ingest: IngestRepo }): void {
  app.post(PROVINCE_INGEST_PATH, async (req, reply) => {
    const token = bearerToken(req.headers.authorization);
    const hall = token === null ? null : await deps.halls.byToken(token);
    if (!hall) {
      return sendError(reply, luotError('unauthenticated', { vi: 'Mã của trung tâm không hợp lệ hoặc đã bị thu hồi.', en: 'The hall token is unknown or revoked.' }));
    }
    // The common batch passes a one-pass check; anything else goes to the schema, which says what is wrong.
    let batch: IngestBatch;
    if (isPlainEventBatch(req.body)) batch = req.body;
    else {
      const parsed = parsePayload(ingestBatchSchema, req.body);
      if (!parsed.ok) return sendError(reply, parsed.error);
      batch = parsed.value;
    }
    const ack: IngestAck = await deps.ingest.store(hall.id, batch);
    return ack;
  });
}
