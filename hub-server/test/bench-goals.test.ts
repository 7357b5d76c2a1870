/** The bench judges every goal the same way, and a missed one fails the run. */
import { describe, expect, it } from 'vitest';
import { judge, missedGoals, notMeasured } from '../bench/goals';
import { goalTable } from '../bench/report';

describe('bench goals', () => {
  it('judges a figure against its bar in the shape the issue asks for', () => {
    expect(judge('ticket issue vs bare commits', 0.6, 'ratio', '>=', 0.5)).toEqual({ name: 'ticket issue vs bare commits', value: 0.6, unit: 'ratio', goal: '>= 0.5', met: true });
    expect(judge('ticket issue vs bare commits', 0.52, 'ratio', '>=', 0.8).met).toBe(false);
    expect(judge('peak RSS', 150, 'MB', '<=', 150).met).toBe(true);
    expect(judge('board max', 50, 'ms', '<', 50).met).toBe(false);
    expect(judge('errors', 0, 'errors', '==', 0).met).toBe(true);
  });

  it('fails a met figure when something it needs did not hold', () => {
    const g = judge('call fan-out p99 vs bare relay', 1.1, 'ratio', '<=', 1.5, { alsoRequired: false, note: '3 calls failed' });
    expect(g.met).toBe(false);
    expect(g.note).toBe('3 calls failed');
  });

  it('reports what could not be measured without failing the run', () => {
    const goals = [notMeasured('start-up on the year database', 'ms', '<=', 2000, 'no year database yet'), judge('NaN figure', Number.NaN, 'ms', '<=', 1)];
    expect(goals.map((g) => [g.value, g.met])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(missedGoals(goals)).toEqual([]);
  });

  it('lists only the missed goals, and prints each verdict', () => {
    const goals = [judge('a', 1, 'ms', '<=', 2), judge('b', 3, 'ms', '<=', 2), notMeasured('c', 'ms', '<=', 2, 'no Chromium')];
    expect(missedGoals(goals).map((g) => g.name)).toEqual(['b']);
    const text = goalTable(goals);
    expect(text).toMatch(/a\s+│ 1 ms\s+│ <= 2 │ met/);
    expect(text).toMatch(/b\s+│ 3 ms\s+│ <= 2 │ MISSED/);
    expect(text).toMatch(/c\s+│ —\s+│ <= 2 │ n\/a \(no Chromium\)/);
  });
});
