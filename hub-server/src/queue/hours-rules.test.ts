import { describe, expect, it } from 'vitest';
import { hoursSchema } from '../core/config/hall-config-schema';
import { describeOpening, issuingWindow } from './hours-rules';

const hours = hoursSchema.parse({
  sessions: [
    { name: 'morning', start: '07:30', end: '11:30' },
    { name: 'afternoon', start: '13:30', end: '17:00' },
  ],
  weekdays: [1, 2, 3, 4, 5],
  saturdaySessions: ['morning'],
  issuingCutOffMinutes: 30,
  holidays: ['2026-09-02'],
});
/** Local time in the hall (UTC+7). */
const at = (iso: string) => Date.parse(`${iso}+07:00`);

describe('issuingWindow', () => {
  it('issues inside a session', () => {
    const w = issuingWindow(hours, at('2026-11-23T09:00:00'));
    expect(w.ok && w.session.name).toBe('morning');
  });

  it('stops issuing at the cut-off before the session ends, and says when to come back', () => {
    const now = at('2026-11-23T11:05:00');
    const w = issuingWindow(hours, now);
    expect(w).toMatchObject({ ok: false, reason: 'issuing_cut_off', next: { day: '2026-11-23', start: '13:30' } });
    if (!w.ok) expect(describeOpening(w.next, now).vi).toBe('Vui lòng quay lại lúc 13:30 hôm nay.');
  });

  it('refuses in the lunch break and before opening', () => {
    expect(issuingWindow(hours, at('2026-11-23T12:15:00'))).toMatchObject({ ok: false, reason: 'outside_hours' });
    expect(issuingWindow(hours, at('2026-11-23T07:00:00'))).toMatchObject({ ok: false, reason: 'outside_hours', next: { start: '07:30' } });
  });

  it('opens Saturday morning only, and sends Saturday afternoon and Sunday to Monday', () => {
    expect(issuingWindow(hours, at('2026-11-28T09:00:00')).ok).toBe(true);
    const sat = issuingWindow(hours, at('2026-11-28T14:00:00'));
    expect(sat).toMatchObject({ ok: false, next: { day: '2026-11-30', start: '07:30' } });
    const now = at('2026-11-29T10:00:00');
    const sunday = issuingWindow(hours, now);
    expect(sunday.ok).toBe(false);
    if (!sunday.ok) expect(describeOpening(sunday.next, now).vi).toBe('Vui lòng quay lại lúc 07:30, Thứ Hai 30/11/2026.');
  });

  it('is closed on a public holiday', () => {
    const w = issuingWindow(hours, at('2026-09-02T09:00:00'));
    expect(w).toMatchObject({ ok: false, reason: 'outside_hours', next: { day: '2026-09-03' } });
  });
});
