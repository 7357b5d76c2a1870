/** Bearer tokens on HTTP requests → the same principals sockets have. */
import { fail, luotError, ok, type Principal, type Result } from '@luot/protocol';
import type { FastifyRequest } from 'fastify';
import type { AuthService } from '../auth/auth-service';

export function principalOf(auth: AuthService, req: FastifyRequest): Result<Principal> {
  const header = req.headers.authorization;
  if (!header) return fail(luotError('unauthenticated'));
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return fail(luotError('unauthenticated', { en: 'Authorization must be "Bearer <token>".' }));
  return auth.authenticate(match[1]);
}

export function requireStaff(p: Principal, roles: readonly string[]): Result<Extract<Principal, { kind: 'staff' }>> {
  if (p.kind === 'staff' && roles.includes(p.role)) return ok(p);
  return fail(luotError('forbidden'));
}
