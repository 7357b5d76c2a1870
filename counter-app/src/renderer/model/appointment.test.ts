import { describe, expect, it } from 'vitest';
import { formatAppointment, formatHallDate, formatHallTime, hallDay } from './appointment';

describe('appointment formatting (hall time, UTC+7)', () => {
  const tuesday16 = Date.parse('2026-12-01T16:00:00+07:00');

  it('says the time, the weekday and the date', () => {
    expect(formatAppointment(tuesday16, 'vi')).toBe('16:00, Thứ Ba 01/12/2026');
    expect(formatAppointment(tuesday16, 'en')).toBe('16:00, Tuesday 01/12/2026');
  });

  it('uses the hall day, not the UTC day, around midnight', () => {
    // 00:30 on Monday in the hall is still Sunday in UTC.
    const mondayEarly = Date.parse('2026-11-30T00:30:00+07:00');
    expect(formatAppointment(mondayEarly, 'vi')).toBe('00:30, Thứ Hai 30/11/2026');
    expect(hallDay(mondayEarly)).toBe('2026-11-30');
    expect(formatAppointment(Date.parse('2026-11-29T07:30:00+07:00'), 'vi')).toBe('07:30, Chủ Nhật 29/11/2026');
  });

  it('pads days, months, hours and minutes', () => {
    const at = Date.parse('2027-01-04T07:05:00+07:00');
    expect(formatHallDate(at)).toBe('04/01/2027');
    expect(formatHallTime(at)).toBe('07:05');
    expect(hallDay(at)).toBe('2027-01-04');
  });
});
