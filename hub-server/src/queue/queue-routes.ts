/** The queue over HTTP (hub-server/openapi.yaml): services and their loads, issuing a ticket, a ticket's public status. */
import {
  API_BASE,
  httpIssueTicketSchema,
  luotError,
  parsePayload,
  type IssuedTicket,
  type PublicTicketStatus,
  type ServiceSummary,
} from '@luot/protocol';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../auth/auth-service';
import { localDay } from '../core/clock';
import { withPrincipal, type HttpGate } from '../core/transport/http-auth';
import { sendError } from '../core/transport/http-errors';
import { commandIdOf } from '../core/transport/idempotency';
import { sendLookupRefusal, type LookupLimiter } from '../core/transport/lookup-limiter';
import type { LoadService } from './load-service';
import type { QueueContext } from './queue-context';
import type { TicketReads } from './ticket-repo';
import type { TicketService } from './ticket-service';

export interface QueueRoutesDeps extends HttpGate {
  ctx: Pick<QueueContext, 'clock' | 'catalog'> & { tickets: TicketReads };
  loads: LoadService;
  tickets: TicketService;
  /** The public status is limited per address (walking ticket ids); a page polling its own ticket is never counted twice. */
  lookups: LookupLimiter;
}

/** The key a ticket's lookups count under: the `/t/<id>` page and its polls of the status API share it. */
export const ticketLookupKey = (id: string) => `ticket:${id.slice(0, 64)}`;

export function registerQueueRoutes(app: FastifyInstance, hub: QueueRoutesDeps): void {
  const { ctx } = hub;

  app.get(`${API_BASE}/services`, (): ServiceSummary[] => {
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
    const refused = hub.lookups.check(req, ticketLookupKey(id));
    if (refused) return sendLookupRefusal(reply, refused);
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
}
