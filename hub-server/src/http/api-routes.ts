/** The HTTP API under /api/v1 (described in hub-server/openapi.yaml). */
import {
  API_BASE,
  counterNumberSchema,
  finishSchema,
  issueTicketSchema,
  luotError,
  loginSchema,
  parsePayload,
  printerReportSchema,
  type IssuedTicket,
  type Principal,
  type PublicTicketStatus,
  type Result,
  type ServiceSummary,
  type TicketView,
} from '@luot/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../auth/auth-service';
import { registerDossierRoutes } from '../dossiers/dossier-routes';
import type { HallServices } from '../hall/hall-services';
import { principalOf, requireStaff } from './http-auth';
import { sendError, sendResult } from './http-errors';
import { localDay } from '../clock';

const ticketRequestSchema = z.strictObject({
  service: issueTicketSchema.shape.service,
  priority: issueTicketSchema.shape.priority,
});
const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const counterActions = ['call-next', 'recall', 'no-show', 'finish'] as const;
const enrolSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/),
  name: z.string().trim().min(1).max(100),
  role: z.enum(['kiosk', 'counter', 'display']),
});
const userSchema = z.strictObject({
  username: z.string().regex(/^[a-z0-9._-]{2,40}$/),
  name: z.string().trim().min(1).max(100),
  role: z.enum(['officer', 'supervisor', 'admin']),
  password: z.string().min(8).max(128),
});

