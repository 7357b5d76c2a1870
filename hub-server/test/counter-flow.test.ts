import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CounterView, HallSnapshot, TicketReceipt, TicketView } from '@luot/protocol';
import type { Socket } from 'socket.io-client';
import { cid, command, connected, login, nextEvent, officerAtCounter, socketSet } from '@luot/testing';
import { TEST_TOKENS, testHallConfig } from '@luot/testing';
import { startTestHub, type TestHub } from '@luot/testing';

let hub: TestHub;
let kiosk: Socket;
const sockets = socketSet();
const open = (nsp: string, token: string) => sockets.open(hub.url, nsp, token);
const officerAt = (username: string, counter: number) => officerAtCounter(sockets, hub.url, username, counter);
const issue = async (service: string, priority = 'none') => {
  const r = await command<TicketReceipt>(kiosk, 'ticket:issue', { commandId: cid(), service, priority });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.ticket;
};
const act = <T = TicketView>(s: Socket, event: string, extra: object = {}) => command<T>(s, event, { commandId: cid(), ...extra });

beforeEach(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
  kiosk = open('/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
});
afterEach(async () => {
  sockets.closeAll();
  await hub.close();
});

describe('an officer at a counter', () => {
  it('calls, recalls up to the limit, marks a no-show, and re-activates it the same day', async () => {
    const t = await issue('DKKD');
    const c = await officerAt('canbo01', 1);
    expect(await act(c, 'counter:call-next')).toMatchObject({ ok: true, value: { id: t.id, state: 'called', counter: 1 } });
    expect(await act(c, 'counter:recall')).toMatchObject({ ok: true, value: { recallCount: 1 } });
    expect(await act(c, 'counter:recall')).toMatchObject({ ok: true, value: { recallCount: 2 } });
    expect(await act(c, 'counter:recall')).toMatchObject({ ok: false, error: { code: 'recall_limit_reached' } });
    expect(await act(c, 'counter:no-show')).toMatchObject({ ok: true, value: { state: 'no_show' } });
    expect(await act(c, 'counter:call-next')).toEqual({ ok: true, value: null });
    expect(await act(c, 'counter:reactivate', { ticketId: t.id })).toMatchObject({ ok: true, value: { state: 'waiting' } });
    expect(await act(c, 'counter:call-next')).toMatchObject({ ok: true, value: { id: t.id } });
  });

  it('serves and finishes with an outcome, then records the rating once', async () => {
    const t = await issue('DATDAI');
    const c = await officerAt('canbo01', 1);
    await act(c, 'counter:call-next');
    hub.clock.advance(60_000);
    expect(await act(c, 'counter:start-serving')).toMatchObject({ ok: true, value: { state: 'serving' } });
    hub.clock.advance(5 * 60_000);
    const done = await act(c, 'counter:finish', { outcome: 'dossier_received' });
    expect(done).toMatchObject({ ok: true, value: { state: 'done', outcome: 'dossier_received' } });
    expect(done.ok && done.value.finishedAt! - done.value.servingAt!).toBe(5 * 60_000);
    expect(await act(c, 'ticket:rate', { ticketId: t.id, rating: 2 })).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: 'rating' } });
    expect(await act(c, 'ticket:rate', { ticketId: t.id, rating: 5 })).toMatchObject({ ok: true, value: { rating: 5 } });
    expect(await act(c, 'ticket:rate', { ticketId: t.id, rating: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses calling a new number while one is still at the counter', async () => {
    await issue('DKKD');
    await issue('DKKD');
    const c = await officerAt('canbo01', 1);
    await act(c, 'counter:call-next');
    expect(await act(c, 'counter:call-next')).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
  });

  it('transfers to a service keeping the original place, or to the front', async () => {
    const first = await issue('DKKD');
    hub.clock.advance(60_000);
    const b1 = await issue('DATDAI');
    hub.clock.advance(60_000);
    const b2 = await issue('DATDAI');
    const c1 = await officerAt('canbo01', 1);
    await act(c1, 'counter:call-next'); // A001 (preferred service at counter 1)
    const moved = await act(c1, 'counter:transfer', { to: { service: 'DATDAI' } });
    expect(moved).toMatchObject({ ok: true, value: { id: first.id, service: 'DATDAI', state: 'waiting', code: 'A001' } });
    const c2 = await officerAt('canbo02', 2);
    // It was issued first, so it stays first in the land queue.
    expect(await act(c2, 'counter:call-next')).toMatchObject({ ok: true, value: { id: first.id } });
    expect(await act(c2, 'counter:finish', { outcome: 'guided' })).toMatchObject({ ok: true });

    // Issued after b1 and b2, then sent to the front of the land queue: it jumps ahead of them.
    hub.clock.advance(60_000);
    const late = await issue('DKKD');
    expect(await act(c1, 'counter:call-next')).toMatchObject({ ok: true, value: { id: late.id } });
    const front = await act(c1, 'counter:transfer', { to: { service: 'DATDAI' }, toFront: true });
    expect(front).toMatchObject({ ok: true, value: { id: late.id, service: 'DATDAI', state: 'waiting', issuedAt: late.issuedAt } });
    expect(await act(c2, 'counter:call-next')).toMatchObject({ ok: true, value: { id: late.id, counter: 2 } });
    await act(c2, 'counter:finish', { outcome: 'guided' });
    expect(await act(c2, 'counter:call-next')).toMatchObject({ ok: true, value: { id: b1.id } });
    await act(c2, 'counter:finish', { outcome: 'guided' });
    expect(await act(c2, 'counter:call-next')).toMatchObject({ ok: true, value: { id: b2.id } });
  });

  it('transfers to a counter: only that counter calls it', async () => {
    const t = await issue('DKKD');
    const c1 = await officerAt('canbo01', 1);
    const c2 = await officerAt('canbo02', 2);
    await act(c1, 'counter:call-next');
    expect(await act(c1, 'counter:transfer', { to: { counter: 3 }, toFront: true })).toMatchObject({ ok: true, value: { targetCounter: 3 } });
    expect(await act(c2, 'counter:call-next')).toEqual({ ok: true, value: null });
    const c3 = await officerAt('canbo03', 3);
    expect(await act(c3, 'counter:call-next')).toMatchObject({ ok: true, value: { id: t.id, counter: 3 } });
  });

  it('calls a given number, and refuses an unknown one', async () => {
    await issue('DKKD');
    const second = await issue('DKKD');
    const c = await officerAt('canbo01', 1);
    expect(await act(c, 'counter:call-number', { code: 'a002' })).toMatchObject({ ok: true, value: { id: second.id } });
    await act(c, 'counter:finish', { outcome: 'guided' });
    expect(await act(c, 'counter:call-number', { code: 'A999' })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'code' } });
  });

  it('pauses with a reason, cannot call while paused, and resumes', async () => {
    await issue('DKKD');
    const c = await officerAt('canbo01', 1);
    expect(await act(c, 'counter:set-state', { state: 'paused' })).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: 'reason' } });
    expect(await act<CounterView>(c, 'counter:set-state', { state: 'paused', reason: 'Nghỉ giải lao' })).toMatchObject({ ok: true, value: { state: 'paused' } });
    expect(await act(c, 'counter:call-next')).toMatchObject({ ok: false, error: { code: 'counter_not_open' } });
    await act(c, 'counter:set-state', { state: 'open' });
    expect(await act(c, 'counter:call-next')).toMatchObject({ ok: true, value: { code: 'A001' } });
  });

  it('refuses a counter already taken by another officer, and commands before signing in', async () => {
    await officerAt('canbo01', 1);
    const { token } = await login(hub.url, 'canbo02');
    const other = open('/counter', token);
    await connected(other);
    const taken = await act(other, 'counter:sign-in', { counter: 1 });
    expect(taken).toMatchObject({ ok: false, error: { code: 'counter_taken' } });
    expect(!taken.ok && taken.error.message.vi).toContain('Nguyễn Văn An');
    expect(await act(other, 'counter:call-next')).toMatchObject({ ok: false, error: { code: 'counter_not_signed_in' } });
  });
});

