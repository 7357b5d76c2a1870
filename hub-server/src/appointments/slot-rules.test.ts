import { describe, expect, it } from 'vitest';
import { appointmentsSchema } from '../core/config/appointments-schema';
import { hoursSchema } from '../core/config/hall-config-schema';
import { localTime } from '../core/clock';
import { admitBooking, checkInVerdict, dailyBookingCapacity, offeredDays, slotsOf } from './slot-rules';

const hours = hoursSchema.parse({
  sessions: [
    { name: 'morning', start: '07:30', end: '11:30' },
    { name: 'afternoon', start: '13:30', end: '17:00' },
  ],
  saturdaySessions: ['morning'],
  holidays: ['2026-12-09'],
});
const config = { hours };
const appointments = appointmentsSchema.parse({ services: ['A'], slotMinutes: 60, capacityPerSlot: 2, walkInSharePercent: 40, daysAhead: 7 });
const service = { dailyCap: 10 };
// Monday 7 December 2026, 08:00 in the hall.
const MONDAY = '2026-12-07';
const now = localTime(MONDAY, '08:00');

describe('slotsOf', () => {
  it('cuts each session into whole slots from its start', () => {
    expect(slotsOf(config, appointments, {}, MONDAY).map((s) => s.time)).toEqual(['07:30', '08:30', '09:30', '10:30', '13:30', '14:30', '15:30']);
    const first = slotsOf(config, appointments, {}, MONDAY)[0]!;
    expect(first.end - first.start).toBe(60 * 60_000);
  });

  it('follows the service’s sessions, Saturdays and holidays', () => {
    expect(slotsOf(config, appointments, { sessions: ['afternoon'] }, MONDAY).map((s) => s.time)).toEqual(['13:30', '14:30', '15:30']);
    expect(slotsOf(config, appointments, {}, '2026-12-12').map((s) => s.time)).toEqual(['07:30', '08:30', '09:30', '10:30']);
    expect(slotsOf(config, appointments, {}, '2026-12-13')).toEqual([]);
    expect(slotsOf(config, appointments, {}, '2026-12-09')).toEqual([]);
  });
});

describe('capacity', () => {
  it('keeps the walk-ins’ share of the daily cap', () => {
    expect(dailyBookingCapacity(appointments, service)).toBe(6);
    expect(dailyBookingCapacity({ walkInSharePercent: 100 }, service)).toBe(0);
  });

  it('offers today and the next daysAhead days', () => {
    const days = offeredDays(appointments, now);
    expect(days[0]).toBe(MONDAY);
    expect(days).toHaveLength(8);
    expect(days[7]).toBe('2026-12-14');
  });

  it('admits a free slot and refuses what a citizen can act on', () => {
    const free = { inSlot: 0, inDay: 0 };
    expect(admitBooking(config, appointments, service, MONDAY, '09:30', free, now)).toMatchObject({ ok: true, slot: { time: '09:30' } });
    expect(admitBooking(config, appointments, service, '2026-12-15', '09:30', free, now)).toEqual({ ok: false, reason: 'day_not_offered' });
    expect(admitBooking(config, appointments, service, '2026-12-06', '09:30', free, now)).toEqual({ ok: false, reason: 'day_not_offered' });
    expect(admitBooking(config, appointments, service, '2026-12-09', '09:30', free, now)).toEqual({ ok: false, reason: 'day_closed' });
    expect(admitBooking(config, appointments, service, MONDAY, '09:00', free, now)).toEqual({ ok: false, reason: 'no_such_slot' });
    expect(admitBooking(config, appointments, service, MONDAY, '07:30', free, now)).toEqual({ ok: false, reason: 'slot_past' });
    expect(admitBooking(config, appointments, service, MONDAY, '09:30', { inSlot: 2, inDay: 2 }, now)).toEqual({ ok: false, reason: 'slot_full' });
    expect(admitBooking(config, appointments, service, MONDAY, '09:30', { inSlot: 1, inDay: 6 }, now)).toEqual({ ok: false, reason: 'day_full' });
  });
});

describe('checkInVerdict', () => {
  const window = { checkInBeforeMinutes: 15, checkInAfterMinutes: 10 };
  const booking = { day: MONDAY, slotStart: localTime(MONDAY, '09:30'), slotEnd: localTime(MONDAY, '10:30') };
  it('opens 15 minutes before the slot and closes 10 after its start', () => {
    expect(checkInVerdict(window, booking, localTime(MONDAY, '09:14'))).toEqual({ kind: 'too_early', opensAt: localTime(MONDAY, '09:15') });
    expect(checkInVerdict(window, booking, localTime(MONDAY, '09:15'))).toEqual({ kind: 'open', aheadUntil: booking.slotEnd });
    expect(checkInVerdict(window, booking, localTime(MONDAY, '09:40'))).toEqual({ kind: 'open', aheadUntil: booking.slotEnd });
    expect(checkInVerdict(window, booking, localTime(MONDAY, '09:41'))).toEqual({ kind: 'too_late', closedAt: localTime(MONDAY, '09:40') });
  });

  it('a booking for another day is too early before it, over after it', () => {
    expect(checkInVerdict(window, booking, localTime('2026-12-04', '09:30')).kind).toBe('too_early');
    expect(checkInVerdict(window, booking, localTime('2026-12-08', '09:30'))).toEqual({ kind: 'other_day' });
  });
});
