/**
 * Pairing over HTTP (issue 17): a device with no token asks for a code and
 * polls for its token (both public: the device has nothing else to show);
 * an admin claims the code.
 */
import { API_BASE, pairingClaimSchema, pairingIdSchema, pairingRequestSchema, parsePayload } from '@luot/protocol';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AuditLog } from '../core/audit-log';
import type { Clock } from '../core/clock';
import { requireStaff, withPrincipal, type HttpGate } from '../core/transport/http-auth';
import { sendError, sendResult } from '../core/transport/http-errors';
import type { PairingService, Throttled } from './pairing-service';

export interface PairingRoutesDeps extends HttpGate {
  pairing: PairingService;
  ctx: { audit: AuditLog; clock: Clock };
}

function sendThrottled<T>(reply: FastifyReply, outcome: Throttled<T>, status = 200): FastifyReply {
  if (!outcome.ok && 'retryAfterSeconds' in outcome) reply.header('retry-after', String(outcome.retryAfterSeconds));
  return sendResult(reply, outcome, status);
}

export function registerPairingRoutes(app: FastifyInstance, hub: PairingRoutesDeps): void {
  const { pairing, ctx } = hub;

  app.post(`${API_BASE}/pairing`, async (req, reply) => {
    const body = parsePayload(pairingRequestSchema, req.body);
    if (!body.ok) return sendError(reply, body.error);
    return sendThrottled(reply, pairing.request(body.value.role, req.ip), 201);
  });

  app.get(`${API_BASE}/pairing/:pairingId`, async (req, reply) => {
    const id = parsePayload(pairingIdSchema, (req.params as { pairingId: string }).pairingId);
    if (!id.ok) return sendError(reply, { ...id.error, field: 'pairingId' });
    const status = pairing.status(id.value);
    // The token is in this answer: no cache anywhere may keep it.
    reply.header('cache-control', 'no-store');
    if (status.ok && status.value.state === 'paired') {
      ctx.audit.append({ at: ctx.clock.now(), actor: `device:${status.value.device.id}`, action: 'device-paired', subject: status.value.device.id, address: req.ip, detail: { collected: true } });
    }
    return sendResult(reply, status);
  });

  app.post(
    `${API_BASE}/pairing/claim`,
    withPrincipal(hub, (p, req, reply) => {
      const admin = requireStaff(p, ['admin']);
      if (!admin.ok) return sendError(reply, admin.error);
      const body = parsePayload(pairingClaimSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      const claimed = pairing.claim(admin.value.userId, body.value);
      const detail = claimed.ok ? { role: claimed.value.role, name: claimed.value.name, area: claimed.value.area, counter: claimed.value.counter } : { refused: claimed.error.code, field: claimed.error.field ?? null };
      ctx.audit.append({ at: ctx.clock.now(), actor: `user:${admin.value.username}`, action: claimed.ok ? 'device-enrolled' : 'device-pairing-refused', subject: body.value.id, address: req.ip, detail: { ...detail, by: 'pairing' } });
      return sendThrottled(reply, claimed, 201);
    }),
  );
}