describe('issuing rules', () => {
  it('refuses outside hours with a Vietnamese message saying when to come back', async () => {
    hub.clock.set(Date.parse('2026-11-23T12:00:00+07:00'));
    const r = await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
    expect(r).toMatchObject({ ok: false, error: { code: 'outside_hours' } });
    expect(!r.ok && r.error.message.vi).toContain('Vui lòng quay lại lúc 13:30 hôm nay');
    expect(hub.db.prepare('SELECT COUNT(*) AS n FROM tickets').get()).toEqual({ n: 0 });
  });

  it('after the cut-off, says issuing closed for the session and when it reopens, without contradicting itself', async () => {
    hub.clock.set(Date.parse('2026-11-23T11:10:00+07:00'));
    const r = await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'issuing_cut_off',
        message: {
          vi: 'Đã hết giờ cấp số thứ tự của buổi này. Vui lòng quay lại lúc 13:30 hôm nay.',
          en: 'Ticket issuing has closed for this session. Please come back at 13:30 today.',
        },
      },
    });
  });

  it('stops at the daily cap, and refuses a priority the service does not offer', async () => {
    for (let i = 0; i < 50; i++) await issue('DKKD');
    const r = await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
    expect(r).toMatchObject({ ok: false, error: { code: 'daily_cap_reached' } });
    expect(!r.ok && r.error.message.vi).toContain('Thứ Ba 24/11/2026');
    expect(await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'TRAKQ', priority: 'elderly' })).toMatchObject({
      ok: false,
      error: { code: 'priority_not_allowed' },
    });
  });
});

