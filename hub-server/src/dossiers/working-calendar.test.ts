import { describe, expect, it } from 'vitest';
import { hallConfigSchema, type HallConfigInput } from '../core/config/hall-config-schema';
import { workingCalendarOf } from './dossier-views';
import { computeAppointment } from './due-date-rules';

const hall = (extra: Partial<HallConfigInput>) =>
  hallConfigSchema.parse({
    hall: { name: { vi: 'Trung tâm thử', en: 'Test center' }, address: 'Số 1' },
    // Tickets around the clock, every day: due dates must not follow these hours.
    hours: { sessions: [{ name: 'day', start: '00:00', end: '23:59' }], weekdays: [1, 2, 3, 4, 5, 6, 7], holidays: ['2026-12-01'] },
    departments: [{ code: 'tp', agencyCode: '000.00.08.H40', name: { vi: 'Sở Tư pháp', en: 'Justice' } }],
    services: [{ code: 'tp', prefix: 'A', department: 'tp', name: { vi: 'Tư pháp', en: 'Justice' } }],
    counters: [{ number: 1, services: ['tp'], name: { vi: 'Quầy 1', en: 'Counter 1' } }],
    ...extra,
  });
/** Received Friday 27/11/2026 16:00 (+07), one working day. */
const dueOf = (config: ReturnType<typeof hall>) => {
  const due = computeAppointment(Date.parse('2026-11-27T16:00:00+07:00'), { days: 1 }, workingCalendarOf(config));
  return due.ok ? new Date(due.value + 7 * 3600_000).toISOString().slice(0, 16) : due.error.message.en;
};

describe('the working calendar of a hall', () => {
  it('is the processing calendar, not the ticket hours: 8 h days, Monday–Friday, the hall holidays', () => {
    expect(workingCalendarOf(hall({}))).toEqual({
      sessions: [
        { start: '07:00', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
      workingWeekdays: [1, 2, 3, 4, 5],
      holidays: ['2026-12-01'],
      // The hall's make-up working days (none here) count like weekdays.
      makeUpDays: [],
    });
    // 1 h on Friday, then Monday 07:00 + 7 h.
    expect(dueOf(hall({}))).toBe('2026-11-30T16:00');
  });

  it('counts Saturday for a hall that processes on Saturday', () => {
    expect(dueOf(hall({ processing: { weekdays: [1, 2, 3, 4, 5, 6] } }))).toBe('2026-11-28T16:00');
  });

  it('takes its own sessions and holidays', () => {
    const config = hall({ processing: { sessions: [{ start: '08:00', end: '12:00' }], holidays: ['2026-11-30'] } });
    // 4 h days: nothing left on Friday after 12:00, Monday is a holiday → Tuesday 08:00 + 4 h.
    expect(dueOf(config)).toBe('2026-12-01T12:00');
  });
});
