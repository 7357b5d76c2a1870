/** Typed errors on the province's HTTP API: `{ error: LuotError }` with the code's status, like the hub's. */
import { HTTP_STATUS, luotError, type LuotError } from '@luot/protocol';
import type { FastifyInstance, FastifyReply } from 'fastify';

export function sendError(reply: FastifyReply, error: LuotError): FastifyReply {
  return reply.code(HTTP_STATUS[error.code]).send({ error });
}

/** Oversized bodies, malformed JSON and unknown routes: typed, bilingual, never a stack trace. */
export function installErrorHandlers(app: FastifyInstance, log: (message: string, err: unknown) => void): void {
  app.setErrorHandler((err: { code?: string; statusCode?: number; message: string }, _req, reply) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.statusCode === 413) return sendError(reply, luotError('payload_too_large'));
    if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
      return sendError(reply, luotError('invalid_payload', { vi: 'Yêu cầu HTTP không hợp lệ.', en: `Invalid request: ${err.message}` }));
    }
    log('request failed', err);
    return sendError(reply, luotError('internal'));
  });
  app.setNotFoundHandler((req, reply) =>
    sendError(reply, luotError('not_found', { vi: `Không có địa chỉ ${req.method} ${req.url}.`, en: `No route ${req.method} ${req.url}.` })),
  );
}

/** The bearer token of a request, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer (\S+)$/.exec(header ?? '');
  return match?.[1] ?? null;
}
