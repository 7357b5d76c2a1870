import { describe, expect, it } from 'vitest';
import { initialBoardModel, stepBoard } from './board-model';
import { buildBoardView, callVisible, splitCounterName } from './board-view';
import { callOf, hallSnapshot, ticket } from './hall-fixture';

const modelWith = (s = hallSnapshot()) => stepBoard(initialBoardModel, { type: 'snapshot', snapshot: s, receivedAt: 0 }).model;
const opts = { now: 0, flashMs: 8000, recentCount: 8 };

describe('buildBoardView', () => {
  const snapshot = hallSnapshot({
    recentCalls: [callOf('t5', 'B005', 3), callOf('t4', 'A004', 2, 1), callOf('t3', 'A003', 1), callOf('t4', 'A004', 2), callOf('t1', 'A001', 1)],
    tickets: [ticket('t5', 'B005', 'B', 'called', 3), ticket('t4', 'A004', 'A', 'serving', 2)],
    counters: hallSnapshot().counters.map((c) => (c.number === 3 ? { ...c, currentTicketId: 't5' } : c.number === 2 ? { ...c, currentTicketId: 't4' } : c)),
  });

  it('lists open and paused counters with their current ticket, not closed ones', () => {
    const v = buildBoardView(modelWith(snapshot), { area: null, counters: null }, opts);
    expect(v.counters.map((c) => [c.number, c.code])).toEqual([
      [1, null],
      [2, 'A004'],
      [3, 'B005'],
    ]);
    expect(v.hallName).toBe('Trung tâm Phục vụ hành chính công');
    expect(v.message).toBe('Chào mừng quý khách');
  });

  it('shows the hall’s logo when its config has one', () => {
    expect(buildBoardView(modelWith(snapshot), { area: null, counters: null }, opts).hallLogo).toBeNull();
    const logo = 'data:image/svg+xml;base64,PHN2Zy8+';
    const withLogo = hallSnapshot({ hall: { ...snapshot.hall, logo } });
    expect(buildBoardView(modelWith(withLogo), { area: null, counters: null }, opts).hallLogo).toBe(logo);
  });

  it('lists each ticket once in the recent calls, newest first', () => {
    const v = buildBoardView(modelWith(snapshot), { area: null, counters: null }, opts);
    expect(v.latest?.code).toBe('B005');
    expect(v.recent.map((r) => r.code)).toEqual(['A004', 'A003', 'A001']);
    expect(buildBoardView(modelWith(snapshot), { area: null, counters: null }, { ...opts, recentCount: 2 }).recent).toHaveLength(2);
  });

  it('filters by area: calls, counters and the services they serve', () => {
    const v = buildBoardView(modelWith(snapshot), { area: 'tang-1', counters: null }, opts);
    expect(v.latest?.code).toBe('A004');
    expect(v.recent.map((r) => r.code)).toEqual(['A003', 'A001']);
    expect(v.counters.map((c) => c.number)).toEqual([1, 2]);
    expect(v.waiting.map((w) => [w.service, w.waiting])).toEqual([
      ['A', 4],
      ['B', 7],
    ]);
  });

  it('filters by a list of counters', () => {
    const v = buildBoardView(modelWith(snapshot), { area: null, counters: [3, 4] }, opts);
    expect(v.latest?.code).toBe('B005');
    expect(v.recent).toEqual([]);
    expect(v.counters.map((c) => c.number)).toEqual([3]);
    expect(v.waiting.map((w) => w.service)).toEqual(['B']);
  });

  it('decides call visibility for the announcer the same way', () => {
    expect(callVisible({ area: 'tang-2', counters: null }, snapshot, callOf('x', 'B001', 3))).toBe(true);
    expect(callVisible({ area: 'tang-2', counters: null }, snapshot, callOf('x', 'A001', 1))).toBe(false);
    expect(callVisible({ area: null, counters: [7] }, snapshot, callOf('x', 'A001', 7))).toBe(true);
  });

  it('is empty before the first snapshot', () => {
    const v = buildBoardView(initialBoardModel, { area: null, counters: null }, opts);
    expect(v.hasSnapshot).toBe(false);
    expect(v.latest).toBeNull();
  });
});

describe('splitCounterName', () => {
  it('puts the counter large and its department small', () => {
    expect(splitCounterName(1, 'Quầy 1 — Kế hoạch và Đầu tư')).toEqual({ title: 'Quầy 1', detail: 'Kế hoạch và Đầu tư' });
    expect(splitCounterName(2, 'Quầy 2 - Tư pháp')).toEqual({ title: 'Quầy 2', detail: 'Tư pháp' });
  });

  it('names a counter by its number when its name says nothing more', () => {
    expect(splitCounterName(3, 'Quầy 3')).toEqual({ title: 'Quầy 3', detail: null });
    expect(splitCounterName(4, '  ')).toEqual({ title: 'Quầy 4', detail: null });
    expect(splitCounterName(5, 'Một cửa')).toEqual({ title: 'Quầy 5', detail: 'Một cửa' });
  });
});
