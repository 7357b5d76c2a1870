/**
 * No password hashing on the event loop: scryptSync is made to throw, and
 * the hub still seeds its staff, creates accounts and changes passwords.
 * And a device's authentication writes `last_seen_at` with the next commit,
 * not with an fsync of its own.
 */
import type * as NodeCrypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cid, command, connected, login, socketSet, startTestHub, TEST_TOKENS, testHallConfig, type TestHub } from '@luot/testing';

vi.mock('node:crypto', async (original) => {
  const real = await original<typeof NodeCrypto>();
  const blocked = () => {
    throw new Error('scryptSync on the event loop');
  };
  return { ...real, default: { ...real, scryptSync: blocked }, scryptSync: blocked };
});

let hub: TestHub;
const sockets = socketSet();
beforeEach(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
});
afterEach(async () => {
  sockets.closeAll();
  await hub.close();
});

const call = (method: string, path: string, token: string, body: unknown) =>
  fetch(`${hub.url}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

describe('password hashing', () => {
  it('never runs synchronously: seeding, creating an account and changing a password all work', async () => {
    const admin = await login(hub.url, 'admin');
    const created = await call('POST', '/users', admin.token, { username: 'canbo09', name: 'Đỗ Thị Hoa', role: 'officer', password: 'mat-khau-moi-1' });
    expect(created.status).toBe(201);
    expect(await login(hub.url, 'canbo09', 'mat-khau-moi-1')).toMatchObject({ user: { username: 'canbo09' } });
    const changed = await call('PATCH', '/users/canbo09', admin.token, { password: 'mat-khau-moi-2' });
    expect(changed.status).toBe(200);
    expect(await login(hub.url, 'canbo09', 'mat-khau-moi-2')).toMatchObject({ user: { username: 'canbo09' } });
  });

  it('gives one account and one conflict when two admins create the same username at once', async () => {
    const admin = await login(hub.url, 'admin');
    const body = { username: 'canbo10', name: 'Vũ Văn Khoa', role: 'officer', password: 'mat-khau-moi-1' };
    const statuses = (await Promise.all([call('POST', '/users', admin.token, body), call('POST', '/users', admin.token, body)])).map((r) => r.status);
    expect(statuses.sort()).toEqual([201, 409]);
  });
});

describe("a device's last_seen_at", () => {
  const lastSeen = () =>
    hub.db.prepare<[], { last_seen_at: number | null }>("SELECT last_seen_at FROM devices WHERE id = 'kiosk-1'").get()?.last_seen_at ?? null;

  it('is written with the next commit, not at each authentication', async () => {
    expect(lastSeen()).toBeNull();
    const kiosk = sockets.open(hub.url, '/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    // Authenticated, and no write of its own yet.
    expect(lastSeen()).toBeNull();
    const issued = await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
    expect(issued.ok).toBe(true);
    expect(lastSeen()).toBe(hub.clock.now());
  });
});
