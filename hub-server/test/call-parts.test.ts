/**
 * A call names its ticket's prefix and number as the ticket was issued, never
 * by taking the code apart: here two services make the same code (prefix A
 * width 4 and prefix A0 width 3 both give A0001), and the ticket moves from
 * one to the other before it is called.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HallEvent, TicketReceipt, TicketView } from '@luot/protocol';
import { cid, command, connected, nextEvent, officerAtCounter, socketSet, startTestHub, TEST_TOKENS, testHallConfig, type TestHub } from '@luot/testing';

let hub: TestHub;
const sockets = socketSet();
const open = (nsp: string, token: string) => sockets.open(hub.url, nsp, token);
const officerAt = (username: string, counter: number) => officerAtCounter(sockets, hub.url, username, counter);

beforeEach(async () => {
  const base = testHallConfig();
  const services = base.services.map((s) =>
    s.code === 'DKKD' ? { ...s, prefix: 'A', numberWidth: 4 } : s.code === 'DATDAI' ? { ...s, prefix: 'A0', numberWidth: 3 } : s,
  );
  hub = await startTestHub({ config: testHallConfig({ services }), serveApps: false });
});
afterEach(async () => {
  sockets.closeAll();
  await hub.close();
});

describe('a call', () => {
  it("carries the prefix its ticket was issued with, even where another service makes the same code", async () => {
    const kiosk = open('/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    const issued = await command<TicketReceipt>(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD', priority: 'none' });
    expect(issued).toMatchObject({ ok: true, value: { ticket: { code: 'A0001', number: 1 } } });

    const c1 = await officerAt('canbo01', 1);
    expect(await command<TicketView>(c1, 'counter:call-next', { commandId: cid() })).toMatchObject({ ok: true, value: { code: 'A0001' } });
    expect(await command<TicketView>(c1, 'counter:transfer', { commandId: cid(), to: { service: 'DATDAI' } })).toMatchObject({ ok: true, value: { service: 'DATDAI' } });

    const board = open('/display', TEST_TOKENS.display);
    await connected(board);
    const called = nextEvent(board, (e: HallEvent) => e.type === 'ticket' && e.action === 'called');
    const c2 = await officerAt('canbo02', 2);
    expect(await command<TicketView>(c2, 'counter:call-next', { commandId: cid() })).toMatchObject({ ok: true, value: { code: 'A0001', service: 'DATDAI' } });
    const event = await called;
    // DATDAI (prefix A0, width 3) also makes A0001 from number 1; the ticket was issued as A + 0001.
    expect(event).toMatchObject({ call: { code: 'A0001', prefix: 'A', number: 1, service: 'DATDAI' } });
  });
});
