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

describe('issuingWindow, the day’s windows kept per hours object', () => {
  it('gives what the rules give minute by minute over a week, holidays and the Saturday included', () => {
    // Compared with a second hours object equal in content, checked once per minute in a fresh order
    // (each call on `shuffled` starts from a day it has not kept), so the kept windows are checked against fresh ones.
    const start = at('2026-08-31T00:00:00');
    const fresh = () => hoursSchema.parse(structuredClone(hours));
    for (let t = start; t < start + 8 * 24 * 60 * 60_000; t += 7 * 60_000) {
      expect(issuingWindow(hours, t)).toEqual(issuingWindow(fresh(), t));
      expect(issuingWindow(hours, t, ['afternoon'])).toEqual(issuingWindow(fresh(), t, ['afternoon']));
    }
  });

  it('opens exactly at a session’s first minute and stops at the cut-off’s first minute', () => {
    expect(issuingWindow(hours, at('2026-11-23T07:29:59.999')).ok).toBe(false);
    expect(issuingWindow(hours, at('2026-11-23T07:30:00')).ok).toBe(true);
    expect(issuingWindow(hours, at('2026-11-23T10:59:59.999')).ok).toBe(true);
    expect(issuingWindow(hours, at('2026-11-23T11:00:00'))).toMatchObject({ ok: false, reason: 'issuing_cut_off' });
  });

  it('a new hours object (a live config change) is used at once, even within the same day', () => {
    const now = at('2026-11-23T12:15:00');
    expect(issuingWindow(hours, now).ok).toBe(false);
    const longer = hoursSchema.parse({ ...structuredClone(hours), sessions: [{ name: 'allday', start: '07:00', end: '18:00' }], saturdaySessions: [] });
    expect(issuingWindow(longer, now)).toMatchObject({ ok: true, session: { name: 'allday' } });
    // The old object still answers for itself.
    expect(issuingWindow(hours, now).ok).toBe(false);
  });

  it('moves on to the next day’s sessions when the day changes (a holiday after a working day)', () => {
    expect(issuingWindow(hours, at('2026-09-01T09:00:00')).ok).toBe(true);
    expect(issuingWindow(hours, at('2026-09-02T09:00:00'))).toMatchObject({ ok: false, reason: 'outside_hours' });
    expect(issuingWindow(hours, at('2026-09-03T09:00:00')).ok).toBe(true);
  });
});
