import { describe, expect, it } from 'vitest';
import { classifyReturn, computeAppointment, DEFAULT_WORKING_CALENDAR, localDay, type ProcessingTime, type WorkingCalendar } from './due-date-rules';

/** Local Vietnam time → epoch ms. */
const vn = (local: string) => Date.parse(`${local}+07:00`);
/** Epoch ms → local Vietnam time `YYYY-MM-DDTHH:mm`. */
const local = (at: number) => new Date(at + 7 * 3600_000).toISOString().slice(0, 16);

function due(receivedLocal: string, time: ProcessingTime, calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR): string {
  const r = computeAppointment(vn(receivedLocal), time, calendar);
  if (!r.ok) throw new Error(r.error.message.en);
  return local(r.value);
}

// 2025-06-02 is a Monday.
describe('computeAppointment within a week', () => {
  it('exactly at 07:00, one day ends at 17:00 the same day', () => {
    expect(due('2025-06-02T07:00', { days: 1 })).toBe('2025-06-02T17:00');
  });

  it('a half-day procedure received at 07:00 is due at 11:00', () => {
    expect(due('2025-06-02T07:00', { days: 0.5 })).toBe('2025-06-02T11:00');
  });

  it('a half-day procedure received at 10:00 spills over lunch', () => {
    // 1.5 h morning, then 2.5 h from 13:30.
    expect(due('2025-06-02T10:00', { days: 0.5 })).toBe('2025-06-02T16:00');
  });

  it('received exactly at 17:00 starts next morning', () => {
    expect(due('2025-06-02T17:00', { days: 1 })).toBe('2025-06-03T17:00');
  });

  it('received after 17:00 starts next morning', () => {
    expect(due('2025-06-02T18:45', { hours: 2 })).toBe('2025-06-03T09:00');
  });

  it('received before 07:00 starts at 07:00', () => {
    expect(due('2025-06-02T06:10', { hours: 1 })).toBe('2025-06-02T08:00');
  });

  it('received in the lunch break starts at 13:30', () => {
    expect(due('2025-06-02T12:15', { hours: 2 })).toBe('2025-06-02T15:30');
  });

  it('time running out exactly at 11:30 stays at 11:30', () => {
    expect(due('2025-06-02T07:00', { hours: 4.5 })).toBe('2025-06-02T11:30');
  });

  it('counts minutes, not whole hours', () => {
    // 2 h 13 min before lunch, 47 min after.
    expect(due('2025-06-02T09:17', { hours: 3 })).toBe('2025-06-02T14:17');
  });

  it('several days', () => {
    expect(due('2025-06-02T09:00', { days: 3 })).toBe('2025-06-05T09:00');
  });
});

describe('computeAppointment across weekends and holidays', () => {
  it('Friday afternoon to Monday', () => {
    // 2025-06-06 is a Friday: 1 h left on Friday, 7 h on Monday.
    expect(due('2025-06-06T16:00', { days: 1 })).toBe('2025-06-09T16:00');
  });

  it('received on Saturday (hall open for receiving) counts from Monday', () => {
    expect(due('2025-06-07T09:00', { days: 1 })).toBe('2025-06-09T17:00');
  });

  it('a hall that processes on Saturday can count it', () => {
    const withSaturday = { ...DEFAULT_WORKING_CALENDAR, workingWeekdays: [1, 2, 3, 4, 5, 6] };
    expect(due('2025-06-06T16:00', { days: 1 }, withSaturday)).toBe('2025-06-07T16:00');
  });

  it('skips the National Day holidays (2/9)', () => {
    // 2025: Friday 29/8 received; 1/9 (Mon) and 2/9 (Tue) off.
    const calendar = { ...DEFAULT_WORKING_CALENDAR, holidays: ['2025-09-01', '2025-09-02'] };
    expect(due('2025-08-29T16:00', { days: 1 }, calendar)).toBe('2025-09-03T16:00');
    expect(due('2025-08-29T16:00', { days: 1 })).toBe('2025-09-01T16:00');
  });

  it('received on a holiday starts on the next working day', () => {
    const calendar = { ...DEFAULT_WORKING_CALENDAR, holidays: ['2025-09-02'] };
    expect(due('2025-09-02T08:00', { hours: 8 }, calendar)).toBe('2025-09-03T17:00');
  });

  it('uses the configured sessions (7:30–11:30, 13:30–16:30 = 7 h a day)', () => {
    const calendar = { ...DEFAULT_WORKING_CALENDAR, sessions: [{ start: '07:30', end: '11:30' }, { start: '13:30', end: '16:30' }] };
    expect(due('2025-06-02T07:30', { days: 1 }, calendar)).toBe('2025-06-02T16:30');
    expect(due('2025-06-02T07:00', { hours: 5 }, calendar)).toBe('2025-06-02T14:30');
  });

  it('handles a reception time late in the UTC day (Vietnam is already on the next day)', () => {
    // 2025-06-02T23:30Z is Tuesday 06:30 in Vietnam.
    const r = computeAppointment(Date.UTC(2025, 5, 2, 23, 30), { hours: 1 });
    expect(r.ok && local(r.value)).toBe('2025-06-03T08:00');
  });
});

describe('computeAppointment refuses bad input with a typed error', () => {
  it.each([[{ days: 0 }], [{ days: -1 }], [{ hours: Number.NaN }], [{ days: 5000 }]])('%j', (time) => {
    const r = computeAppointment(vn('2025-06-02T07:00'), time as ProcessingTime);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('invalid_payload');
  });

  it('refuses overlapping or malformed sessions', () => {
    for (const sessions of [[], [{ start: '13:00', end: '12:00' }], [{ start: '07:00', end: '12:00' }, { start: '11:00', end: '17:00' }], [{ start: '7:00', end: '11:00' }]]) {
      const r = computeAppointment(vn('2025-06-02T07:00'), { days: 1 }, { ...DEFAULT_WORKING_CALENDAR, sessions });
      expect(r.ok).toBe(false);
    }
  });

  it('refuses a calendar with no working day instead of looping', () => {
    const r = computeAppointment(vn('2025-06-02T07:00'), { days: 1 }, { ...DEFAULT_WORKING_CALENDAR, workingWeekdays: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe('workingWeekdays');
  });
});

describe('classifyReturn by calendar date', () => {
  const appointment = vn('2025-06-05T16:00');
  it('early: a day before, whatever the hour', () => {
    expect(classifyReturn(appointment, vn('2025-06-04T16:59'))).toBe('early');
  });
  it('on time: the same local day, even after the appointment hour', () => {
    expect(classifyReturn(appointment, vn('2025-06-05T07:00'))).toBe('on_time');
    expect(classifyReturn(appointment, vn('2025-06-05T23:59'))).toBe('on_time');
  });
  it('late: the next local day', () => {
    expect(classifyReturn(appointment, vn('2025-06-06T00:00'))).toBe('late');
  });
  it('uses Vietnam dates, not UTC dates', () => {
    // 00:30 in Vietnam on 6/6 is still 5/6 in UTC.
    expect(localDay(vn('2025-06-06T00:30'))).toBe('2025-06-06');
    expect(classifyReturn(appointment, vn('2025-06-06T00:30'))).toBe('late');
  });
});
