import { describe, expect, it } from 'vitest';
import { ok, type Rating } from '@luot/protocol';
import { RatingFlow, type RatingStatus } from './rating-flow';
import { ratingLevels, toRating } from './rating';

function setup(scale: 3 | 5 = 3) {
  const sent: [string, Rating | null][] = [];
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
  const statuses: (RatingStatus | null)[] = [];
  const flow = new RatingFlow(
    {
      send: (ticketId, rating) => {
        sent.push([ticketId, rating]);
        return Promise.resolve(ok(null));
      },
      now: () => 1_000,
      setTimer: (fn, ms) => {
        const timer = { fn, ms, cleared: false };
        timers.push(timer);
        return timer;
      },
      clearTimer: (handle) => {
        (handle as { cleared: boolean }).cleared = true;
      },
      onChange: (s) => statuses.push(s),
    },
    scale,
    30_000,
  );
  return { flow, sent, timers, statuses };
}

describe('RatingFlow', () => {
  it('sends the first answer and ignores later ones', () => {
    const { flow, sent, timers } = setup();
    flow.ask('t1', 'A001');
    expect(flow.current()).toEqual({ kind: 'asking', ticketId: 't1', code: 'A001', deadline: 31_000 });
    expect(flow.answer(5)).toBe(true);
    expect(flow.answer(1)).toBe(false);
    expect(sent).toEqual([['t1', 5]]);
    expect(timers[0]?.cleared).toBe(true);
    expect(flow.current()).toMatchObject({ kind: 'answered', rating: 5 });
  });

  it('records no answer when the console goes away with the question open, once', async () => {
    const { flow, sent, timers } = setup();
    flow.ask('t1', 'A001');
    await flow.abandon();
    expect(sent).toEqual([['t1', null]]);
    expect(timers[0]?.cleared).toBe(true);
    expect(flow.current()).toMatchObject({ kind: 'no-answer', ticketId: 't1' });
    await flow.abandon();
    flow.ask('t2', 'A002');
    flow.answer(5);
    await flow.abandon();
    expect(sent).toEqual([
      ['t1', null],
      ['t2', 5],
    ]);
  });

  it('records no answer when the hall timeout passes', () => {
    const { flow, sent, timers } = setup();
    flow.ask('t1', 'A001');
    expect(timers[0]?.ms).toBe(30_000);
    timers[0]?.fn();
    expect(sent).toEqual([['t1', null]]);
    expect(flow.current()).toMatchObject({ kind: 'no-answer', code: 'A001' });
  });

  it('ignores values that are not on the hall scale (2 on a 3-level hall)', () => {
    const { flow, sent } = setup(3);
    flow.ask('t1', 'A001');
    expect(flow.answer(2)).toBe(false);
    expect(flow.answer(7)).toBe(false);
    expect(sent).toEqual([]);
  });

  it('closes an open question as no answer when the next ticket is finished', () => {
    const { flow, sent } = setup();
    flow.ask('t1', 'A001');
    flow.ask('t2', 'A002');
    flow.answer(3);
    expect(sent).toEqual([
      ['t1', null],
      ['t2', 3],
    ]);
  });

  it('reports a refused rating for the question shown', async () => {
    const { flow, statuses } = setup();
    (flow as unknown as { deps: { send: () => Promise<unknown> } }).deps.send = () =>
      Promise.resolve({ ok: false, error: { code: 'invalid_state', message: { vi: 'x', en: 'x' } } });
    flow.ask('t1', 'A001');
    flow.skip();
    await Promise.resolve();
    await Promise.resolve();
    expect(statuses.at(-1)).toMatchObject({ kind: 'failed', ticketId: 't1' });
  });
});

describe('rating scales', () => {
  it('asks DOMAIN.md’s three levels by default, stored as 5, 3, 1', () => {
    expect(ratingLevels(3).map((l) => [l.value, l.label.vi])).toEqual([
      [5, 'Rất hài lòng'],
      [3, 'Hài lòng'],
      [1, 'Không hài lòng'],
    ]);
  });

  it('offers five levels on a 5-level hall', () => {
    expect(ratingLevels(5).map((l) => l.value)).toEqual([5, 4, 3, 2, 1]);
    expect(toRating(2, 5)).toBe(2);
    expect(toRating(2, 3)).toBeNull();
  });
});
