/** The HTTP API under /api/v1 (described in hub-server/openapi.yaml). */
import {
  API_BASE,
  httpIssueTicketSchema,
  luotError,
  loginSchema,
  parsePayload,
  printerReportSchema,
  type IssuedTicket,
  type PublicTicketStatus,
  type ServiceSummary,
} from '@luot/protocol';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../auth/auth-service';
import { localDay } from '../core/clock';
import { registerDossierRoutes } from '../dossiers/dossier-routes';
import type { HallServices } from '../hub-services';
import type { SocketControl } from '../core/transport/disconnect-principals';
import { registerAdminRoutes } from '../devices/device-routes';
import { registerCounterRoutes } from '../counters/counter-routes';
import { withPrincipal } from '../core/transport/http-auth';
import { sendError, sendResult } from '../core/transport/http-errors';
import { commandIdOf } from '../core/transport/idempotency';

export function registerApiRoutes(app: FastifyInstance, hub: HallServices, sockets: SocketControl): void {
  const { auth, ctx } = hub;

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
    withPrincipal(hub, async (p, req, reply) => {
      const allowed = p.kind === 'device' ? p.role === 'kiosk' : p.kind === 'staff' && p.role !== 'officer';
      if (!allowed) return sendError(reply, luotError('forbidden'));
      const body = parsePayload(httpIssueTicketSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      const key = commandIdOf(req);
      if (!key.ok) return sendError(reply, key.error);
      const commandId = key.value;
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
    withPrincipal(hub, (p, _req, reply) => {
      if (p.kind !== 'staff') return sendError(reply, luotError('forbidden'));
      auth.logout(p.sessionId);
      return reply.code(204).send();
    }),
  );

  registerCounterRoutes(app, hub);

  app.post(
    `${API_BASE}/devices/printer`,
    withPrincipal(hub, async (p, req, reply) => {
      if (p.kind !== 'device') return sendError(reply, luotError('forbidden'));
      const body = parsePayload(printerReportSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      return sendResult(reply, await hub.hall.reportPrinter({ actor: actorOf(p), name: 'device:printer', commandId: body.value.commandId }, p.deviceId, body.value.state, body.value.detail));
    }),
  );

  registerAdminRoutes(app, hub, sockets);
  registerDossierRoutes(app, hub);

  app.get('/healthz', () => ({ ok: true, seq: ctx.log.lastSeq(), day: localDay(ctx.clock.now()) }));
}
