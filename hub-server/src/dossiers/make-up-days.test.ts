import { describe, expect, it } from 'vitest';
import { computeAppointment, DEFAULT_WORKING_CALENDAR, type WorkingCalendar } from './due-date-rules';

const vn = (local: string) => Date.parse(`${local}+07:00`);
const local = (at: number) => new Date(at + 7 * 3600_000).toISOString().slice(0, 16);

// The 2027 pattern: Friday 2027-04-30 and Monday 2027-05-03 around 30/4–1/5; here a bridge Monday
// 2026-11-30 given off in exchange for Saturday 2026-11-28 worked (a made-up pair for the test).
const BRIDGE: WorkingCalendar = { ...DEFAULT_WORKING_CALENDAR, holidays: ['2026-11-30'] };

describe('make-up working days in the processing calendar', () => {
  it('a make-up Saturday moves a receipt’s due date a day earlier', () => {
    // Received Friday 2026-11-27 at 17:00 (after hours), 2 working days.
    const received = vn('2026-11-27T17:00');
    const without = computeAppointment(received, { days: 2 }, BRIDGE);
    const withMakeUp = computeAppointment(received, { days: 2 }, { ...BRIDGE, makeUpDays: ['2026-11-28'] });
    // Without it: Monday is the bridge day off, so Tuesday and Wednesday → Wednesday 17:00.
    expect(without.ok && local(without.value)).toBe('2026-12-02T17:00');
    // With it: Saturday and Tuesday → Tuesday 17:00, a day earlier.
    expect(withMakeUp.ok && local(withMakeUp.value)).toBe('2026-12-01T17:00');
  });

  it('a make-up day that is a working weekday anyway changes nothing', () => {
    const received = vn('2026-11-23T07:00');
    const plain = computeAppointment(received, { days: 1 }, DEFAULT_WORKING_CALENDAR);
    const same = computeAppointment(received, { days: 1 }, { ...DEFAULT_WORKING_CALENDAR, makeUpDays: ['2026-11-23'] });
    expect(same).toEqual(plain);
  });
});
