/**
 * Applies origin-rules.ts to both doors: every HTTP request (a foreign
 * `Origin` gets 403 `forbidden` before any route runs) and every socket.io
 * handshake (CORS answers only allowed origins, and each namespace refuses a
 * foreign one with the same typed error).
 */
import { luotError, type LuotError } from '@luot/protocol';
import type { FastifyInstance } from 'fastify';
import type { ServerOptions } from 'socket.io';
import { sendError } from './http-errors';
import { originAllowed, type OriginPolicy } from './origin-rules';

export function foreignOrigin(origin: string): LuotError {
  return luotError('forbidden', {
    vi: `Máy chủ chỉ nhận yêu cầu từ trang của chính nó, không nhận từ ${origin}.`,
    en: `The hub takes requests only from its own pages, not from ${origin}.`,
  });
}

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

export function installOriginGuard(app: FastifyInstance, policy: OriginPolicy): void {
  app.addHook('onRequest', async (req, reply) => {
    const origin = single(req.headers.origin);
    if (!originAllowed(policy, origin, req.headers.host)) return sendError(reply, foreignOrigin(origin ?? ''));
  });
}

/**
 * socket.io's CORS: the hub's own origin and the listed ones get CORS
 * headers, no other (it used to reflect any origin). The handshake itself is
 * checked per namespace by `checkHandshakeOrigin`, which can answer with a typed error.
 */
export function socketCors(policy: OriginPolicy): NonNullable<ServerOptions['cors']> {
  return (req, callback) => {
    const allowed = originAllowed(policy, single(req.headers.origin), single(req.headers.host));
    callback(null, { origin: allowed });
  };
}

/** The namespace's view: null when the handshake may go on, the refusal otherwise. */
export function checkHandshakeOrigin(policy: OriginPolicy, headers: Record<string, string | string[] | undefined>): LuotError | null {
  const origin = single(headers.origin);
  return originAllowed(policy, origin, single(headers.host)) ? null : foreignOrigin(origin ?? '');
}
