/** Maps typed errors to HTTP responses: `{ error: LuotError }` with the code's status. */
import { HTTP_STATUS, luotError, type LuotError, type Result } from '@luot/protocol';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Logger } from '../logger';

export function sendError(reply: FastifyReply, error: LuotError): FastifyReply {
  return reply.code(HTTP_STATUS[error.code]).send({ error });
}

export function sendResult<T>(reply: FastifyReply, result: Result<T>, status = 200): FastifyReply {
  return result.ok ? reply.code(status).send(result.value) : sendError(reply, result.error);
}

/** Malformed JSON, oversized bodies, unknown routes: all answered with typed errors. */
export function installErrorHandlers(app: FastifyInstance, logger: Logger): void {
  // An action like call-next carries no body; accept an empty JSON body as none.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch (e) {
      done(Object.assign(new Error(`malformed JSON (${(e as Error).message})`), { statusCode: 400 }), undefined);
    }
  });
  app.setErrorHandler((err: { code?: string; statusCode?: number; message: string }, _req, reply) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.statusCode === 413) return sendError(reply, luotError('payload_too_large'));
    if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
      return sendError(
        reply,
        luotError('invalid_payload', { vi: `Yêu cầu không hợp lệ: ${err.message}`, en: `Invalid request: ${err.message}` }),
      );
    }
    logger.error({ err }, 'request failed');
    return sendError(reply, luotError('internal'));
  });
  app.setNotFoundHandler((req, reply) =>
    sendError(reply, luotError('not_found', { vi: `Không có địa chỉ ${req.method} ${req.url}.`, en: `No route ${req.method} ${req.url}.` })),
  );
}
