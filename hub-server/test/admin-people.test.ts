/**
 * Issue 17's officers and devices over HTTP: pairing a device by code, placing
 * it, who is connected, one-time passwords, and the admin's self-guard.
 */
import { describe, expect, it } from 'vitest';
import type { DeviceOverview, PairingStatus, PairingTicket, StaffOverview } from '@luot/protocol';
import { io as connect } from 'socket.io-client';
import { cid, command, connected, disconnected, login } from '@luot/testing';
import { TEST_PASSWORD, TEST_TOKENS, testHallConfig } from '@luot/testing';
import { hubEachTest } from './helpers/hub-each-test';

const each = hubEachTest();
const { call, open } = each;
const askCode = async (role = 'kiosk') => {
  const r = await call('POST', '/pairing', null, { role });
  expect(r.status).toBe(201);
  return (await r.json()) as PairingTicket;
};
const poll = async (pairingId: string) => {
  const r = await call('GET', `/pairing/${pairingId}`, null);
  return { status: r.status, body: (await r.json()) as PairingStatus & { error?: { code: string } } };
};
const deviceCount = () => (each.hub.db.prepare('SELECT count(*) AS n FROM devices').get() as { n: number }).n;

describe('pairing a device by code', () => {
  it('enrols the device the admin confirms; the device collects its token once and connects with it', async () => {
    const admin = await login(each.hub.url, 'admin');
    const ticket = await askCode('kiosk');
    expect(ticket.code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
    expect(ticket.expiresAt - each.hub.clock.now()).toBe(10 * 60_000);
    expect(await poll(ticket.pairingId)).toMatchObject({ status: 200, body: { state: 'waiting', code: ticket.code } });

    // Typed the way people type it: lower case, with the dash the screen shows.
    const typed = `${ticket.code.slice(0, 3).toLowerCase()}-${ticket.code.slice(3)}`;
    const claimed = await call('POST', '/pairing/claim', admin.token, { code: typed, id: 'kiosk-9', name: 'Kiosk sảnh B', role: 'kiosk', area: 'Tầng 1' });
    expect(claimed.status).toBe(201);
    expect(await claimed.json()).toEqual({ id: 'kiosk-9', name: 'Kiosk sảnh B', role: 'kiosk', area: 'Tầng 1', counter: null });

    const paired = await poll(ticket.pairingId);
    expect(paired).toMatchObject({ status: 200, body: { state: 'paired', device: { id: 'kiosk-9', role: 'kiosk', area: 'Tầng 1' } } });
    const token = (paired.body as Extract<PairingStatus, { state: 'paired' }>).token;
    // Given once: the pairing is gone.
    expect((await poll(ticket.pairingId)).status).toBe(404);
    const kiosk = open('/kiosk', token);
    await connected(kiosk);

    const overview = (await (await call('GET', '/devices/overview', admin.token)).json()) as DeviceOverview[];
    expect(overview.find((d) => d.id === 'kiosk-9')).toMatchObject({ name: 'Kiosk sảnh B', area: 'Tầng 1', connected: true });
    expect(overview.find((d) => d.id === 'kiosk-2')).toMatchObject({ connected: false });
    const actions = each.hub.db.prepare("SELECT action FROM audit_log WHERE subject = 'kiosk-9' ORDER BY id").pluck().all();
    expect(actions).toEqual(['device-enrolled', 'device-paired']);
  });

  it('refuses a wrong, an expired or a used code with a clear message, and writes nothing', async () => {
    const admin = await login(each.hub.url, 'admin');
    const before = deviceCount();
    const claim = (code: string, over: Record<string, unknown> = {}) => call('POST', '/pairing/claim', admin.token, { code, id: 'kiosk-9', name: 'Kiosk B', role: 'kiosk', ...over });

    const wrong = await claim('KMA-7RX');
    expect(wrong.status).toBe(404);
    expect(await wrong.json()).toMatchObject({ error: { code: 'not_found', field: 'code', message: { vi: expect.stringContaining('không đúng hoặc đã hết hạn') } } });

    const ticket = await askCode('display');
    const asKiosk = await claim(ticket.code);
    expect(asKiosk.status).toBe(409);
    expect(await asKiosk.json()).toMatchObject({ error: { code: 'conflict', field: 'role', message: { vi: 'Thiết bị này là màn hình hiển thị, không thể ghép làm máy kiosk.' } } });
    const takenId = await claim(ticket.code, { role: 'display', id: 'kiosk-1' });
    expect(await takenId.json()).toMatchObject({ error: { code: 'conflict', field: 'id' } });
    const counterForBoard = await claim(ticket.code, { role: 'display', counter: 2 });
    expect(await counterForBoard.json()).toMatchObject({ error: { code: 'invalid_payload', field: 'counter' } });
    expect(deviceCount()).toBe(before);

    // Used once, gone: a second claim of the same code is a wrong code.
    expect((await claim(ticket.code, { role: 'display', id: 'board-9' })).status).toBe(201);
    expect((await claim(ticket.code, { role: 'display', id: 'board-10' })).status).toBe(404);

    const late = await askCode('kiosk');
    each.hub.clock.advance(10 * 60_000);
    expect((await claim(late.code)).status).toBe(404);
    expect(await poll(late.pairingId)).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(deviceCount()).toBe(before + 1);
  });

  it('is rate-limited: codes per address, wrong codes per admin; only an admin claims', async () => {
    for (let i = 0; i < 10; i++) await askCode();
    const eleventh = await call('POST', '/pairing', null, { role: 'kiosk' });
    expect(eleventh.status).toBe(429);
    expect(Number(eleventh.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await eleventh.json()).toMatchObject({ error: { code: 'too_many_attempts', message: { vi: expect.stringContaining('mã ghép nối') } } });

    const admin = await login(each.hub.url, 'admin');
    const supervisor = await login(each.hub.url, 'giamsat');
    const body = { code: 'KMA7RX', id: 'kiosk-9', name: 'Kiosk B', role: 'kiosk' };
    expect((await call('POST', '/pairing/claim', supervisor.token, body)).status).toBe(403);
    for (let i = 0; i < 8; i++) expect((await call('POST', '/pairing/claim', admin.token, body)).status).toBe(404);
    const locked = await call('POST', '/pairing/claim', admin.token, body);
    expect(locked.status).toBe(429);
    expect(await locked.json()).toMatchObject({ error: { code: 'too_many_attempts' } });
    expect((await call('POST', '/pairing', null, { role: 'printer' })).status).toBe(400);
    expect((await call('GET', '/pairing/short', null)).status).toBe(400);
  });
});

describe('placing a device', () => {
  it('renames it and gives a counter PC its counter; refuses a counter for a kiosk or one the hall lacks', async () => {
    const admin = await login(each.hub.url, 'admin');
    const renamed = await call('PATCH', '/devices/kiosk-1', admin.token, { name: 'Kiosk cửa chính', area: 'Tầng 1' });
    expect(await renamed.json()).toEqual({ id: 'kiosk-1', name: 'Kiosk cửa chính', role: 'kiosk', area: 'Tầng 1', counter: null });
    const kioskCounter = await call('PATCH', '/devices/kiosk-1', admin.token, { counter: 1 });
    expect(kioskCounter.status).toBe(400);
    expect(await kioskCounter.json()).toMatchObject({ error: { field: 'counter', message: { vi: 'Chỉ máy tính quầy mới gắn được với một quầy.' } } });
    const counterPc = (each.hub.db.prepare("SELECT id FROM devices WHERE role = 'counter'").pluck().get() as string | undefined) ?? null;
    expect(counterPc).not.toBeNull();
    expect((await call('PATCH', `/devices/${counterPc}`, admin.token, { counter: 999 })).status).toBe(404);
    expect(await (await call('PATCH', `/devices/${counterPc}`, admin.token, { counter: 2 })).json()).toMatchObject({ counter: 2 });
    expect(await (await call('PATCH', `/devices/${counterPc}`, admin.token, { counter: null })).json()).toMatchObject({ counter: null });
    expect((await call('PATCH', '/devices/kiosk-1', admin.token, {})).status).toBe(400);
    expect((await call('PATCH', '/devices/khong-co', admin.token, { name: 'X' })).status).toBe(404);
    expect((await call('PATCH', '/devices/kiosk-1', (await login(each.hub.url, 'giamsat')).token, { name: 'X' })).status).toBe(403);
    expect(each.hub.db.prepare("SELECT name, area FROM devices WHERE id = 'kiosk-1'").get()).toEqual({ name: 'Kiosk cửa chính', area: 'Tầng 1' });
  });
});

describe('a counter PC placed at a counter', () => {
  it('opens that counter in a hall that binds counters to PCs, when the config file names no PC for it', async () => {
    const config = testHallConfig();
    config.security = { ...config.security, countersBoundToDevices: true };
    await each.restart(config);
    const admin = await login(each.hub.url, 'admin');
    const officer = await login(each.hub.url, 'canbo03');
    // The officer's socket shows the PC's token besides the session, as the counter shell does.
    const pc = connect(`${each.hub.url}/counter`, { auth: { token: officer.token, deviceToken: TEST_TOKENS.counterDevice }, transports: ['websocket'], forceNew: true, reconnection: false });
    each.keep(pc);
    await connected(pc);
    const open3 = () => command(pc, 'counter:sign-in', { commandId: cid(), counter: 3 });
    expect(await open3()).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'device' } });
    expect((await call('PATCH', '/devices/counter-1', admin.token, { counter: 3 })).status).toBe(200);
    expect(await open3()).toMatchObject({ ok: true, value: { number: 3 } });
  });
});

