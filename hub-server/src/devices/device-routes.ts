/**
 * Administration over HTTP: enrol, list and revoke devices; create, list and
 * change staff accounts. Listing is for supervisors and admins, changes for
 * admins only.
 */
import {
  API_BASE,
  createUserSchema,
  deviceIdSchema,
  enrolDeviceSchema,
  luotError,
  parsePayload,
  updateUserSchema,
  usernameSchema,
  type EnrolledDevice,
  type StaffAccount,
} from '@luot/protocol';
import type { FastifyInstance } from 'fastify';
import type { UserRecord } from '../auth/user-repo';
import type { HallServices } from '../hub-services';
import type { SocketControl } from '../core/transport/disconnect-principals';
import { requireStaff, withPrincipal } from '../core/transport/http-auth';
import { sendError } from '../core/transport/http-errors';

const accountOf = ({ id, username, name, role, active }: UserRecord): StaffAccount => ({ id, username, name, role, active });

export function registerAdminRoutes(app: FastifyInstance, hub: HallServices, sockets: SocketControl): void {
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
      // The old token no longer works: sockets still connected with it go.
      if (reenrolled) sockets.disconnect((q) => q.kind === 'device' && q.deviceId === id);
      return reply.code(reenrolled ? 200 : 201).send({ id, name, role, token });
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
      sockets.disconnect((q) => q.kind === 'device' && q.deviceId === id.value);
      return reply.code(204).send();
    }),
  );

  app.get(
    `${API_BASE}/users`,
    withPrincipal(hub, (p, _req, reply) => {
      const admin = requireStaff(p, ['admin', 'supervisor']);
      if (!admin.ok) return sendError(reply, admin.error);
      return ctx.users.all().map(accountOf);
    }),
  );

  app.post(
    `${API_BASE}/users`,
    withPrincipal(hub, (p, req, reply) => {
      const admin = requireStaff(p, ['admin']);
      if (!admin.ok) return sendError(reply, admin.error);
      const body = parsePayload(createUserSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      if (ctx.users.byUsername(body.value.username)) {
        return sendError(reply, luotError('conflict', { vi: 'Tên đăng nhập đã tồn tại.', en: 'This username exists already.' }, 'username'));
      }
      const id = auth.createUser(body.value);
      const { username, name, role } = body.value;
      return reply.code(201).send({ id, username, name, role, active: true } satisfies StaffAccount);
    }),
  );

  app.patch(
    `${API_BASE}/users/:username`,
    withPrincipal(hub, (p, req, reply) => {
      const admin = requireStaff(p, ['admin']);
      if (!admin.ok) return sendError(reply, admin.error);
      const username = parsePayload(usernameSchema, (req.params as { username: string }).username);
      if (!username.ok) return sendError(reply, { ...username.error, field: 'username' });
      const body = parsePayload(updateUserSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      const user = ctx.users.byUsername(username.value);
      if (!user) {
        return sendError(reply, luotError('not_found', { vi: `Không có tài khoản "${username.value}".`, en: `No account "${username.value}".` }, 'username'));
      }
      const updated = auth.updateUser(user.id, body.value);
      if (!updated.ok) return sendError(reply, updated.error);
      // Its sessions ended (new password, role, or deactivated): its sockets go too.
      const ended = body.value.password !== undefined || updated.value.role !== user.role || !updated.value.active;
      if (ended) sockets.disconnect((q) => q.kind === 'staff' && q.userId === user.id);
      return accountOf(updated.value);
    }),
  );
}
