import { describe, expect, it } from 'vitest';
import { hoursSchema } from '../core/config/hall-config-schema';
import { bookableSpans } from './booking-calendar';

const hours = hoursSchema.parse({
  sessions: [
    { name: 'morning', start: '07:30', end: '11:30' },
    { name: 'afternoon', start: '13:30', end: '17:00' },
  ],
  saturdaySessions: [],
  holidays: ['2026-09-02'],
  // A Saturday worked in exchange for a bridge day.
  makeUpDays: ['2026-01-10'],
});

describe('bookableSpans', () => {
  it('offers a working day, no holiday, no plain Saturday, and a make-up Saturday in full', () => {
    const all = [
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ];
    expect(bookableSpans({ hours }, '2026-11-23', {})).toEqual(all);
    expect(bookableSpans({ hours }, '2026-09-02', {})).toEqual([]);
    expect(bookableSpans({ hours }, '2026-01-17', {})).toEqual([]);
    expect(bookableSpans({ hours }, '2026-01-10', {})).toEqual(all);
    // A service that runs only in the morning.
    expect(bookableSpans({ hours }, '2026-01-10', { sessions: ['morning'] })).toEqual([all[0]]);
  });
});
