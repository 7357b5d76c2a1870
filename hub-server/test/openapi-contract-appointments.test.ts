/**
 * Contract coverage: Appointments: options, slots, bookings, check-in, the booking of a ticket, the day.
 * Each route in contract-routes.ts's `appointments` list answers here with success
 * and with each 4xx openapi.yaml gives it, and the test hub checks every
 * answer against the document (see helpers/contract-file.ts).
 */
import { describe, it, expect } from 'vitest';
import { TEST_TOKENS } from '@luot/testing';
import { contractFile, MALFORMED, OVERSIZED } from './helpers/contract-file';

const api = contractFile('appointments');

describe('the appointments routes answer as openapi.yaml says', () => {
  // Near the end: it spends this address's booking attempts and public lookups, and moves the hub's clock on.
  it('appointments: options, slots, book, read, move, cancel, check in, the booking of a ticket, the day', async () => {
    const day = '2026-11-23';
    await api.expectStatus(200, 'GET', '/api/v1/appointments');
    await api.expectStatus(200, 'GET', `/api/v1/appointments/slots?service=DKKD&day=${day}`);
    await api.expectStatus(400, 'GET', '/api/v1/appointments/slots?service=DKKD&day=2026-02-30');
    await api.expectStatus(404, 'GET', `/api/v1/appointments/slots?service=DATDAI&day=${day}`);
    await api.expectStatus(422, 'GET', '/api/v1/appointments/slots?service=DKKD&day=2027-01-04');

    // At most 10 booking attempts (make, move, cancel) in 10 minutes from one address: counted below in [n].
    const booking = { service: 'DKKD', day, time: '09:30', name: 'Nguyễn Thị Hoa', phone: '0912345678' };
    await api.expectStatus(400, 'POST', '/api/v1/bookings', { raw: MALFORMED });
    await api.expectStatus(413, 'POST', '/api/v1/bookings', { raw: OVERSIZED });
    const a = (await api.expectStatus(201, 'POST', '/api/v1/bookings', { body: booking })) as { code: string }; // [1]
    await api.expectStatus(409, 'POST', '/api/v1/bookings', { body: { ...booking, phone: '0987654321' } }); // [2]
    await api.expectStatus(422, 'POST', '/api/v1/bookings', { body: { ...booking, day: '2026-11-29' } }); // [3]
    await api.expectStatus(404, 'POST', '/api/v1/bookings', { body: { ...booking, service: 'DATDAI' } }); // [4]

    await api.expectStatus(200, 'GET', `/api/v1/bookings/${a.code}`);
    await api.expectStatus(400, 'GET', '/api/v1/bookings/x');
    await api.expectStatus(404, 'GET', '/api/v1/bookings/ABCD-EFGH');

    const kiosk = { token: TEST_TOKENS.kiosk };
    await api.expectStatus(400, 'POST', '/api/v1/bookings/check-in', { ...kiosk, body: {} });
    await api.expectStatus(401, 'POST', '/api/v1/bookings/check-in', { body: { code: a.code } });
    await api.expectStatus(403, 'POST', '/api/v1/bookings/check-in', { token: api.officer.token, body: { code: a.code } });
    await api.expectStatus(404, 'POST', '/api/v1/bookings/check-in', { ...kiosk, body: { code: 'ABCD-EFGH' } });
    await api.expectStatus(413, 'POST', '/api/v1/bookings/check-in', { ...kiosk, raw: OVERSIZED });
    await api.expectStatus(422, 'POST', '/api/v1/bookings/check-in', { ...kiosk, body: { code: a.code } }); // 09:00: too early

    await api.expectStatus(400, 'POST', `/api/v1/bookings/${a.code}/move`, { body: { day: 'x', time: '10:00' } }); // [5]
    await api.expectStatus(413, 'POST', `/api/v1/bookings/${a.code}/move`, { raw: OVERSIZED });
    await api.expectStatus(404, 'POST', '/api/v1/bookings/ABCD-EFGH/move', { body: { day, time: '10:00' } }); // [6]
    await api.expectStatus(422, 'POST', `/api/v1/bookings/${a.code}/move`, { body: { day: '2026-11-29', time: '10:00' } }); // [7]
    await api.expectStatus(200, 'POST', `/api/v1/bookings/${a.code}/move`, { body: { day, time: '10:00' } }); // [8]
    await api.expectStatus(400, 'POST', '/api/v1/bookings/x/cancel'); // [9]
    await api.expectStatus(404, 'POST', '/api/v1/bookings/ABCD-EFGH/cancel'); // [10]
    await api.expectStatus(413, 'POST', `/api/v1/bookings/${a.code}/cancel`, { raw: OVERSIZED });
    await api.expectStatus(429, 'POST', '/api/v1/bookings', { body: booking });
    await api.expectStatus(429, 'POST', `/api/v1/bookings/${a.code}/move`, { body: { day, time: '10:30' } });
    await api.expectStatus(429, 'POST', `/api/v1/bookings/${a.code}/cancel`);

    // 09:50: the window of A (now 10:00) is open; a new 10 minutes of attempts.
    api.hub.clock.advance(50 * 60_000);
    const c = (await api.expectStatus(201, 'POST', '/api/v1/bookings', { body: { ...booking, time: '11:00', phone: '0987654321' } })) as { code: string };
    await api.expectStatus(200, 'POST', `/api/v1/bookings/${c.code}/cancel`);
    await api.expectStatus(409, 'POST', `/api/v1/bookings/${c.code}/move`, { body: { day, time: '11:30' } });
    const checkedIn = (await api.expectStatus(201, 'POST', '/api/v1/bookings/check-in', { ...kiosk, body: { code: a.code } })) as { ticket: { id: string } };
    await api.expectStatus(409, 'POST', '/api/v1/bookings/check-in', { ...kiosk, body: { code: a.code } });
    await api.expectStatus(409, 'POST', `/api/v1/bookings/${a.code}/cancel`);

    const ticketBooking = `/api/v1/tickets/${checkedIn.ticket.id}/booking`;
    await api.expectStatus(200, 'GET', ticketBooking, { token: api.officer.token });
    await api.expectStatus(401, 'GET', ticketBooking);
    await api.expectStatus(403, 'GET', ticketBooking, kiosk);
    await api.expectStatus(404, 'GET', '/api/v1/tickets/not-a-ticket/booking', { token: api.officer.token });

    await api.expectStatus(200, 'GET', '/api/v1/bookings', { token: api.supervisor.token });
    await api.expectStatus(400, 'GET', '/api/v1/bookings?day=2026-02-30', { token: api.supervisor.token });
    await api.expectStatus(401, 'GET', '/api/v1/bookings');
    await api.expectStatus(403, 'GET', '/api/v1/bookings', { token: api.officer.token });

    // Walking booking codes runs into the public lookup limit.
    let status = 404;
    for (let n = 0; n < 400 && status !== 429; n++) status = (await api.call('GET', `/api/v1/bookings/ABCD${'23456789ABCDEFGH'[n % 16]}${'23456789ABCDEFGH'[Math.floor(n / 16) % 16]}XY`)).status;
    expect(status).toBe(429);
  });

  api.closingChecks();
});
