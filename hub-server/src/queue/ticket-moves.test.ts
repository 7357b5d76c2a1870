import { describe, expect, it } from 'vitest';
import type { TicketRecord } from './ticket-repo';
import { expireMove, finishMove, noShowMove, reactivateMove, recallMove, startServingMove, transferMove } from './ticket-moves';

const T = Date.parse('2026-11-23T02:00:00Z');
const MIN = 60_000;

function ticket(over: Partial<TicketRecord> = {}): TicketRecord {
  return {
    id: 't1', day: '2026-11-23', service: 'dat-dai', number: 15, code: 'B015', prefix: 'B', priority: 'none', source: 'kiosk',
    state: 'called', issuedAt: T, queuedAt: T, front: false, calledAt: T + 10 * MIN, servingAt: null, finishedAt: null,
    counter: 2, targetCounter: null, officerId: 'u1', recallCount: 0, outcome: null, rating: null, rated: false, dossierId: null,
    ...over,
  };
}
/** Serving since the very moment of the call: the hall's auto-start, not acted on yet. */
const autoStarted = () => ticket({ state: 'serving', servingAt: T + 10 * MIN });

describe('recall', () => {
  it('repeats a called number up to the limit, then says a no-show may be marked', () => {
    let t = ticket();
    for (let i = 1; i <= 3; i++) {
      const r = recallMove(t, 3);
      if (!r.ok) throw new Error(r.error.code);
      expect(r.value.recallCount).toBe(i);
      t = r.value;
    }
    const refused = recallMove(t, 3);
    expect(refused).toMatchObject({ ok: false, error: { code: 'recall_limit_reached' } });
    expect(!refused.ok && refused.error.message.vi).toBe('Đã gọi lại 3 lần. Có thể báo vắng mặt.');
  });

  it('recalls an auto-started ticket, but not one being served', () => {
    expect(recallMove(autoStarted(), 3).ok).toBe(true);
    expect(recallMove(ticket({ state: 'serving', servingAt: T + 11 * MIN }), 3)).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
  });
});

describe('no-show and re-activation', () => {
  it('marks a called or auto-started ticket absent, never one being served', () => {
    expect(noShowMove(ticket(), T + 15 * MIN)).toMatchObject({ ok: true, value: { state: 'no_show', finishedAt: T + 15 * MIN, servingAt: null } });
    expect(noShowMove(autoStarted(), T + 15 * MIN)).toMatchObject({ ok: true, value: { state: 'no_show', servingAt: null } });
    expect(noShowMove(ticket({ state: 'serving', servingAt: T + 11 * MIN }), T + 15 * MIN)).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
  });

  it('puts a no-show of today back at its original place, and refuses another day or another state', () => {
    const absent = ticket({ state: 'no_show', finishedAt: T + 15 * MIN, recallCount: 3 });
    const back = reactivateMove(absent, '2026-11-23');
    expect(back).toMatchObject({ ok: true, value: { state: 'waiting', queuedAt: T, counter: null, calledAt: null, finishedAt: null, recallCount: 0 } });
    expect(reactivateMove(absent, '2026-11-24')).toMatchObject({ ok: false, error: { code: 'invalid_state', field: 'ticketId' } });
    expect(reactivateMove(ticket({ state: 'done' }), '2026-11-23')).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
  });
});

describe('serving and finishing', () => {
  it('starts serving a called ticket now, an auto-started one after its call, and leaves one being served alone', () => {
    expect(startServingMove(ticket(), T + 12 * MIN)).toMatchObject({ state: 'serving', servingAt: T + 12 * MIN });
    const acted = startServingMove(autoStarted(), T + 10 * MIN);
    expect(acted?.servingAt).toBe(T + 10 * MIN + 1);
    expect(startServingMove(ticket({ state: 'serving', servingAt: T + 11 * MIN }), T + 12 * MIN)).toBeNull();
  });

  it('finishes with the outcome, counting service from now when it never started', () => {
    expect(finishMove(ticket({ state: 'serving', servingAt: T + 11 * MIN }), 'dossier_received', T + 20 * MIN)).toMatchObject({ state: 'done', outcome: 'dossier_received', servingAt: T + 11 * MIN, finishedAt: T + 20 * MIN });
    expect(finishMove(ticket(), 'guided', T + 20 * MIN)).toMatchObject({ servingAt: T + 20 * MIN });
  });
});

describe('transfer and day end', () => {
  it('sends a ticket to another service or counter keeping its place, or to the front', () => {
    const kept = transferMove(ticket({ recallCount: 2 }), 'xay-dung', null, false);
    expect(kept).toMatchObject({ state: 'waiting', service: 'xay-dung', targetCounter: null, front: false, queuedAt: T, calledAt: null, counter: null, recallCount: 0 });
    expect(transferMove(ticket(), 'dat-dai', 7, true)).toMatchObject({ service: 'dat-dai', targetCounter: 7, front: true });
  });

  it('expires a ticket left from an earlier day', () => {
    expect(expireMove(ticket({ state: 'waiting', calledAt: null }), T + 24 * 60 * MIN)).toMatchObject({ state: 'expired', finishedAt: T + 24 * 60 * MIN });
  });
});
