import { describe, expect, it } from 'vitest';
import type { HallConfigDoc } from './config-doc';
import { addDay, removeService, setCalendarDays, moveItem, newService, numberOrUndefined, removeAt, splitList, toggle, withOptional } from './draft-edits';

const doc = (prefixes: string[]): HallConfigDoc => ({
  hall: { name: { vi: 'Sảnh', en: 'Hall' }, address: 'Số 1' },
  hours: { sessions: [{ name: 'morning', start: '07:30', end: '11:30' }] },
  departments: [{ code: 'tp', name: { vi: 'Tư pháp', en: 'Justice' }, agencyCode: 'X' }],
  services: prefixes.map((prefix, i) => ({ code: `s${i}`, name: { vi: 's', en: 's' }, department: 'tp', prefix })),
  counters: [],
});

describe('draft edits', () => {
  it('moves an item up and down, and ignores a move off the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(removeAt(['a', 'b'], 0)).toEqual(['b']);
  });
  it("removes a service and its place in the counters' preference lists", () => {
    const base = doc(['A', 'B']);
    const withCounters = { ...base, counters: [{ number: 1, name: { vi: 'Q1', en: 'C1' }, services: ['s1', 's0'] }, { number: 2, name: { vi: 'Q2', en: 'C2' }, services: ['s0'] }] };
    const next = removeService(withCounters, 1);
    expect(next.services.map((s) => s.code)).toEqual(['s0']);
    expect(next.counters.map((c) => c.services)).toEqual([['s0'], ['s0']]);
    expect(removeService(withCounters, 5)).toBe(withCounters);
  });
  it('keeps day lists sorted and unique', () => {
    expect(addDay(['2026-05-02', '2026-01-01'], '2026-04-25')).toEqual(['2026-01-01', '2026-04-25', '2026-05-02']);
    expect(addDay(['2026-04-25'], '2026-04-25')).toEqual(['2026-04-25']);
    expect(addDay(undefined, '2026-04-25')).toEqual(['2026-04-25']);
  });
  it('toggles a value in a list', () => {
    expect(toggle([1, 2], 2)).toEqual([1]);
    expect(toggle(undefined, 6)).toEqual([6]);
  });
  it('proposes a service whose code and prefix no other service uses', () => {
    const s = newService(doc(['A', 'B', 'D']));
    expect(s.prefix).toBe('C');
    expect(s.code).toBe('dich-vu-4');
    expect(s.department).toBe('tp');
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
    expect(newService(doc(letters)).prefix).toBe('AA');
  });
  it('reads short lists and optional numbers, and drops unset optional fields', () => {
    expect(splitList(' a, b ,,c ')).toEqual(['a', 'b', 'c']);
    expect(numberOrUndefined('')).toBeUndefined();
    expect(numberOrUndefined('12')).toBe(12);
    expect(numberOrUndefined('x')).toBeUndefined();
    expect(withOptional({ a: 1, b: 'x' } as { a: number; b?: string }, 'b', '')).toEqual({ a: 1 });
    expect(withOptional({ a: 1 } as { a: number; b?: string }, 'b', 'y')).toEqual({ a: 1, b: 'y' });
  });
  it("moves the processing calendar's days along with the hall's, unless it keeps its own", () => {
    const base = doc(['A']);
    const following = { ...base, hours: { ...base.hours, makeUpDays: [] }, processing: { makeUpDays: [], weekdays: [1, 2, 3, 4, 5] } };
    const next = setCalendarDays(following, 'makeUpDays', ['2026-04-25']);
    expect(next.hours.makeUpDays).toEqual(['2026-04-25']);
    expect((next.processing as { makeUpDays: string[] }).makeUpDays).toEqual(['2026-04-25']);
    const own = { ...base, processing: { holidays: ['2026-09-02'] } };
    expect((setCalendarDays(own, 'holidays', ['2026-01-01']).processing as { holidays: string[] }).holidays).toEqual(['2026-09-02']);
    const absent = setCalendarDays(base, 'holidays', ['2026-01-01']);
    expect(absent.processing).toBeUndefined();
    expect(absent.hours.holidays).toEqual(['2026-01-01']);
  });
});
