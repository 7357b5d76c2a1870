/**
 * The routes of the public booking page (`/dat-lich/`, booking-page.ts): GET
 * steps, and POST for what changes a booking, so what a citizen types never
 * lands in a URL, a proxy's log or the browser's history. After a change the
 * page redirects (303) to the booking by its code, which is not personal.
 */
import { createBookingSchema, normalizeBookingCode, parsePayload, type LocalizedText, type LuotError } from '@luot/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { HallCatalog } from '../core/hall-catalog';
import type { LookupLimiter } from '../core/transport/lookup-limiter';
import type { BookingLimiter } from './booking-limiter';
import { bookingLayout, renderBooking, renderSlots, renderStart, type TypedDetails } from './booking-page';
import type { BookingService } from './booking-service';
import { HTTP_STATUS } from '@luot/protocol';

export interface BookingPageDeps {
  catalog: HallCatalog;
  bookings: BookingService;
  lookups: LookupLimiter;
  bookingLimit: BookingLimiter;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

export function registerBookingPage(app: FastifyInstance, deps: BookingPageDeps): void {
  const { catalog, bookings } = deps;
  const hallName = () => catalog.info.name.vi;
  const send = (reply: FastifyReply, body: string, status = 200) =>
    reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(bookingLayout(hallName(), body));
  const statusOf = (error: LuotError) => HTTP_STATUS[error.code];
  const serviceName = (code: string): LocalizedText => catalog.service(code)?.name ?? { vi: code, en: code };
  const bookingUrl = (code: string) => `/dat-lich/?ma=${encodeURIComponent(code.replace('-', ''))}`;

  async function showBooking(req: FastifyRequest, reply: FastifyReply, typed: string, moveDay: string | null, problem: LuotError | null = null) {
    const code = normalizeBookingCode(typed);
    if (code === null) return send(reply, renderStart(bookings.options(), { vi: 'Mã đặt lịch gồm 8 chữ và số, ví dụ AB3K-7MQP.', en: 'A booking code has 8 letters and digits, such as AB3K-7MQP.' }), 400);
    const refused = deps.lookups.check(req, `booking:${code}`);
    if (refused) {
      reply.header('retry-after', String(refused.retryAfterSeconds));
      return send(reply, renderStart(bookings.options(), refused.error.message), 429);
    }
    const found = bookings.find(code);
    if (!found.ok) return send(reply, renderStart(bookings.options(), found.error.message), 404);
    const b = found.value;
    const move = moveDay !== null && DAY.test(moveDay) ? bookings.slots(b.service, moveDay) : null;
    const { default: QRCode } = await import('qrcode');
    const qr = await QRCode.toString(`${catalog.info.publicUrl}${bookingUrl(b.code)}`, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
    return send(reply, renderBooking(b, qr, bookings.options(), move?.ok ? move.value : null, problem?.message ?? null), problem ? statusOf(problem) : 200);
  }

  app.get('/dat-lich', (_req, reply) => reply.redirect('/dat-lich/', 301));
  app.get('/dat-lich/', async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    if (typeof q.ma === 'string') return showBooking(req, reply, q.ma.slice(0, 200), typeof q['doi-ngay'] === 'string' ? q['doi-ngay'] : null);
    const service = str(q['dich-vu'], 40);
    const day = str(q.ngay, 10);
    if (service && DAY.test(day)) {
      const slots = bookings.slots(service, day);
      if (!slots.ok) return send(reply, renderStart(bookings.options(), slots.error.message), statusOf(slots.error));
      return send(reply, renderSlots(serviceName(service), slots.value));
    }
    return send(reply, renderStart(bookings.options()));
  });

  // Form bodies only here, in their own scope: no other route of the hub accepts them.
  void app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8'))));
    });
    /** Counts a write attempt; a refusal is sent as the start page. */
    const admitted = (req: FastifyRequest, reply: FastifyReply): boolean => {
      const refused = deps.bookingLimit.check(req);
      if (!refused) return true;
      reply.header('retry-after', String(refused.retryAfterSeconds));
      send(reply, renderStart(bookings.options(), refused.error.message), 429);
      return false;
    };

    scope.post('/dat-lich/', async (req, reply) => {
      if (!admitted(req, reply)) return reply;
      const form = (req.body ?? {}) as Record<string, unknown>;
      const service = str(form['dich-vu'], 40);
      const day = str(form.ngay, 10);
      const time = str(form.gio, 5);
      const typed: TypedDetails = { name: str(form.ten, 100), phone: str(form['dien-thoai'], 20), idNumber: str(form.cccd, 12), note: str(form['ghi-chu'], 200) };
      const parsed = parsePayload(createBookingSchema, {
        service,
        day,
        time,
        name: typed.name,
        phone: typed.phone,
        ...(typed.idNumber ? { idNumber: typed.idNumber } : {}),
        ...(typed.note.trim() ? { note: typed.note } : {}),
      });
      const result = parsed.ok ? await bookings.book(parsed.value) : parsed;
      if (result.ok) return reply.header('cache-control', 'no-store').redirect(bookingUrl(result.value.code), 303);
      const slots = DAY.test(day) ? bookings.slots(service, day) : null;
      if (!slots?.ok) return send(reply, renderStart(bookings.options(), result.error.message), statusOf(result.error));
      return send(reply, renderSlots(serviceName(service), slots.value, formProblem(result.error), typed, time || null), statusOf(result.error));
    });

    scope.post('/dat-lich/huy', async (req, reply) => {
      if (!admitted(req, reply)) return reply;
      const code = normalizeBookingCode(str((req.body as Record<string, unknown> | null)?.ma, 200));
      if (code === null) return showBooking(req, reply, '', null);
      const result = await bookings.cancel(code);
      if (!result.ok) return showBooking(req, reply, code, null, result.error);
      return reply.header('cache-control', 'no-store').redirect(bookingUrl(code), 303);
    });

    scope.post('/dat-lich/doi', async (req, reply) => {
      if (!admitted(req, reply)) return reply;
      const form = (req.body ?? {}) as Record<string, unknown>;
      const code = normalizeBookingCode(str(form.ma, 200));
      if (code === null) return showBooking(req, reply, '', null);
      const day = str(form.ngay, 10);
      const result = await bookings.move(code, day, str(form.gio, 5));
      if (!result.ok) return showBooking(req, reply, code, DAY.test(day) ? day : null, result.error);
      return reply.header('cache-control', 'no-store').redirect(bookingUrl(code), 303);
    });
  });
}

/** A refused form: a field the schema refused is named in words a citizen reads. */
function formProblem(error: LuotError): LocalizedText {
  if (error.code !== 'invalid_payload') return error.message;
  if (error.field === 'phone' || error.message.en.includes('phone')) return { vi: 'Số điện thoại chưa đúng: 10 chữ số, ví dụ 0912345678.', en: 'The phone number is not right: 10 digits, such as 0912345678.' };
  if (error.field === 'name' || error.message.en.includes('name')) return { vi: 'Vui lòng nhập họ và tên.', en: 'Please type your full name.' };
  if (error.field === 'idNumber' || error.message.en.includes('idNumber')) return { vi: 'Số CCCD gồm 12 chữ số.', en: 'The ID number has 12 digits.' };
  if (error.field === 'time' || error.message.en.includes('time')) return { vi: 'Vui lòng chọn một khung giờ.', en: 'Please choose a time.' };
  return error.message;
}
