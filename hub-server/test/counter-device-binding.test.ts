/**
 * Counters bound to their PCs (issue 15, the hall setting
 * `security.countersBoundToDevices`, off by default): where set, a counter
 * opens only from the counter PC enrolled for it — the officer's connection
 * shows that PC's device token besides the session — with a typed error
 * otherwise, on the socket and over HTTP.
 */
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_TOKENS, cid, command, connected, login, testHallConfig, startTestHub, type TestHub } from '@luot/testing';

let hub: TestHub;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
});

/** A counter PC's connection: the officer's session and, when given, the PC's device token. */
async function officerSocket(username: string, deviceToken?: string): Promise<Socket> {
  const { token } = await login(hub.url, username);
  const s = connect(`${hub.url}/counter`, { auth: { token, ...(deviceToken ? { deviceToken } : {}) }, transports: ['websocket'], forceNew: true, reconnection: false });
  sockets.push(s);
  await connected(s);
  return s;
}
const signIn = (s: Socket, counter: number) => command(s, 'counter:sign-in', { commandId: cid(), counter });

function boundHall(bound: boolean) {
  const config = testHallConfig();
  config.security = { ...config.security, countersBoundToDevices: bound };
  config.counters = config.counters.map((c) => (c.number === 1 ? { ...c, device: 'counter-1' } : c.number === 2 ? { ...c, device: 'counter-2' } : c));
  config.devices.push({ id: 'counter-2', name: 'Máy quầy 2', role: 'counter', token: 'test-counter-token-2' });
  return config;
}

describe('counters bound to their PCs', () => {
  it('opens a counter only from its own PC, with a typed error otherwise', async () => {
    hub = await startTestHub({ config: boundHall(true), serveApps: false });
    // No PC shown: refused, nothing written.
    const bare = await officerSocket('canbo01');
    expect(await signIn(bare, 1)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', field: 'device', message: { vi: 'Quầy 1 chỉ mở được từ máy tính của quầy này.' } },
    });
    expect(hub.db.prepare('SELECT officer_id FROM counters WHERE number = 1').get()).toEqual({ officer_id: null });
    // Counter 2's PC may not open counter 1.
    const otherPc = await officerSocket('canbo01', 'test-counter-token-2');
    expect(await signIn(otherPc, 1)).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'device' } });
    // Its own PC plus the officer's sign-in: open.
    const ownPc = await officerSocket('canbo01', TEST_TOKENS.counterDevice);
    expect(await signIn(ownPc, 1)).toMatchObject({ ok: true, value: { number: 1 } });
    // A counter with no PC assigned cannot be opened in a bound hall.
    const third = await officerSocket('canbo03', TEST_TOKENS.counterDevice);
    expect(await signIn(third, 3)).toMatchObject({ ok: false, error: { code: 'forbidden', message: { vi: expect.stringContaining('chưa được gắn') } } });
    // Over HTTP there is no PC to show: refused too.
    const { token } = await login(hub.url, 'canbo02');
    const http = await fetch(`${hub.url}/api/v1/counters/2/sign-in`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(http.status).toBe(403);
    expect(await http.json()).toMatchObject({ error: { code: 'forbidden', field: 'device' } });
  });

  it('refuses a device token that is not a counter PC’s at the handshake', async () => {
    hub = await startTestHub({ config: boundHall(true), serveApps: false });
    await expect(officerSocket('canbo01', TEST_TOKENS.kiosk)).rejects.toMatchObject({ data: { code: 'forbidden', field: 'deviceToken' } });
  });

  it('is off by default: any officer opens any counter from any machine', async () => {
    hub = await startTestHub({ config: boundHall(false), serveApps: false });
    expect(await signIn(await officerSocket('canbo01'), 1)).toMatchObject({ ok: true });
    expect(testHallConfig().security.countersBoundToDevices).toBe(false);
  });
});
