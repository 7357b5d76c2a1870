/**
 * Halls that start serving on the call (autoStartServing): the ticket is
 * `serving` at once, yet the citizen may not come — recall (up to the limit)
 * and no-show stay possible until the officer starts serving it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TicketReceipt, TicketView } from '@luot/protocol';
import type { Socket } from 'socket.io-client';
import { cid, command, connected, officerAtCounter, socketSet } from '@luot/testing';
import { TEST_TOKENS, testHallConfig } from '@luot/testing';
import { startTestHub, type TestHub } from '@luot/testing';

let hub: TestHub;
let kiosk: Socket;
const sockets = socketSet();
const open = (nsp: string, token: string) => sockets.open(hub.url, nsp, token);
const officerAt = (username: string, counter: number) => officerAtCounter(sockets, hub.url, username, counter);
const issue = async (service: string) => {
  const r = await command<TicketReceipt>(kiosk, 'ticket:issue', { commandId: cid(), service, priority: 'none' });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.ticket;
};
const act = <T = TicketView>(s: Socket, event: string, extra: object = {}) => command<T>(s, event, { commandId: cid(), ...extra });

beforeEach(async () => {
  const base = testHallConfig();
  hub = await startTestHub({ config: testHallConfig({ queue: { ...base.queue, autoStartServing: true } }), serveApps: false });
  kiosk = open('/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
});
afterEach(async () => {
  sockets.closeAll();
  await hub.close();
});

describe('a hall that starts serving on the call', () => {
  it('recalls an auto-started ticket up to the limit, then marks it no-show (never served)', async () => {
    const t = await issue('DKKD');
    const c = await officerAt('canbo01', 1);
    const called = await act(c, 'counter:call-next');
    expect(called).toMatchObject({ ok: true, value: { id: t.id, state: 'serving' } });
    hub.clock.advance(30_000);
    expect(await act(c, 'counter:recall')).toMatchObject({ ok: true, value: { state: 'serving', recallCount: 1 } });
    expect(await act(c, 'counter:recall')).toMatchObject({ ok: true, value: { recallCount: 2 } });
    expect(await act(c, 'counter:recall')).toMatchObject({ ok: false, error: { code: 'recall_limit_reached' } });
    const gone = await act(c, 'counter:no-show');
    expect(gone).toMatchObject({ ok: true, value: { state: 'no_show', servingAt: null } });
    // Back the same day: called again, auto-started again.
    expect(await act(c, 'counter:reactivate', { ticketId: t.id })).toMatchObject({ ok: true, value: { state: 'waiting' } });
    expect(await act(c, 'counter:call-next')).toMatchObject({ ok: true, value: { id: t.id, state: 'serving', recallCount: 0 } });
    expect(await act(c, 'counter:no-show')).toMatchObject({ ok: true, value: { state: 'no_show' } });
  });

  it('once the officer starts serving, recall and no-show are refused and serving counts from then', async () => {
    await issue('DKKD');
    const c = await officerAt('canbo01', 1);
    await act(c, 'counter:call-next');
    hub.clock.advance(45_000);
    const started = await act(c, 'counter:start-serving');
    expect(started).toMatchObject({ ok: true, value: { state: 'serving' } });
    expect(started.ok && started.value.servingAt! - started.value.calledAt!).toBe(45_000);
    expect(await act(c, 'counter:recall')).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    expect(await act(c, 'counter:no-show')).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    // Starting again changes nothing.
    hub.clock.advance(10_000);
    const again = await act(c, 'counter:start-serving');
    expect(again.ok && again.value.servingAt).toBe(started.ok && started.value.servingAt);
    hub.clock.advance(5 * 60_000);
    expect(await act(c, 'counter:finish', { outcome: 'guided' })).toMatchObject({ ok: true, value: { state: 'done' } });
  });

  it('starting at the very moment of the call still ends the auto-start', async () => {
    await issue('DKKD');
    const c = await officerAt('canbo01', 1);
    await act(c, 'counter:call-next');
    expect(await act(c, 'counter:start-serving')).toMatchObject({ ok: true, value: { state: 'serving' } });
    expect(await act(c, 'counter:no-show')).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
  });
});