describe('officers', () => {
  it('a new officer and a reset password are one-time: the officer must change it at first sign-in', async () => {
    const admin = await login(each.hub.url, 'admin');
    const created = await call('POST', '/users', admin.token, { username: 'canbo09', name: 'Đỗ Thị Hà', role: 'officer', password: 'mot-lan-thoi-1' });
    expect(created.status).toBe(201);
    const first = await login(each.hub.url, 'canbo09', 'mot-lan-thoi-1');
    expect(first.mustChangePassword).toBe(true);
    const blocked = await call('GET', '/reports/day', first.token);
    expect(await blocked.json()).toMatchObject({ error: { code: 'password_change_required' } });
    expect((await call('POST', '/auth/password', first.token, { currentPassword: 'mot-lan-thoi-1', newPassword: 'cua-rieng-toi-1' })).status).toBe(204);
    expect((await login(each.hub.url, 'canbo09', 'cua-rieng-toi-1')).mustChangePassword).toBe(false);

    expect((await call('PATCH', '/users/canbo01', admin.token, { password: 'dat-lai-mat-khau' })).status).toBe(200);
    expect((await login(each.hub.url, 'canbo01', 'dat-lai-mat-khau')).mustChangePassword).toBe(true);
    // An integration may still give a lasting one, when it says so.
    expect((await call('PATCH', '/users/canbo02', admin.token, { password: 'mat-khau-lau-dai', mustChangePassword: false })).status).toBe(200);
    expect((await login(each.hub.url, 'canbo02', 'mat-khau-lau-dai')).mustChangePassword).toBe(false);
  });

  it('an admin cannot demote or deactivate themselves, even with another admin left; another admin can', async () => {
    const admin = await login(each.hub.url, 'admin');
    expect((await call('POST', '/users', admin.token, { username: 'quantri2', name: 'Quản trị 2', role: 'admin', password: 'mat-khau-qt-2', mustChangePassword: false })).status).toBe(201);
    const self = await call('PATCH', '/users/admin', admin.token, { active: false });
    expect(self.status).toBe(409);
    expect(await self.json()).toMatchObject({ error: { code: 'conflict', field: 'active', message: { vi: expect.stringContaining('chính mình') } } });
    expect(await (await call('PATCH', '/users/admin', admin.token, { role: 'supervisor' })).json()).toMatchObject({ error: { field: 'role' } });
    expect(each.hub.db.prepare("SELECT role, active FROM users WHERE username = 'admin'").get()).toEqual({ role: 'admin', active: 1 });
    const other = await login(each.hub.url, 'quantri2', 'mat-khau-qt-2');
    expect(await (await call('PATCH', '/users/admin', other.token, { role: 'supervisor' })).json()).toMatchObject({ role: 'supervisor' });
  });

  it('shows who is signed in where: sessions, since when, connected now, at which counter', async () => {
    const admin = await login(each.hub.url, 'admin');
    const officer = await login(each.hub.url, 'canbo01');
    const socket = open('/counter', officer.token);
    await connected(socket);
    expect(await command(socket, 'counter:sign-in', { commandId: cid(), counter: 2 })).toMatchObject({ ok: true });
    const r = await call('GET', '/staff-overview', (await login(each.hub.url, 'giamsat')).token);
    expect(r.status).toBe(200);
    const all = (await r.json()) as StaffOverview[];
    expect(all.find((u) => u.username === 'canbo01')).toEqual({
      id: expect.any(String),
      username: 'canbo01',
      name: 'Nguyễn Văn An',
      role: 'officer',
      active: true,
      mustChangePassword: false,
      counter: 2,
      sessions: [{ since: each.hub.clock.now(), expiresAt: expect.any(Number), connected: true }],
    });
    expect(all.find((u) => u.username === 'canbo02')).toMatchObject({ counter: null, sessions: [] });
    expect(all.find((u) => u.username === 'admin')?.sessions).toHaveLength(1);

    // Deactivated: the session ends at once.
    const cut = disconnected(socket);
    expect((await call('PATCH', '/users/canbo01', admin.token, { active: false })).status).toBe(200);
    expect(await cut).toBe('io server disconnect');
    const after = (await (await call('GET', '/staff-overview', admin.token)).json()) as StaffOverview[];
    expect(after.find((u) => u.username === 'canbo01')).toMatchObject({ active: false, sessions: [] });
    expect((await call('GET', '/staff-overview', officer.token)).status).toBe(401);
    expect((await call('GET', '/staff-overview', (await login(each.hub.url, 'canbo02', TEST_PASSWORD)).token)).status).toBe(403);
  });
});
