import { describe, expect, it } from 'vitest';
import { localTime } from '../core/clock';
import type { BookingRecord } from './booking-repo';
import { MISSED_REMINDER_LEAD_MS, missedReminder, reminderDue } from './booking-reminder-rules';

describe('reminderDue', () => {
  it('runs once a local day, at or after the reminder time', () => {
    expect(reminderDue(localTime('2026-11-23', '15:59'), '16:00', null)).toBe(false);
    expect(reminderDue(localTime('2026-11-23', '16:00'), '16:00', null)).toBe(true);
    expect(reminderDue(localTime('2026-11-23', '21:00'), '16:00', '2026-11-23')).toBe(false);
    expect(reminderDue(localTime('2026-11-24', '16:30'), '16:00', '2026-11-23')).toBe(true);
  });
});

describe('missedReminder', () => {
  const yesterdaysRun = localTime('2026-11-23', '16:00');
  const now = localTime('2026-11-24', '07:00');
  const booking: Pick<BookingRecord, 'state' | 'createdAt' | 'slotStart'> = { state: 'booked', createdAt: localTime('2026-11-20', '10:00'), slotStart: localTime('2026-11-24', '09:00') };

  it('reminds a booking made before yesterday’s run that starts an hour or more from now', () => {
    expect(missedReminder(booking, yesterdaysRun, now)).toBe(true);
    expect(missedReminder({ ...booking, slotStart: now + MISSED_REMINDER_LEAD_MS }, yesterdaysRun, now)).toBe(true);
  });

  it('not one starting within the hour, made after that run, or no longer standing', () => {
    expect(missedReminder({ ...booking, slotStart: now + MISSED_REMINDER_LEAD_MS - 1 }, yesterdaysRun, now)).toBe(false);
    expect(missedReminder({ ...booking, createdAt: yesterdaysRun }, yesterdaysRun, now)).toBe(false);
    expect(missedReminder({ ...booking, createdAt: localTime('2026-11-23', '18:30') }, yesterdaysRun, now)).toBe(false);
    for (const state of ['cancelled', 'checked_in'] as const) expect(missedReminder({ ...booking, state }, yesterdaysRun, now)).toBe(false);
  });
});
