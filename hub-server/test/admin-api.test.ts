/** Officer and device management over HTTP: /api/v1/users and /api/v1/devices. */
import { describe, expect, it } from 'vitest';
import type { EnrolledDevice, StaffAccount } from '@luot/protocol';
import { cid, command, connected, disconnected, login } from '@luot/testing';
import { TEST_PASSWORD, TEST_TOKENS } from '@luot/testing';
import { hubEachTest } from './helpers/hub-each-test';

const each = hubEachTest();
const { call, open } = each;
const loginStatus = async (username: string, password: string) =>
  (await call('POST', '/auth/login', null, { username, password })).status;

describe('staff accounts', () => {
  it('lists accounts for supervisors and admins, never the password, and refuses officers', async () => {
    const admin = await login(each.hub.url, 'admin');
    const supervisor = await login(each.hub.url, 'giamsat');
    const officer = await login(each.hub.url, 'canbo01');
    const listed = (await (await call('GET', '/users', supervisor.token)).json()) as StaffAccount[];
    expect(listed.map((u) => u.username)).toEqual(['admin', 'canbo01', 'canbo02', 'canbo03', 'giamsat']);
    expect(listed.find((u) => u.username === 'canbo01')).toEqual({ id: expect.any(String), username: 'canbo01', name: 'Nguyễn Văn An', role: 'officer', active: true });
    expect(JSON.stringify(listed)).not.toContain('scrypt');
    expect((await call('GET', '/users', admin.token)).status).toBe(200);
    const refused = await call('GET', '/users', officer.token);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect((await call('GET', '/users', TEST_TOKENS.kiosk)).status).toBe(403);
    expect((await call('GET', '/users', null)).status).toBe(401);
  });

  it('creates an account that can sign in; a taken username is a conflict; only an admin creates', async () => {
    const admin = await login(each.hub.url, 'admin');
    const supervisor = await login(each.hub.url, 'giamsat');
    const account = { username: 'canbo09', name: 'Đỗ Thị Hà', role: 'officer', password: 'mat-khau-moi-1' };
    expect((await call('POST', '/users', supervisor.token, account)).status).toBe(403);
    const created = await call('POST', '/users', admin.token, account);
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ id: expect.any(String), username: 'canbo09', name: 'Đỗ Thị Hà', role: 'officer', active: true });
    expect((await login(each.hub.url, 'canbo09', 'mat-khau-moi-1')).user).toMatchObject({ name: 'Đỗ Thị Hà', role: 'officer' });
    const again = await call('POST', '/users', admin.token, account);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'conflict', field: 'username' } });
  });

  it('resets a password: the new one signs in, the old one and the old sessions stop working', async () => {
    const admin = await login(each.hub.url, 'admin');
    const officer = await login(each.hub.url, 'canbo01');
    const socket = open('/counter', officer.token);
    await connected(socket);
    const cut = disconnected(socket);
    const r = await call('PATCH', '/users/canbo01', admin.token, { password: 'mot-mat-khau-moi' });
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ username: 'canbo01', active: true });
    expect(await cut).toBe('io server disconnect');
    expect(await loginStatus('canbo01', TEST_PASSWORD)).toBe(401);
    expect(await loginStatus('canbo01', 'mot-mat-khau-moi')).toBe(200);
    const stale = await call('GET', '/reports/day', officer.token);
    expect(stale.status).toBe(401);
    expect(await stale.json()).toMatchObject({ error: { code: 'session_expired' } });
  });

  it('deactivates and re-activates an account, and changes its role and name', async () => {
    const admin = await login(each.hub.url, 'admin');
    expect(await (await call('PATCH', '/users/canbo02', admin.token, { active: false })).json()).toMatchObject({ active: false });
    expect(await loginStatus('canbo02', TEST_PASSWORD)).toBe(401);
    expect(await (await call('PATCH', '/users/canbo02', admin.token, { active: true })).json()).toMatchObject({ active: true });
    expect(await loginStatus('canbo02', TEST_PASSWORD)).toBe(200);

    const promoted = await call('PATCH', '/users/canbo02', admin.token, { role: 'supervisor', name: 'Trần Thị Bình (giám sát)' });
    expect(await promoted.json()).toMatchObject({ username: 'canbo02', role: 'supervisor', name: 'Trần Thị Bình (giám sát)' });
    const { token, user } = await login(each.hub.url, 'canbo02');
    expect(user).toMatchObject({ role: 'supervisor', name: 'Trần Thị Bình (giám sát)' });
    await connected(open('/admin', token));
  });

  it('refuses unknown accounts, non-admins, bad bodies, and demoting the last admin', async () => {
    const admin = await login(each.hub.url, 'admin');
    const supervisor = await login(each.hub.url, 'giamsat');
    const unknown = await call('PATCH', '/users/khong-co', admin.token, { active: false });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found', field: 'username' } });
    const notAdmin = await call('PATCH', '/users/canbo01', supervisor.token, { active: false });
    expect(notAdmin.status).toBe(403);
    expect(await notAdmin.json()).toMatchObject({ error: { code: 'forbidden' } });
    for (const body of [{}, { active: 'no' }, { role: 'root' }, { password: 'short' }, { name: '' }, { username: 'other' }]) {
      const bad = await call('PATCH', '/users/canbo01', admin.token, body);
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { code: 'invalid_payload' } });
    }
    const last = await call('PATCH', '/users/admin', admin.token, { role: 'officer' });
    expect(last.status).toBe(409);
    expect(await last.json()).toMatchObject({ error: { code: 'conflict', field: 'role' } });
    expect(await loginStatus('canbo01', TEST_PASSWORD)).toBe(200);
    expect(await loginStatus('admin', TEST_PASSWORD)).toBe(200);
  });
});

