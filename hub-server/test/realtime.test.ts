import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyHallEvent, type CounterView, type HallEvent, type HallSnapshot, type TicketReceipt, type TicketView } from '@luot/protocol';
import { cid, command, connected, login, nextEvent, officerAtCounter, socketSet } from '@luot/testing';
import { TEST_TOKENS, testHallConfig } from '@luot/testing';
import { startTestHub, type TestHub } from '@luot/testing';

let hub: TestHub;
const sockets = socketSet();
const open = (nsp: string, token: string | undefined) => sockets.open(hub.url, nsp, token);
const officerAt = (username: string, counter: number) => officerAtCounter(sockets, hub.url, username, counter);

beforeEach(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
});
afterEach(async () => {
  sockets.closeAll();
  await hub.close();
});

describe('the hall over socket.io', () => {
  it('a kiosk issues, a counter calls, a display receives the call with its sequence number', async () => {
    const display = open('/display', TEST_TOKENS.display);
    const snapshot = await connected(display);
    const kiosk = open('/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    const counter = await officerAt('canbo01', 1);

    const issued = await command<TicketReceipt>(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
    expect(issued.ok && issued.value.ticket.code).toBe('A001');
    expect(issued.ok && issued.value.peopleAhead).toBe(0);

    const call = nextEvent(display, (e) => e.type === 'ticket' && e.action === 'called');
    const called = await command<TicketView | null>(counter, 'counter:call-next', { commandId: cid() });
    expect(called.ok && called.value?.code).toBe('A001');
    const event = await call;
    expect(event.type === 'ticket' && event.call).toMatchObject({ code: 'A001', counter: 1, recall: 0 });
    expect(event.seq).toBeGreaterThan(snapshot.seq);
  });

  it('sends the events of one commit as one message, in sequence order', async () => {
    const display = open('/display', TEST_TOKENS.display);
    const snapshot = await connected(display);
    const messages: HallEvent[][] = [];
    display.on('hall:events', (events: HallEvent[]) => messages.push(events));
    // Three commands queued in the same turn of the event loop share one commit.
    const kiosk = { actor: 'device:kiosk-test', name: 'ticket:issue' };
    const issued = await Promise.all(
      ['DKKD', 'DATDAI', 'DKKD'].map((service) => hub.hub.services.tickets.issue({ ...kiosk, commandId: cid() }, { service, priority: 'none', source: 'kiosk' })),
    );
    expect(issued.every((r) => r.ok)).toBe(true);
    await expect.poll(() => messages.length).toBe(1);
    expect(messages[0]!.map((e) => e.seq)).toEqual([snapshot.seq + 1, snapshot.seq + 2, snapshot.seq + 3]);
    expect(messages[0]!.map((e) => e.type === 'ticket' && e.ticket.code)).toEqual(['A001', 'B001', 'A002']);
  });

  it('applies the ordered stream to the snapshot with no gap, and a client that missed events resyncs', async () => {
    const display = open('/display', TEST_TOKENS.display);
    let state: HallSnapshot = await connected(display);
    const gaps: number[] = [];
    display.on('hall:events', (events: HallEvent[]) => {
      for (const e of events) {
        const r = applyHallEvent(state, e);
        if (r.kind === 'applied') state = r.state;
        else if (r.kind === 'gap') gaps.push(e.seq);
      }
    });
    const kiosk = open('/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    for (let i = 0; i < 5; i++) await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DATDAI' });
    await new Promise((r) => setTimeout(r, 100));
    expect(gaps).toEqual([]);
    expect(state.tickets.filter((t) => t.service === 'DATDAI')).toHaveLength(5);
    expect(state.loads.find((l) => l.service === 'DATDAI')?.waiting).toBe(5);

    // A display that was away misses events; a fresh snapshot on request has them all.
    const late = open('/display', TEST_TOKENS.display);
    const old = await connected(late);
    late.disconnect();
    await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DATDAI' });
    const again = open('/display', TEST_TOKENS.display);
    await connected(again);
    const fresh = await command<HallSnapshot>(again, 'hall:snapshot', {});
    expect(fresh.ok && fresh.value.seq).toBe(old.seq + 1);
    expect(fresh.ok && fresh.value.tickets.filter((t) => t.service === 'DATDAI')).toHaveLength(6);
  });

  it('a command retried with the same id returns the first result and creates nothing new', async () => {
    const kiosk = open('/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    const commandId = cid();
    const first = await command<TicketReceipt>(kiosk, 'ticket:issue', { commandId, service: 'DKKD' });
    const retry = await command<TicketReceipt>(kiosk, 'ticket:issue', { commandId, service: 'DKKD' });
    expect(retry).toEqual(first);
    const count = hub.db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number };
    expect(count.n).toBe(1);
    // The same id from another device is a conflict, not a replay.
    const other = open('/kiosk', TEST_TOKENS.kiosk2);
    await connected(other);
    const stolen = await command(other, 'ticket:issue', { commandId, service: 'DKKD' });
    expect(stolen).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses each role the commands of another role with a typed forbidden error', async () => {
    const kiosk = open('/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    expect(await command(kiosk, 'counter:call-next', { commandId: cid() })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const display = open('/display', TEST_TOKENS.display);
    await connected(display);
    expect(await command(display, 'ticket:issue', { commandId: cid(), service: 'DKKD' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const counter = await officerAt('canbo01', 1);
    expect(await command(counter, 'ticket:issue', { commandId: cid(), service: 'DKKD' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await command(counter, 'hall:message', { commandId: cid(), message: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // Wrong namespace for a token, and no token at all: the handshake is refused with a typed error.
    const kioskAsDisplay = open('/display', TEST_TOKENS.kiosk);
    await expect(connected(kioskAsDisplay)).rejects.toMatchObject({ data: { code: 'forbidden' } });
    const officer = await login(hub.url, 'canbo02');
    const officerAsAdmin = open('/admin', officer.token);
    await expect(connected(officerAsAdmin)).rejects.toMatchObject({ data: { code: 'forbidden' } });
    const anonymous = open('/kiosk', undefined);
    await expect(connected(anonymous)).rejects.toMatchObject({ data: { code: 'unauthenticated' } });
    expect(hub.db.prepare('SELECT COUNT(*) AS n FROM tickets').get()).toEqual({ n: 0 });
  });

  it('twenty counters calling next at once never get the same ticket', async () => {
    await hub.close();
    const counters = Array.from({ length: 20 }, (_, i) => ({ number: i + 1, name: { vi: `Quầy ${i + 1}`, en: `Counter ${i + 1}` }, services: ['DKKD'] }));
    const staff = Array.from({ length: 20 }, (_, i) => ({ username: `cb${i + 1}`, name: `Cán bộ ${i + 1}`, role: 'officer' as const, password: 'secret-pass' }));
    hub = await startTestHub({ config: testHallConfig({ counters, staff: [...staff, { username: 'admin', name: 'Quản trị', role: 'admin', password: 'secret-pass' }] }), serveApps: false });
    const kiosk = open('/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    for (let i = 0; i < 15; i++) await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
    const officers = await Promise.all(staff.map((s, i) => officerAt(s.username, i + 1)));
    const results = await Promise.all(officers.map((o) => command<TicketView | null>(o, 'counter:call-next', { commandId: cid() })));
    const codes = results.map((r) => (r.ok ? r.value?.code : 'error')).filter((c): c is string => c !== undefined && c !== null);
    expect(codes).toHaveLength(15);
    expect(new Set(codes).size).toBe(15);
    expect(results.filter((r) => r.ok && r.value === null)).toHaveLength(5);
  });

  it('a supervisor sets a message line the displays receive, and pauses a counter', async () => {
    const display = open('/display', TEST_TOKENS.display);
    await connected(display);
    const { token } = await login(hub.url, 'giamsat');
    const admin = open('/admin', token);
    await connected(admin);
    const message = nextEvent(display, (e) => e.type === 'message');
    expect(await command(admin, 'hall:message', { commandId: cid(), message: 'Hệ thống tạm dừng lúc 11:00 để bảo trì' })).toEqual({ ok: true, value: null });
    expect(await message).toMatchObject({ message: 'Hệ thống tạm dừng lúc 11:00 để bảo trì' });
    await officerAt('canbo01', 1);
    const paused = await command<CounterView>(admin, 'counter:set-state', { commandId: cid(), counter: 1, state: 'paused', reason: 'Họp giao ban' });
    expect(paused).toMatchObject({ ok: true, value: { state: 'paused', pauseReason: 'Họp giao ban' } });
  });
});