export function registerApiRoutes(app: FastifyInstance, hub: HallServices): void {
  const { auth, ctx } = hub;

  /** Authenticates, then runs; every failure is a typed error. */
  const withPrincipal =
    (handler: (p: Principal, req: FastifyRequest, reply: FastifyReply) => unknown) => (req: FastifyRequest, reply: FastifyReply) => {
      const p = principalOf(auth, req);
      if (!p.ok) return sendError(reply, p.error);
      hub.day.ensureToday();
      return handler(p.value, req, reply);
    };

  app.get(`${API_BASE}/hall`, () => {
    hub.day.ensureToday();
    const s = hub.snapshot.build();
    // Counters (number, name, area, services) let a sign-in screen offer a list.
    const counters = s.counters.map(({ number, name, area, services }) => ({ number, name, area, services }));
    return { hall: s.hall, day: s.day, departments: s.departments, services: s.services, loads: s.loads, counters };
  });

  app.get(`${API_BASE}/services`, (): ServiceSummary[] => {
    hub.day.ensureToday();
    const now = ctx.clock.now();
    const day = localDay(now);
    return ctx.catalog.services.map((s) => {
      const load = hub.loads.loadOf(s.code, day, now);
      return { code: s.code, name: s.name, department: s.department, waiting: load.waiting, estimatedWaitMinutes: load.estimatedWaitMinutes, issuing: load.issuing };
    });
  });

  app.get(`${API_BASE}/procedures`, () => ctx.catalog.procedures);

  app.post(
    `${API_BASE}/tickets`,
    withPrincipal(async (p, req, reply) => {
      const allowed = p.kind === 'device' ? p.role === 'kiosk' : p.kind === 'staff' && p.role !== 'officer';
      if (!allowed) return sendError(reply, luotError('forbidden'));
      const body = parsePayload(ticketRequestSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      const keyHeader = req.headers['idempotency-key'];
      let commandId: string | undefined;
      if (keyHeader !== undefined) {
        const key = parsePayload(idempotencyKeySchema, keyHeader);
        if (!key.ok) return sendError(reply, luotError('invalid_payload', { vi: 'Idempotency-Key: 8–64 chữ, số, _ hoặc -.', en: 'Idempotency-Key: 8–64 letters, digits, _ or -.' }, 'Idempotency-Key'));
        commandId = `http-${key.value}`;
      }
      const result = await hub.tickets.issue(
        { actor: actorOf(p), name: 'ticket:issue', ...(commandId ? { commandId } : {}) },
        { service: body.value.service, priority: body.value.priority, source: p.kind === 'device' ? 'kiosk' : 'api' },
      );
      if (!result.ok) return sendError(reply, result.error);
      const { ticket, peopleAhead, estimatedWaitMinutes } = result.value;
      const issued: IssuedTicket = {
        id: ticket.id, code: ticket.code, number: ticket.number, service: ticket.service, state: ticket.state,
        priority: ticket.priority, peopleAhead, estimatedWaitMinutes, issuedAt: ticket.issuedAt,
      };
      return reply.code(201).send(issued);
    }),
  );

  app.get(`${API_BASE}/tickets/:id`, (req, reply) => {
    const { id } = req.params as { id: string };
    const t = id.length <= 64 ? ctx.tickets.get(id) : undefined;
    if (!t) return sendError(reply, luotError('not_found', { vi: 'Không tìm thấy số thứ tự này.', en: 'No such ticket.' }));
    const service = ctx.catalog.service(t.service);
    const position = hub.tickets.position(t);
    const status: PublicTicketStatus = {
      id: t.id, code: t.code, service: t.service,
      serviceName: service?.name ?? { vi: t.service, en: t.service },
      state: t.state, peopleAhead: position.peopleAhead, estimatedWaitMinutes: position.estimatedWaitMinutes, counter: t.counter,
    };
    return status;
  });

  app.post(`${API_BASE}/auth/login`, async (req, reply) => {
    const body = parsePayload(loginSchema, req.body);
    if (!body.ok) return sendError(reply, body.error);
    return sendResult(reply, await auth.login(body.value.username, body.value.password));
  });

  app.post(
    `${API_BASE}/auth/logout`,
    withPrincipal((p, _req, reply) => {
      if (p.kind !== 'staff') return sendError(reply, luotError('forbidden'));
      auth.logout(p.sessionId);
      return reply.code(204).send();
    }),
  );

  for (const action of counterActions) {
    app.post(
      `${API_BASE}/counters/:number/${action}`,
      withPrincipal(async (p, req, reply) => {
        const number = parsePayload(counterNumberSchema, Number((req.params as { number: string }).number));
        if (!number.ok) return sendError(reply, luotError('invalid_payload', undefined, 'number'));
        const staff = requireStaff(p, ['officer', 'supervisor', 'admin']);
        if (!staff.ok) return sendError(reply, staff.error);
        const counter = ctx.counters.get(number.value);
        if (!counter || !ctx.catalog.counter(number.value)) return sendError(reply, luotError('not_found', undefined, 'number'));
        if (staff.value.role !== 'admin' && counter.officerId !== staff.value.userId) {
          return sendError(reply, luotError('forbidden', { vi: 'Bạn không đăng nhập tại quầy này.', en: 'You are not signed in at this counter.' }));
        }
        const key = req.headers['idempotency-key'];
        const base = { actor: actorOf(p), name: `counter:${action}`, ...(typeof key === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(key) ? { commandId: `http-${key}` } : {}) };
        let result: Result<TicketView | null>;
        switch (action) {
          case 'call-next':
            result = await hub.actions.callNext(base, number.value, staff.value.userId);
            break;
          case 'recall':
            result = await hub.actions.recall(base, number.value);
            break;
          case 'no-show':
            result = await hub.actions.noShow(base, number.value);
            break;
          case 'finish': {
            const body = parsePayload(finishSchema.omit({ commandId: true }), req.body ?? {});
            if (!body.ok) return sendError(reply, body.error);
            result = await hub.actions.finish(base, number.value, body.value.outcome);
            break;
          }
        }
        return sendResult(reply, result);
      }),
    );
  }

  app.post(
    `${API_BASE}/devices/printer`,
    withPrincipal(async (p, req, reply) => {
      if (p.kind !== 'device') return sendError(reply, luotError('forbidden'));
      const body = parsePayload(printerReportSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      return sendResult(reply, await hub.hall.reportPrinter({ actor: actorOf(p), name: 'device:printer', commandId: body.value.commandId }, p.deviceId, body.value.state, body.value.detail));
    }),
  );

  // Administration: enrol devices and manage staff.
  app.get(
    `${API_BASE}/devices`,
    withPrincipal((p, _req, reply) => {
      const admin = requireStaff(p, ['admin', 'supervisor']);
      if (!admin.ok) return sendError(reply, admin.error);
      return ctx.sessions.devices().map(({ id, name, role, printerState, lastSeenAt }) => ({ id, name, role, printerState, lastSeenAt }));
    }),
  );
  app.post(
    `${API_BASE}/devices`,
    withPrincipal((p, req, reply) => {
      const admin = requireStaff(p, ['admin']);
      if (!admin.ok) return sendError(reply, admin.error);
      const body = parsePayload(enrolSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      const token = auth.enrolDevice(body.value.id, body.value.name, body.value.role);
      return reply.code(201).send({ id: body.value.id, token });
    }),
  );
  app.get(
    `${API_BASE}/users`,
    withPrincipal((p, _req, reply) => {
      const admin = requireStaff(p, ['admin', 'supervisor']);
      if (!admin.ok) return sendError(reply, admin.error);
      return ctx.users.all().map(({ id, username, name, role, active }) => ({ id, username, name, role, active }));
    }),
  );
  app.post(
    `${API_BASE}/users`,
    withPrincipal((p, req, reply) => {
      const admin = requireStaff(p, ['admin']);
      if (!admin.ok) return sendError(reply, admin.error);
      const body = parsePayload(userSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      if (ctx.users.byUsername(body.value.username)) return sendError(reply, luotError('conflict', { vi: 'Tên đăng nhập đã tồn tại.', en: 'This username exists already.' }, 'username'));
      const id = auth.createUser(body.value);
      return reply.code(201).send({ id, username: body.value.username, name: body.value.name, role: body.value.role });
    }),
  );

  registerDossierRoutes(app, hub);

  app.get('/healthz', () => ({ ok: true, seq: ctx.log.lastSeq(), day: localDay(ctx.clock.now()) }));
}
