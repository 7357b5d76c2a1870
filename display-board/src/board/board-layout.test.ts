import { describe, expect, it } from 'vitest';
import { counterGridLayout, recentCallsLayout, waitingPerPage } from './board-layout';

describe('board layout', () => {
  it('gives a few counters one big row each, more two a row, and pages past ten', () => {
    expect(counterGridLayout(5)).toEqual({ perPage: 10, density: 'single' });
    expect(counterGridLayout(6)).toEqual({ perPage: 10, density: 'double' });
    expect(counterGridLayout(30)).toEqual({ perPage: 10, density: 'double' });
  });

  it('lists up to six recent calls three a row, and fits long codes smaller', () => {
    expect(recentCallsLayout([{ code: 'A015', counter: 12 }], 6)).toEqual({ columns: 3, fit: 'normal' });
    expect(recentCallsLayout([{ code: 'A015', counter: 12 }], 8)).toEqual({ columns: 4, fit: 'normal' });
    expect(recentCallsLayout([{ code: 'A015', counter: 5 }, { code: 'AB0015', counter: 5 }], 6).fit).toBe('long');
    expect(recentCallsLayout([{ code: 'A015', counter: 105 }], 6).fit).toBe('long');
  });

  it('shows fewer services at once on the narrower portrait strip', () => {
    expect(waitingPerPage('landscape')).toBe(6);
    expect(waitingPerPage('portrait')).toBe(4);
  });
});
