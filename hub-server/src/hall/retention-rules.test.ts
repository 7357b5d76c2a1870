import { describe, expect, it } from 'vitest';
import { retentionCutoffs, retentionDue } from './retention-rules';

const at = (local: string) => Date.parse(`${local}+07:00`);
const DAY = 24 * 60 * 60 * 1000;

describe('the retention rules', () => {
  it('runs once a day, after its time, on a day with no run yet', () => {
    expect(retentionDue(at('2026-11-24T03:29:00'), '03:30', '2026-11-23')).toBe(false);
    expect(retentionDue(at('2026-11-24T03:30:00'), '03:30', '2026-11-23')).toBe(true);
    expect(retentionDue(at('2026-11-24T15:00:00'), '03:30', '2026-11-24')).toBe(false);
    // The hall's day, not UTC's: 01:00 on the 25th in the hall is still the 24th in UTC.
    expect(retentionDue(at('2026-11-25T01:00:00'), '00:30', '2026-11-24')).toBe(true);
  });

  it('counts each cutoff back from now by the policy’s days', () => {
    const now = at('2026-11-24T03:30:00');
    const policy = {
      dossierPersonalDays: 90,
      phoneDays: 0,
      sessionDays: 30,
      commandDays: 7,
      auditDays: 730,
      dailyAt: '03:30',
    };
    expect(retentionCutoffs(now, policy)).toEqual({
      dossierPersonal: now - 90 * DAY,
      phone: now,
      sessions: now - 30 * DAY,
      commands: now - 7 * DAY,
      audit: now - 730 * DAY,
    });
  });
});
