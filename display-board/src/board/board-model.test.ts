import { describe, expect, it } from 'vitest';
import { buildBoardView, callVisible, initialBoardModel, splitCounterName, stepBoard, type BoardInput, type BoardModel } from './board-model';
import { callEvent, callOf, hallSnapshot, ticket } from './hall-fixture';

const run = (inputs: BoardInput[], start: BoardModel = initialBoardModel) => {
  let model = start;
  const announced: string[] = [];
  let requests = 0;
  for (const i of inputs) {
    const step = stepBoard(model, i);
    model = step.model;
    announced.push(...step.newCalls.map((c) => `${c.code}@${c.counter}#${c.recall}`));
    if (step.requestSnapshot) requests++;
  }
  return { model, announced, requests };
};

const noFilter = { area: null, counters: null };
const view = (model: BoardModel, now: number) => buildBoardView(model, noFilter, { now, flashMs: 8000, recentCount: 8 });

describe('stepBoard', () => {
  it('shows calls from the snapshot but never treats them as new', () => {
    const { model, announced } = run([{ type: 'connected' }, { type: 'snapshot', snapshot: hallSnapshot(), receivedAt: 0 }]);
    expect(announced).toEqual([]);
    const v = view(model, 1);
    expect(v.latest).toMatchObject({ code: 'A001', counter: 1, flashing: false });
  });

  it('announces and flashes a call that arrives as an event after the snapshot', () => {
    const { model, announced } = run([
      { type: 'connected' },
      { type: 'snapshot', snapshot: hallSnapshot(), receivedAt: 0 },
      { type: 'event', event: callEvent(11, callOf('t2', 'A002', 2)), receivedAt: 100 },
    ]);
    expect(announced).toEqual(['A002@2#0']);
    expect(view(model, 200).latest).toMatchObject({ code: 'A002', flashing: true });
    expect(view(model, 100 + 8000).latest?.flashing).toBe(false);
    expect(view(model, 200).recent.map((r) => r.code)).toEqual(['A001']);
  });

  it('announces a recall again', () => {
    const { announced } = run([
      { type: 'connected' },
      { type: 'snapshot', snapshot: hallSnapshot(), receivedAt: 0 },
      { type: 'event', event: callEvent(11, callOf('t2', 'A002', 2)), receivedAt: 1 },
      { type: 'event', event: callEvent(12, callOf('t2', 'A002', 2, 1), 'recalled'), receivedAt: 2 },
    ]);
    expect(announced).toEqual(['A002@2#0', 'A002@2#1']);
  });

  it('asks for a snapshot on a gap and ignores events until it arrives; a missed call older than the board\'s state is not new', () => {
    const missed = callOf('t3', 'B003', 3);
    const after = hallSnapshot({ seq: 13, recentCalls: [missed, callOf('t1', 'A001', 1)] });
    const { model, announced, requests } = run([
      { type: 'connected' },
      { type: 'snapshot', snapshot: hallSnapshot(), receivedAt: 0 },
      { type: 'event', event: callEvent(12, missed), receivedAt: 1 }, // seq 11 was lost
      { type: 'event', event: callEvent(13, callOf('t4', 'A004', 1)), receivedAt: 2 },
      { type: 'snapshot', snapshot: after, receivedAt: 3 },
      { type: 'event', event: callEvent(13, callOf('t4', 'A004', 1)), receivedAt: 4 }, // duplicate: stale
      { type: 'event', event: callEvent(14, callOf('t5', 'A005', 2)), receivedAt: 5 },
    ]);
    expect(requests).toBe(1);
    expect(announced).toEqual(['A005@2#0']);
    expect(model.snapshot?.seq).toBe(14);
    expect(view(model, 6).recent.map((r) => r.code)).toEqual(['B003', 'A001']);
  });

  it('asks for a snapshot when a new day begins', () => {
    const { model, requests } = run([
      { type: 'connected' },
      { type: 'snapshot', snapshot: hallSnapshot(), receivedAt: 0 },
      { type: 'event', event: { seq: 11, at: 5, type: 'day', day: '2026-11-24' }, receivedAt: 1 },
    ]);
    expect(requests).toBe(1);
    expect(model.awaitingSnapshot).toBe(true);
  });

  it('after a reconnect, a call in the snapshot older than what the board knew is not new', () => {
    const meanwhile = callOf('t9', 'A009', 2);
    const { model, announced } = run([
      { type: 'connected' },
      { type: 'snapshot', snapshot: hallSnapshot(), receivedAt: 0 },
      { type: 'disconnected' },
      { type: 'event', event: callEvent(11, meanwhile), receivedAt: 1 }, // cannot happen on the wire, but must be ignored
      { type: 'connected' },
      { type: 'snapshot', snapshot: hallSnapshot({ seq: 11, recentCalls: [meanwhile] }), receivedAt: 2 },
    ]);
    expect(announced).toEqual([]);
    expect(view(model, 3).latest).toMatchObject({ code: 'A009', flashing: false });
  });

  describe('calls made while the board resyncs', () => {
    const T0 = hallSnapshot().at;
    const known = callOf('t1', 'A001', 1, 0, T0 - 60_000);

    it('announces (and flashes) the calls a gap made it miss, oldest first, once', () => {
      const first = callOf('t3', 'B003', 3, 0, T0 + 1_000);
      const second = callOf('t4', 'A004', 1, 0, T0 + 2_000);
      const after = hallSnapshot({ seq: 13, at: T0 + 3_000, recentCalls: [second, first, known] });
      const { model, announced, requests } = run([
        { type: 'connected' },
        { type: 'snapshot', snapshot: hallSnapshot({ recentCalls: [known] }), receivedAt: 0 },
        { type: 'event', event: { ...callEvent(12, first), at: T0 + 1_000 }, receivedAt: 1 }, // seq 11 lost: a gap
        { type: 'event', event: { ...callEvent(13, second), at: T0 + 2_000 }, receivedAt: 2 }, // ignored while waiting
        { type: 'snapshot', snapshot: after, receivedAt: 10 },
        { type: 'snapshot', snapshot: after, receivedAt: 20 }, // the same snapshot again: nothing new
      ]);
      expect(requests).toBe(1);
      expect(announced).toEqual(['B003@3#0', 'A004@1#0']);
      expect(view(model, 30).latest).toMatchObject({ code: 'A004', flashing: true });
    });

    it('after a reconnect, announces a call made meanwhile but never an old or known one', () => {
      const meanwhile = callOf('t9', 'A009', 2, 0, T0 + 25_000);
      const recalled = callOf('t1', 'A001', 1, 1, T0 + 30_000); // a recall of a known ticket is a new call
      const stale = callOf('t8', 'B008', 3, 0, T0 + 4_000); // made after the board's state, but 36 s before the snapshot
      const { announced } = run([
        { type: 'connected' },
        { type: 'snapshot', snapshot: hallSnapshot({ recentCalls: [known] }), receivedAt: 0 },
        { type: 'disconnected' },
        { type: 'connected' },
        { type: 'snapshot', snapshot: hallSnapshot({ seq: 14, at: T0 + 40_000, recentCalls: [recalled, meanwhile, stale, known] }), receivedAt: 5 },
      ]);
      expect(announced).toEqual(['A009@2#0', 'A001@1#1']);
    });

    it('a first snapshot announces nothing, however fresh its calls', () => {
      const fresh = callOf('t2', 'A002', 2, 0, T0 - 1);
      const { model, announced } = run([{ type: 'connected' }, { type: 'snapshot', snapshot: hallSnapshot({ recentCalls: [fresh] }), receivedAt: 0 }]);
      expect(announced).toEqual([]);
      expect(view(model, 1).latest?.flashing).toBe(false);
    });
  });

  it('keeps flashing a live call across a resync that still lists it', () => {
    const live = callOf('t2', 'A002', 2);
    const { model } = run([
      { type: 'connected' },
      { type: 'snapshot', snapshot: hallSnapshot(), receivedAt: 0 },
      { type: 'event', event: callEvent(11, live), receivedAt: 100 },
      { type: 'snapshot', snapshot: hallSnapshot({ seq: 11, recentCalls: [live] }), receivedAt: 200 },
    ]);
    expect(view(model, 300).latest?.flashing).toBe(true);
  });

  it('learns the hub clock offset from the snapshot', () => {
    const { model } = run([{ type: 'snapshot', snapshot: hallSnapshot({ at: 50_000 }), receivedAt: 10_000 }]);
    expect(model.clockOffsetMs).toBe(40_000);
  });

  it('shows the disconnected state', () => {
    const { model } = run([{ type: 'connected' }, { type: 'snapshot', snapshot: hallSnapshot(), receivedAt: 0 }, { type: 'disconnected' }]);
    expect(view(model, 1).connected).toBe(false);
    expect(view(model, 1).hasSnapshot).toBe(true);
  });
});

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
