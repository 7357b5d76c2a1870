/**
 * Devices over HTTP: enrol, list and revoke them (listing for supervisors and
 * admins, changes for admins only); a device reports its printer's state.
 */
import { API_BASE, deviceIdSchema, enrolDeviceSchema, luotError, parsePayload, printerReportSchema, updateDeviceSchema, type DeviceOverview, type EnrolledDevice } from '@luot/protocol';
import type { FastifyInstance } from 'fastify';
import { actorOf, type AuthService } from '../auth/auth-service';
import type { SessionRepo } from '../auth/session-repo';
import type { AuditLog } from '../core/audit-log';
import type { Clock } from '../core/clock';
import type { SocketControl } from '../core/transport/disconnect-principals';
import { requireStaff, withPrincipal, type HttpGate } from '../core/transport/http-auth';
import { sendError, sendResult } from '../core/transport/http-errors';
import type { HallCatalog } from '../core/hall-catalog';
import type { DeviceService } from './device-service';
import { refusePlacement } from './pairing-service';

export interface DeviceRoutesDeps extends HttpGate {
  auth: AuthService;
  ctx: { sessions: SessionRepo; audit: AuditLog; clock: Clock; catalog: Pick<HallCatalog, 'counter'> };
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

  /** The Devices screen: where each stands, its printer, and whether it is connected now. */
  app.get(
    `${API_BASE}/devices/overview`,
    withPrincipal(hub, (p, _req, reply) => {
      const staff = requireStaff(p, ['admin', 'supervisor']);
      if (!staff.ok) return sendError(reply, staff.error);
      // A counter PC shows its token inside the officer's connection: connected too.
      const online = new Set(sockets.connected().flatMap((q) => (q.kind === 'device' ? [q.deviceId] : q.kind === 'staff' && q.counterDeviceId !== undefined ? [q.counterDeviceId] : [])));
      return ctx.sessions.devices().map(
        (d): DeviceOverview => ({
          id: d.id,
          name: d.name,
          role: d.role,
          area: d.area,
          counter: d.counter,
          printerState: d.printerState,
          printerDetail: d.printerDetail,
          lastSeenAt: d.lastSeenAt,
          connected: online.has(d.id),
        }),
      );
    }),
  );

  /** Rename a device, move it to an area, give a counter PC its counter. */
  app.patch(
    `${API_BASE}/devices/:id`,
    withPrincipal(hub, (p, req, reply) => {
      const admin = requireStaff(p, ['admin']);
      if (!admin.ok) return sendError(reply, admin.error);
      const id = parsePayload(deviceIdSchema, (req.params as { id: string }).id);
      if (!id.ok) return sendError(reply, { ...id.error, field: 'id' });
      const body = parsePayload(updateDeviceSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      const device = ctx.sessions.device(id.value);
      if (!device || device.revokedAt !== null) {
        return sendError(reply, luotError('not_found', { vi: `Không có thiết bị "${id.value}" đang hoạt động.`, en: `No active device "${id.value}".` }, 'id'));
      }
      const next = { name: body.value.name ?? device.name, area: body.value.area === undefined ? device.area : body.value.area, counter: body.value.counter === undefined ? device.counter : body.value.counter };
      const refused = refusePlacement(ctx.catalog, device.role, next.counter);
      if (refused) return sendError(reply, refused);
      ctx.sessions.placeDevice(id.value, next);
      ctx.audit.append({ at: ctx.clock.now(), actor: `user:${admin.value.username}`, action: 'device-changed', subject: id.value, address: req.ip, detail: body.value });
      return { id: id.value, name: next.name, role: device.role, area: next.area, counter: next.counter };
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
