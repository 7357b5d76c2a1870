import { describe, expect, it } from 'vitest';
import type { BreakdownRow, DossierPeriodFigures, PeriodReport, SatisfactionFigures } from '@luot/protocol';
import { arrivalBubbles, describeArrivals, describeSeries, onTimeByDepartment, satisfactionByOfficer, waitingByDay } from './period-charts';
import { periodQuery } from './period-query';

const satisfaction = (very: number, sat: number, not: number): SatisfactionFigures => ({
  verySatisfied: very, satisfied: sat, notSatisfied: not, noAnswer: 0, responsePercent: null,
  ratings: { votes: { '1': not, '2': 0, '3': sat, '4': 0, '5': very }, noAnswer: 0, satisfiedPercent: null },
});
const dossiers = (returned: number, onTimePercent: number | null): DossierPeriodFigures => ({ received: 0, returned, pending: 0, early: 0, onTime: 0, late: 0, onTimePercent, supplementsAsked: 0 });
const row = (label: string, s: SatisfactionFigures, d: DossierPeriodFigures | null = null) => ({ key: label, label, satisfaction: s, dossiers: d }) as unknown as BreakdownRow;

const report = {
  arrivals: [
    { weekday: 1, hour: 8, issued: 16 },
    { weekday: 1, hour: 9, issued: 4 },
    { weekday: 5, hour: 14, issued: 1 },
  ],
  daily: [
    { day: '2026-11-23', issued: 7, served: 5, meanWaitMinutes: 6.7 },
    { day: '2026-11-24', issued: 0, served: 0, meanWaitMinutes: null },
  ],
  breakdowns: {
    officers: [row('Nguyễn Văn An', satisfaction(3, 1, 0)), row('Trần Thị Bình', satisfaction(0, 0, 0))],
    departments: [row('Sở Kế hoạch và Đầu tư', satisfaction(0, 0, 0), dossiers(4, 75)), row('Sở Tư pháp', satisfaction(0, 0, 0), dossiers(0, null))],
  },
} as unknown as PeriodReport;

describe('period charts', () => {
  it('draws the mean wait per day, leaving days without calls empty', () => {
    expect(waitingByDay(report)).toEqual({ labels: ['23/11', '24/11'], values: [[6.7, null]] });
  });

  it('draws satisfaction per officer as shares of the answers, only for officers with answers', () => {
    expect(satisfactionByOfficer(report)).toEqual({ labels: ['Nguyễn Văn An'], values: [[75], [25], [0]] });
  });

  it('draws the on-time share per department that returned dossiers', () => {
    expect(onTimeByDepartment(report)).toEqual({ labels: ['Sở Kế hoạch và Đầu tư'], values: [[75]] });
  });

  it('draws arrivals as bubbles whose area follows the count, the busiest 14 px', () => {
    const points = arrivalBubbles(report);
    expect(points.map((p) => [p.y, p.x, p.r])).toEqual([
      [1, 8, 14],
      [1, 9, 7], // a quarter of the busiest: half the radius
      [5, 14, 3.5],
    ]);
    expect(describeArrivals('Lượt lấy số', points, ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu'])).toBe('Lượt lấy số. Thứ Hai 08:00: 16; Thứ Hai 09:00: 4; Thứ Sáu 14:00: 1');
  });

  it('says the figures in words with a decimal comma', () => {
    expect(describeSeries('Chờ', waitingByDay(report), ' phút')).toBe('Chờ. 23/11: 6,7 phút; 24/11: –');
  });

  it('asks for a named period or a range', () => {
    expect(periodQuery({ kind: 'quarter', date: '2026-11-23' })).toBe('period=quarter&date=2026-11-23');
    expect(periodQuery({ kind: 'range', from: '2026-11-01', to: '2026-11-15' })).toBe('from=2026-11-01&to=2026-11-15');
  });
});
