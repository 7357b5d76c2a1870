/** Bearer tokens on HTTP requests → the same principals sockets have. */
import { fail, luotError, ok, type Principal, type Result } from '@luot/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Authenticator } from './authenticator';
import { sendError } from './http-errors';

export function principalOf(auth: Pick<Authenticator, 'authenticate'>, req: FastifyRequest): Result<Principal> {
  const header = req.headers.authorization;
  if (!header) return fail(luotError('unauthenticated'));
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return fail(luotError('unauthenticated', { en: 'Authorization must be "Bearer <token>".' }));
  return auth.authenticate(match[1], req.ip);
}

export type Staff = Extract<Principal, { kind: 'staff' }>;

export function requireStaff(p: Principal, roles: readonly string[]): Result<Staff> {
  if (p.kind === 'staff' && roles.includes(p.role)) return ok(p);
  return fail(luotError('forbidden'));
}

/** What an authenticated route needs. */
export interface HttpGate {
  auth: Pick<Authenticator, 'authenticate'>;
}

/** A route handler that authenticates first (typed 401 otherwise). */
export const withPrincipal =
  (gate: HttpGate, handler: (p: Principal, req: FastifyRequest, reply: FastifyReply) => unknown) =>
  (req: FastifyRequest, reply: FastifyReply) => {
    const p = principalOf(gate.auth, req);
    if (!p.ok) return sendError(reply, p.error);
    return handler(p.value, req, reply);
  };
