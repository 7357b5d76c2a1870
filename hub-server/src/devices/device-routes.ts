/**
 * Devices over HTTP: enrol, list and revoke them (listing for supervisors and
 * admins, changes for admins only); a device reports its printer's state.
 */
import { API_BASE, deviceIdSchema, enrolDeviceSchema, luotError, parsePayload, printerReportSchema, type EnrolledDevice } from '@luot/protocol';
import type { FastifyInstance } from 'fastify';
import { actorOf, type AuthService } from '../auth/auth-service';
import type { SessionRepo } from '../auth/session-repo';
import type { AuditLog } from '../core/audit-log';
import type { Clock } from '../core/clock';
import type { SocketControl } from '../core/transport/disconnect-principals';
import { requireStaff, withPrincipal, type HttpGate } from '../core/transport/http-auth';
import { sendError, sendResult } from '../core/transport/http-errors';
import type { DeviceService } from './device-service';

export interface DeviceRoutesDeps extends HttpGate {
  auth: AuthService;
  ctx: { sessions: SessionRepo; audit: AuditLog; clock: Clock };
  devices: DeviceService;
}

export function registerDeviceRoutes(app: FastifyInstance, hub: DeviceRoutesDeps, sockets: SocketControl): void {
  const { auth, ctx } = hub;

  app.get(
    `${API_BASE}/devices`,
    withPrincipal(hub, (p, _req, reply) => {
      const admin = requireStaff(p, ['admin', 'supervisor']);
      if (!admin.ok) return sendError(reply, admin.error);
      return ctx.sessions.devices().map(({ id, name, role, printerState, lastSeenAt }): EnrolledDevice => ({ id, name, role, printerState, lastSeenAt }));
    }),
  );

  app.post(
    `${API_BASE}/devices`,
    withPrincipal(hub, (p, req, reply) => {
      const admin = requireStaff(p, ['admin']);
      if (!admin.ok) return sendError(reply, admin.error);
      const body = parsePayload(enrolDeviceSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      const { id, name, role } = body.value;
      const { token, reenrolled } = auth.enrolDevice(id, name, role);
      ctx.audit.append({ at: ctx.clock.now(), actor: `user:${admin.value.username}`, action: 'device-enrolled', subject: id, address: req.ip, detail: { name, role, reenrolled } });
      // The old token no longer works: sockets still connected with it go.
      if (reenrolled) sockets.disconnect((q) => q.kind === 'device' && q.deviceId === id);
      return reply.code(reenrolled ? 200 : 201).send({ id, name, role, token });
    }),
  );

  /** A new token for an enrolled device (shown once); the old one stops working at once. */
  app.post(
    `${API_BASE}/devices/:id/token`,
    withPrincipal(hub, (p, req, reply) => {
      const admin = requireStaff(p, ['admin']);
      if (!admin.ok) return sendError(reply, admin.error);
      const id = parsePayload(deviceIdSchema, (req.params as { id: string }).id);
      if (!id.ok) return sendError(reply, { ...id.error, field: 'id' });
      const rotated = auth.rotateDeviceToken(id.value);
      if (!rotated.ok) return sendError(reply, rotated.error);
      ctx.audit.append({ at: ctx.clock.now(), actor: `user:${admin.value.username}`, action: 'device-token-rotated', subject: id.value, address: req.ip, detail: null });
      sockets.disconnect((q) => q.kind === 'device' && q.deviceId === id.value);
      const { name, role } = rotated.value.device;
      return reply.send({ id: id.value, name, role, token: rotated.value.token });
    }),
  );

  app.delete(
    `${API_BASE}/devices/:id`,
    withPrincipal(hub, (p, req, reply) => {
      const admin = requireStaff(p, ['admin']);
      if (!admin.ok) return sendError(reply, admin.error);
      const id = parsePayload(deviceIdSchema, (req.params as { id: string }).id);
      if (!id.ok) return sendError(reply, { ...id.error, field: 'id' });
      if (!auth.revokeDevice(id.value)) {
        return sendError(reply, luotError('not_found', { vi: `Không có thiết bị "${id.value}".`, en: `No device "${id.value}".` }, 'id'));
      }
      ctx.audit.append({ at: ctx.clock.now(), actor: `user:${admin.value.username}`, action: 'device-revoked', subject: id.value, address: req.ip, detail: null });
      sockets.disconnect((q) => q.kind === 'device' && q.deviceId === id.value);
      return reply.code(204).send();
    }),
  );

  app.post(
    `${API_BASE}/devices/printer`,
    withPrincipal(hub, async (p, req, reply) => {
      if (p.kind !== 'device') return sendError(reply, luotError('forbidden'));
      const body = parsePayload(printerReportSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      return sendResult(reply, await hub.devices.reportPrinter({ actor: actorOf(p), name: 'device:printer', commandId: body.value.commandId }, p.deviceId, body.value.state, body.value.detail));
    }),
  );
}
