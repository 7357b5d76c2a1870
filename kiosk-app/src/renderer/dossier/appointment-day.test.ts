import { describe, expect, it } from 'vitest';
import { formatAppointmentDay } from './appointment-day';

describe('appointment day', () => {
  it('says the weekday and the date in hall time', () => {
    expect(formatAppointmentDay(Date.parse('2026-12-01T16:00:00+07:00'), 'vi')).toBe('Thứ Ba, 01/12/2026');
    expect(formatAppointmentDay(Date.parse('2026-12-01T16:00:00+07:00'), 'en')).toBe('Tuesday, 01/12/2026');
    expect(formatAppointmentDay(Date.parse('2026-11-29T08:00:00+07:00'), 'vi')).toBe('Chủ Nhật, 29/11/2026');
  });

  it('uses the hall day, not UTC: 00:30 on Monday in Vietnam is still Sunday in UTC', () => {
    expect(formatAppointmentDay(Date.parse('2026-11-30T00:30:00+07:00'), 'vi')).toBe('Thứ Hai, 30/11/2026');
  });
});
