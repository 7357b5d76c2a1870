/**
 * A hub off at the day-before reminder run (an evening power cut, the PC off
 * overnight) still reminds the next day's citizens when it starts again in
 * the morning: the bookings that run would have reminded, starting at least
 * an hour later, get that reminder once (issue 19).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BookingView } from '@luot/protocol';
import { startTestHub, testHallConfig, until, type TestHub } from '@luot/testing';

let hub: TestHub;

beforeEach(async () => {
  hub = await startTestHub({
    serveApps: false,
    // reminderAt 16:00 (the default); room for a few bookings a day.
    config: testHallConfig({ appointments: { services: ['DKKD'], slotMinutes: 30, capacityPerSlot: 5, walkInSharePercent: 50, perPhonePerDay: 2 } }),
  });
});
afterEach(async () => {
  await hub.close();
});

const book = async (day: string, time: string, phone: string): Promise<BookingView> => {
  const res = await fetch(`${hub.url}/api/v1/bookings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ service: 'DKKD', day, time, name: 'Nguyễn Thị Hoa', phone }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as BookingView;
};

/** The reminders queued, by the booking code they carry. */
const reminders = () =>
  (hub.db.prepare("SELECT template_values AS v FROM outbox WHERE kind = 'booking_reminder' ORDER BY queued_at").all() as { v: string }[]).map(
    (r) => (JSON.parse(r.v) as { code: string }).code,
  );
const at = (iso: string) => hub.clock.set(Date.parse(iso));

describe('reminders missed while the hub was off', () => {
  it('are queued at the next start for the bookings yesterday’s run would have reminded, once', async () => {
    // Monday 23/11, 09:00: two bookings for Tuesday, one early in the morning.
    const later = await book('2026-11-24', '09:30', '0912345678');
    const early = await book('2026-11-24', '07:30', '0922222222');
    // 18:00, after the 16:00 run: a booking made now gets its confirmation only, as on any evening.
    at('2026-11-23T18:00:00+07:00');
    const evening = await book('2026-11-24', '10:00', '0933333333');
    expect(reminders()).toEqual([]);

    // The hub was off from before 16:00 until Tuesday 07:00.
    at('2026-11-24T07:00:00+07:00');
    await hub.restart();
    await until(() => reminders().length > 0, 5_000, 'the missed reminder');
    // 09:30 is 2½ hours away; 07:30 is within the hour; the evening booking had no reminder due.
    expect(reminders()).toEqual([later.code]);
    expect(reminders()).not.toContain(early.code);
    expect(reminders()).not.toContain(evening.code);

    // Another start the same morning queues nothing more.
    at('2026-11-24T07:10:00+07:00');
    await hub.restart();
    expect(await hub.hub.services.bookings.remindMissed()).toEqual({ ok: true, value: 0 });
    expect(reminders()).toEqual([later.code]);
  });

  it('queue nothing twice when the evening run did happen', async () => {
    const b = await book('2026-11-24', '09:30', '0912345678');
    at('2026-11-23T16:05:00+07:00');
    expect(await hub.hub.services.bookings.remindTomorrow()).toEqual({ ok: true, value: 1 });
    expect(reminders()).toEqual([b.code]);

    at('2026-11-24T07:00:00+07:00');
    await hub.restart();
    expect(await hub.hub.services.bookings.remindMissed()).toEqual({ ok: true, value: 0 });
    expect(reminders()).toEqual([b.code]);
  });
});
