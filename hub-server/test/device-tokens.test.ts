/**
 * Device tokens (issue 15): the admin rotates a device's token (the old one
 * stops working at once, its sockets are cut, the change is audited), and a
 * token unused for longer than the hall's `security.deviceTokenIdleDays`
 * (default 90) is refused with `device_token_expired` until it is rotated.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceToken } from '@luot/protocol';
import { TEST_TOKENS, createClient, connected, login, testHallConfig, startTestHub, type TestHub } from '@luot/testing';

const DAY = 24 * 60 * 60 * 1000;
let hub: TestHub;
afterEach(async () => {
  await hub.close();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** A device's HTTP call: its printer report (any answer but 401 means the token was taken). */
const report = (token: string) =>
  fetch(`${hub.url}/api/v1/devices/printer`, {
    method: 'POST',
    headers: { ...bearer(token), 'content-type': 'application/json' },
    body: JSON.stringify({ commandId: `c-${Math.random().toString(36).slice(2)}`, state: 'online' }),
  });
const rotate = async (id: string, token: string) => fetch(`${hub.url}/api/v1/devices/${id}/token`, { method: 'POST', headers: bearer(token) });
const auditRows = (action: string) =>
  hub.db.prepare('SELECT actor, subject FROM audit_log WHERE action = ? ORDER BY id').all(action) as { actor: string; subject: string }[];

describe('device tokens', () => {
  it('rotate: the new token works, the old one stops at once and its sockets are cut, audited', async () => {
    hub = await startTestHub({ config: testHallConfig(), serveApps: false });
    const kiosk = createClient(hub.url, '/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    const cut = new Promise<void>((resolve) => kiosk.on('disconnect', () => resolve()));
    const admin = await login(hub.url, 'admin');
    const r = await rotate('kiosk-1', admin.token);
    expect(r.status).toBe(200);
    const fresh = (await r.json()) as DeviceToken;
    expect(fresh).toMatchObject({ id: 'kiosk-1', role: 'kiosk' });
    expect(fresh.token).not.toBe(TEST_TOKENS.kiosk);
    await cut;
    expect((await report(TEST_TOKENS.kiosk)).status).toBe(401);
    expect((await report(fresh.token)).status).toBe(200);
    expect(auditRows('device-token-rotated')).toEqual([{ actor: 'user:admin', subject: 'kiosk-1' }]);
    // Supervisors may not; an unknown device is not found.
    expect((await rotate('kiosk-1', (await login(hub.url, 'giamsat')).token)).status).toBe(403);
    expect((await rotate('kiosk-404', admin.token)).status).toBe(404);
    kiosk.disconnect();
  });

  it('expire when unused longer than the hall allows, with a typed error; in use they do not; rotation brings them back', async () => {
    const config = testHallConfig();
    config.security = { ...config.security, deviceTokenIdleDays: 30 };
    hub = await startTestHub({ config, serveApps: false });
    expect((await report(TEST_TOKENS.kiosk)).status).toBe(200);
    // Used on day 29: its idle time starts again.
    hub.clock.advance(29 * DAY);
    expect((await report(TEST_TOKENS.kiosk)).status).toBe(200);
    hub.clock.advance(29 * DAY);
    expect((await report(TEST_TOKENS.kiosk)).status).toBe(200);
    // Then 31 days unused.
    hub.clock.advance(31 * DAY);
    const expired = await report(TEST_TOKENS.kiosk);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ error: { code: 'device_token_expired', message: { vi: expect.stringContaining('hết hạn') } } });
    const socket = createClient(hub.url, '/kiosk', TEST_TOKENS.kiosk);
    await expect(connected(socket)).rejects.toMatchObject({ data: { code: 'device_token_expired' } });
    socket.disconnect();
    // Written once to the audit log, however often the device retries; not counted as a guessed token.
    expect(auditRows('device-token-expired')).toEqual([{ actor: 'device:kiosk-1', subject: 'kiosk-1' }]);
    expect(auditRows('token-locked')).toEqual([]);
    // The admin rotates it: the device works again with its new token.
    const admin = await login(hub.url, 'admin');
    const r = await rotate('kiosk-1', admin.token);
    const fresh = (await r.json()) as DeviceToken;
    expect((await report(fresh.token)).status).toBe(200);
  });
});
