/** Maps typed errors to HTTP responses: `{ error: LuotError }` with the code's status. */
import { HTTP_STATUS, luotError, type LuotError, type Result } from '@luot/protocol';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { isStorageFull } from '../db/sqlite-errors';
import type { Logger } from '../logger';

export function sendError(reply: FastifyReply, error: LuotError): FastifyReply {
  return reply.code(HTTP_STATUS[error.code]).send({ error });
}

export function sendResult<T>(reply: FastifyReply, result: Result<T>, status = 200): FastifyReply {
  return result.ok ? reply.code(status).send(result.value) : sendError(reply, result.error);
}

const MALFORMED_JSON = 'LUOT_MALFORMED_JSON';

/** Vietnamese for the request errors Fastify raises before a route runs. */
const VI_REQUEST_ERRORS: Readonly<Record<string, string>> = {
  [MALFORMED_JSON]: 'Nội dung JSON sai cú pháp.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Kiểu nội dung (Content-Type) không được hỗ trợ: hãy gửi application/json.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Nội dung JSON đang trống.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Độ dài nội dung (Content-Length) không khớp với dữ liệu gửi lên.',
  FST_ERR_CTP_INVALID_TYPE: 'Kiểu nội dung (Content-Type) không hợp lệ.',
};

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
      done(Object.assign(new Error(`malformed JSON (${(e as Error).message})`), { statusCode: 400, code: MALFORMED_JSON }), undefined);
    }
  });
  app.setErrorHandler((err: { code?: string; statusCode?: number; message: string }, _req, reply) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.statusCode === 413) return sendError(reply, luotError('payload_too_large'));
    if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own text is English: it goes in the English message only.
      const vi = (err.code !== undefined ? VI_REQUEST_ERRORS[err.code] : undefined) ?? 'Yêu cầu HTTP không hợp lệ.';
      return sendError(reply, luotError('invalid_payload', { vi, en: `Invalid request: ${err.message}` }));
    }
    logger.error({ err }, 'request failed');
    // A write outside the command runner (an account, a device) on a full disk: typed, not internal.
    return sendError(reply, luotError(isStorageFull(err) ? 'storage_full' : 'internal'));
  });
  app.setNotFoundHandler((req, reply) =>
    sendError(reply, luotError('not_found', { vi: `Không có địa chỉ ${req.method} ${req.url}.`, en: `No route ${req.method} ${req.url}.` })),
  );
}
