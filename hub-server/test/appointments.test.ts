/**
 * Appointments end to end over the hub's API (issue 19): book on the public
 * API, check in at the kiosk within the window, and the appointment is called
 * ahead of an earlier walk-in of the same service; full slots, the walk-ins'
 * share, the per-phone limit, the per-address limit, cancel and move.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BookingDay, BookingView, IssuedTicket, SlotAvailability, TicketBooking, TicketView } from '@luot/protocol';
import { cid, command, login, officerAtCounter, socketSet, startTestHub, TEST_TOKENS, testHallConfig, type TestHub } from '@luot/testing';

const TODAY = '2026-11-23'; // MONDAY_9AM, the test hub's start
const MIN = 60_000;
let hub: TestHub;
const sockets = socketSet();

beforeEach(async () => {
  hub = await startTestHub({
    serveApps: false,
    config: testHallConfig({ appointments: { services: ['DKKD'], slotMinutes: 30, capacityPerSlot: 2, walkInSharePercent: 90, perPhonePerDay: 2 } }),
  });
});
afterEach(async () => {
  sockets.closeAll();
  await hub.close();
});

const call = async (method: string, path: string, body?: unknown, token?: string) => {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${hub.url}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: { code: string; message: { vi: string; en: string } } } };
};
const book = (over: Record<string, unknown> = {}) =>
  call('POST', '/api/v1/bookings', { service: 'DKKD', day: TODAY, time: '09:30', name: 'Nguyễn Thị Hoa', phone: '0912 345 678', note: 'Đổi giấy phép kinh doanh', ...over });
const plain = (code: string) => code.replace('-', '');

describe('booking and check-in', () => {
  it('book → check in by QR → called ahead of an earlier walk-in of the same service → served', async () => {
    const options = await call('GET', '/api/v1/appointments');
    expect(options.body).toMatchObject({ services: [{ code: 'DKKD' }], checkInBeforeMinutes: 15, checkInAfterMinutes: 10 });
    const days = options.body.days as { day: string; open: boolean }[];
    expect(days).toHaveLength(15);
    expect(days.slice(0, 7)).toEqual(['23', '24', '25', '26', '27', '28', '29'].map((d, i) => ({ day: `2026-11-${d}`, open: i !== 6 })));
    const slots = (await call('GET', `/api/v1/appointments/slots?service=DKKD&day=${TODAY}`)).body as unknown as SlotAvailability;
    expect(slots.slots.find((s) => s.time === '08:30')).toEqual({ time: '08:30', endTime: '09:00', free: 0 }); // past
    expect(slots.slots.find((s) => s.time === '09:30')).toEqual({ time: '09:30', endTime: '10:00', free: 2 });

    const booked = await book();
    expect(booked.status).toBe(201);
    const booking = booked.body as unknown as BookingView;
    expect(booking).toMatchObject({ service: 'DKKD', day: TODAY, time: '09:30', endTime: '10:00', state: 'booked' });
    expect(booking.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    // No personal data in the answer or stored in clear.
    expect(JSON.stringify(booked.body)).not.toMatch(/Hoa|0912/);
    const row = hub.db.prepare('SELECT name, phone, note FROM bookings').get() as Record<string, string>;
    for (const v of Object.values(row)) expect(v).toMatch(/^p1\./);

    const walkIn = (await call('POST', '/api/v1/tickets', { service: 'DKKD' }, TEST_TOKENS.kiosk)).body as unknown as IssuedTicket;
    // Too early at 09:00: the kiosk says from when.
    const early = await call('POST', '/api/v1/bookings/check-in', { code: booking.code }, TEST_TOKENS.kiosk);
    expect(early).toMatchObject({ status: 422, body: { error: { code: 'check_in_too_early', message: { vi: 'Chưa đến giờ xác nhận lịch hẹn. Vui lòng quay lại từ 09:15 hôm nay.' } } } });

    hub.clock.advance(20 * MIN);
    const checkedIn = await call('POST', '/api/v1/bookings/check-in', { code: `${hub.url}/dat-lich/?ma=${plain(booking.code)}` }, TEST_TOKENS.kiosk);
    expect(checkedIn.status).toBe(201);
    const ticket = (checkedIn.body as { ticket: IssuedTicket }).ticket;
    expect(checkedIn.body).toMatchObject({ booking: { code: booking.code, state: 'checked_in' }, ticket: { service: 'DKKD', peopleAhead: 0 } });
    // Checking in twice gives no second ticket.
    expect(await call('POST', '/api/v1/bookings/check-in', { code: booking.code }, TEST_TOKENS.kiosk)).toMatchObject({ status: 409, body: { error: { code: 'invalid_state' } } });

    const counter = await officerAtCounter(sockets, hub.url, 'canbo01', 1);
    const first = await command<TicketView>(counter, 'counter:call-next', { commandId: cid() });
    expect(first).toMatchObject({ ok: true, value: { id: ticket.id, source: 'appointment' } });
    const officer = await login(hub.url, 'canbo01');
    const behind = (await call('GET', `/api/v1/tickets/${ticket.id}/booking`, undefined, officer.token)).body as unknown as TicketBooking;
    expect(behind).toEqual({ code: booking.code, time: '09:30', procedure: null, note: 'Đổi giấy phép kinh doanh' });
    expect(await call('GET', `/api/v1/tickets/${walkIn.id}/booking`, undefined, officer.token)).toMatchObject({ status: 404 });
    expect(await command(counter, 'counter:finish', { commandId: cid(), outcome: 'guided' })).toMatchObject({ ok: true });
    expect(await command<TicketView>(counter, 'counter:call-next', { commandId: cid() })).toMatchObject({ ok: true, value: { id: walkIn.id } });

    const supervisor = await login(hub.url, 'giamsat');
    const day = (await call('GET', '/api/v1/bookings', undefined, supervisor.token)).body as unknown as BookingDay;
    expect(day).toMatchObject({ day: TODAY, booked: 1, arrived: 1, noShow: 0, cancelled: 0, bookings: [{ code: booking.code, state: 'checked_in', ticketCode: ticket.code }] });
    expect(await call('GET', '/api/v1/bookings', undefined, officer.token)).toMatchObject({ status: 403 });
    // The period report counts appointments in its breakdown by source.
    const report = (await call('GET', `/api/v1/reports?period=day&date=${TODAY}`, undefined, supervisor.token)).body as { breakdowns: { sources: { key: string; label: string; tickets: { issued: number } }[] } };
    expect(report.breakdowns.sources.find((r) => r.key === 'appointment')).toMatchObject({ label: 'Đặt lịch hẹn', tickets: { issued: 1 } });
  });

  it('once the slot has ended the appointment waits like a walk-in; too late offers a normal ticket', async () => {
    const a = (await book()).body as unknown as BookingView;
    const b = (await book({ time: '10:00', phone: '0987654321' })).body as unknown as BookingView;
    hub.clock.advance(25 * MIN); // 09:25
    const ticket = ((await call('POST', '/api/v1/bookings/check-in', { code: a.code }, TEST_TOKENS.kiosk)).body as { ticket: IssuedTicket }).ticket;
    hub.clock.advance(36 * MIN); // 10:01: the 09:30 slot is over
    const walkIn = (await call('POST', '/api/v1/tickets', { service: 'DKKD' }, TEST_TOKENS.kiosk)).body as unknown as IssuedTicket;
    expect(walkIn.peopleAhead).toBe(1);
    hub.clock.advance(10 * MIN); // 10:11: b's window closed at 10:10
    expect(await call('POST', '/api/v1/bookings/check-in', { code: b.code }, TEST_TOKENS.kiosk)).toMatchObject({
      status: 422,
      body: { error: { code: 'check_in_too_late', message: { vi: 'Đã quá giờ xác nhận lịch hẹn. Bạn có thể lấy số thứ tự thông thường.' } } },
    });
    const counter = await officerAtCounter(sockets, hub.url, 'canbo01', 1);
    expect(await command<TicketView>(counter, 'counter:call-next', { commandId: cid() })).toMatchObject({ ok: true, value: { id: ticket.id } });
    const supervisor = await login(hub.url, 'giamsat');
    expect((await call('GET', '/api/v1/bookings', undefined, supervisor.token)).body).toMatchObject({ booked: 2, arrived: 1, noShow: 1 });
  });

  it('a full slot, the walk-ins’ share of the day, a closed day and a code not found get clear refusals', async () => {
    expect((await book({ phone: '0911111111' })).status).toBe(201);
    expect((await book({ phone: '0922222222' })).status).toBe(201);
    expect(await book({ phone: '0933333333' })).toMatchObject({
      status: 409,
      body: { error: { code: 'slot_full', message: { vi: 'Khung giờ này đã đủ người đặt. Vui lòng chọn khung giờ khác.' }, field: 'time' } },
    });
    const slots = (await call('GET', `/api/v1/appointments/slots?service=DKKD&day=${TODAY}`)).body as unknown as SlotAvailability;
    expect(slots.slots.find((s) => s.time === '09:30')?.free).toBe(0);
    // Sunday: closed.
    expect(await book({ day: '2026-11-29' })).toMatchObject({ status: 422, body: { error: { code: 'day_closed' } } });
    expect(await book({ service: 'DATDAI' })).toMatchObject({ status: 404, body: { error: { field: 'service' } } });
    expect(await book({ phone: '12345' })).toMatchObject({ status: 400, body: { error: { code: 'invalid_payload' } } });
    expect(await call('GET', '/api/v1/bookings/ABCD-EFGH')).toMatchObject({ status: 404, body: { error: { message: { vi: 'Không tìm thấy lịch hẹn với mã này. Vui lòng kiểm tra lại mã.' } } } });
    expect(await call('POST', '/api/v1/bookings/check-in', { code: 'ABCDEFGH' }, TEST_TOKENS.kiosk)).toMatchObject({ status: 404 });
    expect(hub.db.prepare('SELECT COUNT(*) AS n FROM bookings').get()).toEqual({ n: 2 });
  });

  it('keeps the walk-ins’ share: bookings stop at the rest of the daily cap', async () => {
    await hub.restart({ config: testHallConfig({ appointments: { services: ['DKKD'], capacityPerSlot: 5, walkInSharePercent: 96 } }) });
    // DKKD's daily cap is 50: 4 % of it is 2 bookings a day.
    expect((await book({ phone: '0911111111' })).status).toBe(201);
    expect((await book({ phone: '0922222222', time: '10:00' })).status).toBe(201);
    expect(await book({ phone: '0933333333', time: '10:30' })).toMatchObject({ status: 409, body: { error: { code: 'slot_full', field: 'day' } } });
  });

  it('limits bookings per phone per day, however the number is written', async () => {
    expect((await book({ phone: '0912345678' })).status).toBe(201);
    expect((await book({ phone: '+84 912 345 678', time: '10:00' })).status).toBe(201);
    expect(await book({ phone: '0912.345.678', time: '10:30' })).toMatchObject({ status: 422, body: { error: { code: 'booking_limit_reached', field: 'phone' } } });
    // Another day is another count.
    expect((await book({ phone: '0912345678', day: '2026-11-24' })).status).toBe(201);
  });

  it('cancel and move by code; a cancelled booking frees its place and cannot check in', async () => {
    const a = (await book({ phone: '0911111111' })).body as unknown as BookingView;
    await book({ phone: '0922222222' });
    const moved = await call('POST', `/api/v1/bookings/${a.code.toLowerCase()}/move`, { day: '2026-11-24', time: '14:00' });
    expect(moved).toMatchObject({ status: 200, body: { code: a.code, day: '2026-11-24', time: '14:00', state: 'booked' } });
    expect(await call('POST', `/api/v1/bookings/${a.code}/move`, { day: TODAY, time: '12:00' })).toMatchObject({ status: 400 });
    // Its old place is free again.
    expect((await book({ phone: '0933333333' })).status).toBe(201);
    expect(await call('GET', `/api/v1/bookings/${plain(a.code)}`)).toMatchObject({ status: 200, body: { day: '2026-11-24', time: '14:00' } });

    expect(await call('POST', `/api/v1/bookings/${a.code}/cancel`)).toMatchObject({ status: 200, body: { state: 'cancelled' } });
    expect(await call('POST', `/api/v1/bookings/${a.code}/cancel`)).toMatchObject({ status: 200, body: { state: 'cancelled' } });
    expect(await call('POST', `/api/v1/bookings/${a.code}/move`, { day: '2026-11-24', time: '14:30' })).toMatchObject({ status: 409, body: { error: { code: 'invalid_state' } } });
    hub.clock.set(Date.parse('2026-11-24T06:50:00Z')); // 13:50 on the 24th
    expect(await call('POST', '/api/v1/bookings/check-in', { code: a.code }, TEST_TOKENS.kiosk)).toMatchObject({ status: 409, body: { error: { message: { vi: 'Lịch hẹn này đã được huỷ.' } } } });
  });

  it('queues "booking confirmed" with the booking, again when moved, and the reminder the day before, once', async () => {
    const outbox = () => hub.db.prepare('SELECT kind, cause, template_values AS v FROM outbox ORDER BY queued_at, kind').all() as { kind: string; cause: string; v: string }[];
    const b = (await book({ day: '2026-11-24', time: '09:30' })).body as unknown as BookingView;
    expect(outbox()).toEqual([{ kind: 'booking_confirmed', cause: expect.stringMatching(/^booking:.+:confirmed$/), v: JSON.stringify({ code: b.code, date: '24/11/2026', time: '09:30', service: 'Đăng ký kinh doanh' }) }]);
    // A refused booking queues nothing.
    await book({ day: '2026-11-29' });
    expect(outbox()).toHaveLength(1);
    await call('POST', `/api/v1/bookings/${b.code}/move`, { day: '2026-11-24', time: '10:00' });
    expect(outbox().map((m) => m.kind)).toEqual(['booking_confirmed', 'booking_confirmed']);
    expect(JSON.parse(outbox()[1]!.v)).toMatchObject({ time: '10:00' });

    expect(await hub.hub.services.bookings.remindTomorrow()).toEqual({ ok: true, value: 1 });
    expect(await hub.hub.services.bookings.remindTomorrow()).toEqual({ ok: true, value: 1 });
    const reminders = outbox().filter((m) => m.kind === 'booking_reminder');
    expect(reminders).toHaveLength(1);
    expect(JSON.parse(reminders[0]!.v)).toMatchObject({ code: b.code, date: '24/11/2026', time: '10:00' });
    // The phone is sealed in the outbox too.
    expect(JSON.stringify(hub.db.prepare('SELECT * FROM outbox').all())).not.toContain('0912345678');
  });

  it('limits booking attempts per address, and erases the personal data once the day is over', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await call('POST', `/api/v1/bookings/ABCDEFG${'23456789AB'[i]}/cancel`)).status);
    expect(statuses).toEqual(Array(10).fill(404));
    const refused = await book();
    expect(refused).toMatchObject({ status: 429, body: { error: { code: 'too_many_attempts', message: { vi: 'Bạn đã thao tác đặt lịch quá nhiều lần. Vui lòng thử lại sau 10 phút.' } } } });
    hub.clock.advance(10 * MIN);
    expect((await book({ time: '10:00' })).status).toBe(201);

    hub.clock.advance(24 * 60 * MIN);
    const run = await hub.hub.retention.run();
    expect(run).toMatchObject({ bookingsErased: 1, failures: [] });
    expect(hub.db.prepare('SELECT name, phone, id_number, note FROM bookings').get()).toEqual({ name: '', phone: '', id_number: null, note: null });
  });
});