describe('a cap per session', () => {
  it('stops issuing a service at its session cap and says when the next session opens', async () => {
    await hub.close();
    const base = testHallConfig();
    hub = await startTestHub({
      config: testHallConfig({ services: base.services.map((svc) => (svc.code === 'DATDAI' ? { ...svc, sessionCap: 2 } : svc)) }),
      serveApps: false,
    });
    kiosk = open('/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    await issue('DATDAI');
    await issue('DATDAI');
    const r = await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DATDAI' });
    expect(r).toMatchObject({ ok: false, error: { code: 'daily_cap_reached' } });
    expect(!r.ok && r.error.message.vi).toContain('buổi này');
    expect(!r.ok && r.error.message.vi).toContain('13:30 hôm nay');
    expect((await issue('DKKD')).code).toBe('A001');
  });

  it('counts the tickets a session issued before its cap was set (a config change or an upgrade mid-session)', async () => {
    await issue('DATDAI'); // uncapped: nothing keeps a session count yet
    kiosk.disconnect();
    const base = testHallConfig();
    await hub.restart({ config: testHallConfig({ services: base.services.map((svc) => (svc.code === 'DATDAI' ? { ...svc, sessionCap: 2 } : svc)) }) });
    kiosk = open('/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    await issue('DATDAI');
    expect(hub.db.prepare("SELECT n FROM session_issued WHERE service = 'DATDAI'").all()).toEqual([{ n: 2 }]);
    const r = await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DATDAI' });
    expect(r).toMatchObject({ ok: false, error: { code: 'daily_cap_reached' } });
    // The afternoon session counts afresh.
    hub.clock.set(Date.parse('2026-11-23T14:00:00+07:00'));
    expect((await issue('DATDAI')).number).toBe(3);
    expect(hub.db.prepare("SELECT n FROM session_issued WHERE service = 'DATDAI' ORDER BY opens_at").all()).toEqual([{ n: 2 }, { n: 1 }]);
  });
});

describe('the day', () => {
  it('expires waiting tickets at the rollover and restarts numbering', async () => {
    const display = open('/display', TEST_TOKENS.display);
    await connected(display);
    const old = await issue('DKKD');
    await issue('DKKD');
    hub.clock.set(Date.parse('2026-11-24T08:00:00+07:00'));
    const dayEvent = nextEvent(display, (e) => e.type === 'day');
    const fresh = await issue('DKKD');
    expect(await dayEvent).toMatchObject({ day: '2026-11-24' });
    expect(fresh.code).toBe('A001');
    expect(fresh.day).toBe('2026-11-24');
    const row = hub.db.prepare('SELECT state FROM tickets WHERE id = ?').get(old.id) as { state: string };
    expect(row.state).toBe('expired');
    const snap = await command<HallSnapshot>(display, 'hall:snapshot', {});
    expect(snap.ok && snap.value.tickets.map((t) => t.id)).toEqual([fresh.id]);
  });
});
