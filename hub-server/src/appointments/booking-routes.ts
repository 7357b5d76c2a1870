/**
 * Appointments over HTTP (hub-server/openapi.yaml): the public booking API
 * behind `/dat-lich/`, the kiosk's check-in, the supervisor's day of bookings
 * and the booking behind a ticket for the officer who calls it.
 */
import {
  API_BASE,
  bookingCodePathSchema,
  bookingDayQuerySchema,
  checkInSchema,
  createBookingSchema,
  luotError,
  moveBookingSchema,
  parsePayload,
  slotQuerySchema,
  type IssuedTicket,
} from '@luot/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from '../auth/auth-service';
import type { AuditLog } from '../core/audit-log';
import type { Clock } from '../core/clock';
import { localDay } from '../core/clock';
import { requireStaff, withPrincipal, type HttpGate } from '../core/transport/http-auth';
import { sendError } from '../core/transport/http-errors';
import { commandIdOf } from '../core/transport/idempotency';
import { sendLookupRefusal, type LookupLimiter } from '../core/transport/lookup-limiter';
import type { BookingLimiter } from './booking-limiter';
import type { BookingService } from './booking-service';

export interface BookingRoutesDeps extends HttpGate {
  bookings: BookingService;
  clock: Clock;
  audit: Pick<AuditLog, 'append'>;
  /** Reads of a booking by code count with every public lookup. */
  lookups: LookupLimiter;
  /** Making, moving and cancelling: their own, tighter limit. */
  bookingLimit: BookingLimiter;
}

/** The key a booking's lookups count under. */
const bookingLookupKey = (code: string) => `booking:${code}`;

export function registerBookingRoutes(app: FastifyInstance, hub: BookingRoutesDeps): void {
  const { bookings } = hub;

  /** The code of the path, or a typed refusal already sent. */
  const codeOf = (req: FastifyRequest, reply: FastifyReply): string | null => {
    const parsed = parsePayload(bookingCodePathSchema, (req.params as { code: string }).code);
    if (!parsed.ok) {
      sendError(reply, parsed.error);
      return null;
    }
    return parsed.value;
  };
  /** Counts a write attempt; false when refused (the refusal is sent). */
  const admitted = (req: FastifyRequest, reply: FastifyReply): boolean => {
    const refused = hub.bookingLimit.check(req);
    if (refused) sendLookupRefusal(reply, refused);
    return refused === null;
  };

  app.get(`${API_BASE}/appointments`, () => bookings.options());

  app.get(`${API_BASE}/appointments/slots`, (req, reply) => {
    const query = parsePayload(slotQuerySchema, req.query);
    if (!query.ok) return sendError(reply, query.error);
    const result = bookings.slots(query.value.service, query.value.day);
    return result.ok ? result.value : sendError(reply, result.error);
  });

  app.post(`${API_BASE}/bookings`, async (req, reply) => {
    if (!admitted(req, reply)) return reply;
    const body = parsePayload(createBookingSchema, req.body);
    if (!body.ok) return sendError(reply, body.error);
    const result = await bookings.book(body.value);
    return result.ok ? reply.code(201).send(result.value) : sendError(reply, result.error);
  });

  app.get(`${API_BASE}/bookings/:code`, (req, reply) => {
    const code = codeOf(req, reply);
    if (code === null) return reply;
    const refused = hub.lookups.check(req, bookingLookupKey(code));
    if (refused) return sendLookupRefusal(reply, refused);
    const result = bookings.find(code);
    return result.ok ? result.value : sendError(reply, result.error);
  });

  app.post(`${API_BASE}/bookings/:code/cancel`, async (req, reply) => {
    if (!admitted(req, reply)) return reply;
    const code = codeOf(req, reply);
    if (code === null) return reply;
    const result = await bookings.cancel(code);
    return result.ok ? result.value : sendError(reply, result.error);
  });

  app.post(`${API_BASE}/bookings/:code/move`, async (req, reply) => {
    if (!admitted(req, reply)) return reply;
    const code = codeOf(req, reply);
    if (code === null) return reply;
    const body = parsePayload(moveBookingSchema, req.body);
    if (!body.ok) return sendError(reply, body.error);
    const result = await bookings.move(code, body.value.day, body.value.time);
    return result.ok ? result.value : sendError(reply, result.error);
  });

  app.post(
    `${API_BASE}/bookings/check-in`,
    withPrincipal(hub, async (p, req, reply) => {
      const allowed = p.kind === 'device' ? p.role === 'kiosk' : p.kind === 'staff' && p.role !== 'officer';
      if (!allowed) return sendError(reply, luotError('forbidden'));
      const body = parsePayload(checkInSchema, req.body);
      if (!body.ok) return sendError(reply, body.error);
      const key = commandIdOf(req);
      if (!key.ok) return sendError(reply, key.error);
      const cmd = { actor: actorOf(p), name: 'booking:check-in', ...(key.value ? { commandId: key.value } : {}) };
      const result = await bookings.checkIn(cmd, body.value.code);
      if (!result.ok) return sendError(reply, result.error);
      const { ticket, peopleAhead, estimatedWaitMinutes } = result.value.receipt;
      const issued: IssuedTicket = {
        id: ticket.id, code: ticket.code, number: ticket.number, service: ticket.service, state: ticket.state,
        priority: ticket.priority, peopleAhead, estimatedWaitMinutes, issuedAt: ticket.issuedAt,
      };
      return reply.code(201).send({ booking: result.value.booking, ticket: issued });
    }),
  );

  app.get(
    `${API_BASE}/bookings`,
    withPrincipal(hub, (p, req, reply) => {
      const staff = requireStaff(p, ['supervisor', 'admin']);
      if (!staff.ok) return sendError(reply, staff.error);
      const query = parsePayload(bookingDayQuerySchema, req.query);
      if (!query.ok) return sendError(reply, query.error);
      return bookings.dayOf(query.value.day ?? localDay(hub.clock.now()));
    }),
  );

  app.get(
    `${API_BASE}/tickets/:id/booking`,
    withPrincipal(hub, (p, req, reply) => {
      if (p.kind !== 'staff') return sendError(reply, luotError('forbidden'));
      const { id } = req.params as { id: string };
      const booking = id.length <= 64 ? bookings.ofTicket(id) : null;
      if (!booking) return sendError(reply, luotError('not_found', { vi: 'Số này không đến từ lịch hẹn.', en: 'This ticket does not come from a booking.' }));
      // The citizen's note may say something personal: who read it is recorded.
      if (booking.note !== null) {
        hub.audit.append({ at: hub.clock.now(), actor: actorOf(p), action: 'personal-data-read', subject: `booking:${booking.code}`, address: req.ip, detail: { use: 'booking-note' } });
      }
      return booking;
    }),
  );
}
