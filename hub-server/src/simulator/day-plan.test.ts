import { describe, expect, it } from 'vitest';
import { localMinuteOfDay, localTime } from '../core/clock';
import { buildDayPlan, issuingMinutes, type DayPlanOptions } from './day-plan';
import { DEFAULT_SESSIONS } from './hall-profile';

const options: DayPlanOptions = {
  seed: 1,
  day: '2026-11-23',
  tickets: 1000,
  sessions: DEFAULT_SESSIONS,
  issuingCutOffMinutes: 30,
  kiosks: 2,
  ratingScale: 3,
  services: [
    { code: 'dat-dai', weight: 3, meanServiceMinutes: 12, priorities: ['none', 'elderly', 'disability'] },
    { code: 'tra-ket-qua', weight: 1, meanServiceMinutes: 3, priorities: ['none'] },
  ],
};

describe('buildDayPlan', () => {
  it('gives the same plan for the same seed and a different one for another seed', () => {
    expect(buildDayPlan(options)).toEqual(buildDayPlan(options));
    expect(buildDayPlan({ ...options, seed: 2 })).not.toEqual(buildDayPlan(options));
  });

  it('puts arrivals inside the issuing windows, in order, with most of them between 08:00 and 10:00', () => {
    const plan = buildDayPlan(options);
    expect(plan).toHaveLength(1000);
    const minutes = plan.map((c) => localMinuteOfDay(c.arriveAt));
    const open = new Set(issuingMinutes(DEFAULT_SESSIONS, 30));
    expect(minutes.every((m) => open.has(m))).toBe(true);
    expect(plan.every((c, i) => i === 0 || c.arriveAt >= plan[i - 1]!.arriveAt)).toBe(true);
    expect(plan[0]!.arriveAt).toBeGreaterThanOrEqual(localTime('2026-11-23', '07:30'));
    const peak = minutes.filter((m) => m >= 8 * 60 && m < 10 * 60).length;
    expect(peak / plan.length).toBeGreaterThan(0.45);
    expect(minutes.filter((m) => m >= 13 * 60).length).toBeGreaterThan(100);
  });

  it('spreads citizens by weight and draws service times around each mean', () => {
    const plan = buildDayPlan(options);
    const land = plan.filter((c) => c.visits[0].service === 'dat-dai' && c.visits.length === 1);
    expect(land.length / plan.length).toBeGreaterThan(0.65);
    expect(land.length / plan.length).toBeLessThan(0.8);
    const mean = land.reduce((a, c) => a + c.visits[0].serviceMs, 0) / land.length / 60_000;
    expect(mean).toBeGreaterThan(10.5);
    expect(mean).toBeLessThan(13.5);
  });

  it('includes no-shows, transfers to another service, allowed priorities and 3-level ratings', () => {
    const plan = buildDayPlan(options);
    const noShows = plan.filter((c) => c.noShow).length;
    expect(noShows).toBeGreaterThan(30);
    expect(noShows).toBeLessThan(100);
    const transfers = plan.filter((c) => c.visits.length === 2);
    expect(transfers.length).toBeGreaterThan(20);
    expect(transfers.every((c) => c.visits[1]!.service !== c.visits[0].service)).toBe(true);
    expect(plan.filter((c) => c.visits[0].service === 'tra-ket-qua').every((c) => c.priority === 'none')).toBe(true);
    expect(plan.some((c) => c.priority === 'elderly')).toBe(true);
    const ratings = new Set(plan.map((c) => c.rating));
    expect([...ratings].sort()).toEqual([1, 3, 5, null].sort());
    expect(plan.filter((c) => c.rating === 5).length).toBeGreaterThan(plan.filter((c) => c.rating === 1).length * 5);
  });

  it('plans nobody when no service can be served or no minute is open', () => {
    expect(buildDayPlan({ ...options, services: [] })).toEqual([]);
    expect(buildDayPlan({ ...options, sessions: [{ start: '07:30', end: '08:00' }] })).toEqual([]);
  });
});
