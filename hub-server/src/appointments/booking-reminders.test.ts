import { describe, expect, it } from 'vitest';
import { localTime } from '../core/clock';
import { reminderDue } from './booking-reminders';

describe('reminderDue', () => {
  it('runs once a local day, at or after the reminder time', () => {
    expect(reminderDue(localTime('2026-11-23', '15:59'), '16:00', null)).toBe(false);
    expect(reminderDue(localTime('2026-11-23', '16:00'), '16:00', null)).toBe(true);
    expect(reminderDue(localTime('2026-11-23', '21:00'), '16:00', '2026-11-23')).toBe(false);
    expect(reminderDue(localTime('2026-11-24', '16:30'), '16:00', '2026-11-23')).toBe(true);
  });
});
