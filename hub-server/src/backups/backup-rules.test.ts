import { describe, expect, it } from 'vitest';
import { backupStale, backupsToDrop, nightlyDue } from './backup-rules';

const at = (iso: string) => Date.parse(iso);

describe('nightlyDue', () => {
  it('is due once the hall-time hour has passed, until an attempt is made that night', () => {
    expect(nightlyDue(at('2026-12-07T01:59:59+07:00'), '02:00', null)).toBe(false);
    expect(nightlyDue(at('2026-12-07T02:00:00+07:00'), '02:00', null)).toBe(true);
    expect(nightlyDue(at('2026-12-07T02:00:00+07:00'), '02:00', at('2026-12-06T02:00:05+07:00'))).toBe(true);
    expect(nightlyDue(at('2026-12-07T09:00:00+07:00'), '02:00', at('2026-12-07T02:00:05+07:00'))).toBe(false);
    // A hub that was off at 02:00 catches up when it runs again that day.
    expect(nightlyDue(at('2026-12-07T07:30:00+07:00'), '02:00', at('2026-12-06T02:00:05+07:00'))).toBe(true);
  });

  it('reads the time in the hall (UTC+7), not UTC', () => {
    expect(nightlyDue(at('2026-12-06T19:00:00Z'), '02:00', null)).toBe(true); // 02:00 on the 7th in the hall
    expect(nightlyDue(at('2026-12-06T18:59:00Z'), '02:00', null)).toBe(false);
  });
});

describe('backupsToDrop', () => {
  it('keeps the newest by name (names sort by time)', () => {
    const names = ['luot-20261203T190000000Z.sqlite', 'luot-20261201T190000000Z.sqlite', 'luot-20261202T190000000Z.sqlite'];
    expect(backupsToDrop(names, 2)).toEqual(['luot-20261201T190000000Z.sqlite']);
    expect(backupsToDrop(names, 5)).toEqual([]);
  });
});

describe('backupStale', () => {
  const day = 24 * 60 * 60 * 1000;
  it('after a day without a good backup, counted from the start when there never was one', () => {
    expect(backupStale(10 * day, 9 * day, 0, day)).toBe(false);
    expect(backupStale(10 * day + 1, 9 * day, 0, day)).toBe(true);
    expect(backupStale(day, null, 0, day)).toBe(false);
    expect(backupStale(day + 1, null, 0, day)).toBe(true);
  });
});