describe('devices', () => {
  it('re-enrolling an id gives it the new role, name and token; the old token stops working', async () => {
    const admin = await login(each.hub.url, 'admin');
    const old = open('/kiosk', TEST_TOKENS.kiosk2);
    await connected(old);
    const cut = disconnected(old);
    const r = await call('POST', '/devices', admin.token, { id: 'kiosk-2', name: 'Màn hình tầng 2', role: 'display' });
    expect(r.status).toBe(200);
    const { token, ...rest } = (await r.json()) as { token: string };
    expect(rest).toEqual({ id: 'kiosk-2', name: 'Màn hình tầng 2', role: 'display' });
    expect(await cut).toBe('io server disconnect');

    const listed = (await (await call('GET', '/devices', admin.token)).json()) as EnrolledDevice[];
    expect(listed.find((d) => d.id === 'kiosk-2')).toMatchObject({ name: 'Màn hình tầng 2', role: 'display' });
    await connected(open('/display', token));
    await expect(connected(open('/kiosk', token))).rejects.toMatchObject({ data: { code: 'forbidden' } });
    await expect(connected(open('/kiosk', TEST_TOKENS.kiosk2))).rejects.toMatchObject({ data: { code: 'unauthenticated' } });
  });

  it('revokes a device: it leaves the list, its socket is cut, and its token is refused', async () => {
    const admin = await login(each.hub.url, 'admin');
    const kiosk = open('/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    const cut = disconnected(kiosk);
    const r = await call('DELETE', '/devices/kiosk-1', admin.token);
    expect(r.status).toBe(204);
    expect(await cut).toBe('io server disconnect');
    const listed = (await (await call('GET', '/devices', admin.token)).json()) as EnrolledDevice[];
    expect(listed.map((d) => d.id)).not.toContain('kiosk-1');
    const issue = await call('POST', '/tickets', TEST_TOKENS.kiosk, { service: 'DKKD' });
    expect(issue.status).toBe(401);
    await expect(connected(open('/kiosk', TEST_TOKENS.kiosk))).rejects.toMatchObject({ data: { code: 'unauthenticated' } });

    // Enrolling it again brings it back with a new token.
    const again = await call('POST', '/devices', admin.token, { id: 'kiosk-1', name: 'Kiosk sảnh', role: 'kiosk' });
    const { token } = (await again.json()) as { token: string };
    const back = open('/kiosk', token);
    await connected(back);
    expect(await command(back, 'ticket:issue', { commandId: cid(), service: 'DKKD' })).toMatchObject({ ok: true });
  });

  it('refuses revoking an unknown device, a malformed id, and non-admins', async () => {
    const admin = await login(each.hub.url, 'admin');
    const supervisor = await login(each.hub.url, 'giamsat');
    const unknown = await call('DELETE', '/devices/kiosk-99', admin.token);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found', field: 'id' } });
    expect((await call('DELETE', '/devices/kiosk-1', admin.token)).status).toBe(204);
    expect((await call('DELETE', '/devices/kiosk-1', admin.token)).status).toBe(404);
    const bad = await call('DELETE', `/devices/${'x'.repeat(40)}`, admin.token);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_payload', field: 'id' } });
    const notAdmin = await call('DELETE', '/devices/display-1', supervisor.token);
    expect(notAdmin.status).toBe(403);
    expect((await call('DELETE', '/devices/display-1', TEST_TOKENS.kiosk2)).status).toBe(403);
    await connected(open('/display', TEST_TOKENS.display));
  });
});
