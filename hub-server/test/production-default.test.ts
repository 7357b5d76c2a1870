/**
 * Production is the default, the demo explicit (issue 15): a real hall's
 * config-given passwords must be changed before any other work; the demo
 * says DEMO on every page; a database made for one mode refuses the other.
 * (A hub process with neither a config nor LUOT_DEMO refuses to start: main-cli.test.ts.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createClient, DEMO_PASSWORD_OF, login, MONDAY_9AM, startTestHub, TEST_PASSWORD, testHallConfig, type TestHub } from '@luot/testing';
import type { LuotError } from '@luot/protocol';
import { HallModeError } from '../src/auth/hall-mode';
import { ManualClock } from '../src/core/clock';
import { DEMO_HALL_CONFIG_PATH, loadHallConfig } from '../src/core/config/load-hall-config';
import { openDatabase } from '../src/core/db/open';
import { createLogger } from '../src/core/logger';
import { createHub } from '../src/hub';

const hubs: TestHub[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.close();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function hall(options: Parameters<typeof startTestHub>[0]): Promise<TestHub> {
  const hub = await startTestHub(options);
  hubs.push(hub);
  return hub;
}

const get = (hub: TestHub, path: string, token: string) => fetch(`${hub.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
const post = (hub: TestHub, path: string, token: string, body: unknown) =>
  fetch(`${hub.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('a real hall (no demo flag)', () => {
  it('makes an account whose password came from the config change it before anything else', async () => {
    const hub = await hall({ demo: false, config: testHallConfig() });
    const first = await login(hub.url, 'giamsat');
    expect(first.mustChangePassword).toBe(true);
    // Every other route and every namespace refuses the session with the typed error.
    const users = await get(hub, '/api/v1/users', first.token);
    expect(users.status).toBe(403);
    expect(((await users.json()) as { error: LuotError }).error.code).toBe('password_change_required');
    const socket = createClient(hub.url, '/admin', first.token);
    const refused = await new Promise<{ data?: LuotError }>((resolve) => socket.once('connect_error', resolve));
    socket.disconnect();
    expect(refused.data?.code).toBe('password_change_required');

    // A wrong current password, or the same one again, changes nothing.
    const wrong = await post(hub, '/api/v1/auth/password', first.token, { currentPassword: 'not-it-at-all', newPassword: 'mat-khau-moi-2026' });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: LuotError }).error).toMatchObject({ code: 'bad_credentials', field: 'currentPassword' });
    const same = await post(hub, '/api/v1/auth/password', first.token, { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD });
    expect(same.status).toBe(400);
    expect((await get(hub, '/api/v1/users', first.token)).status).toBe(403);

    const changed = await post(hub, '/api/v1/auth/password', first.token, { currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-moi-2026' });
    expect(changed.status).toBe(204);
    // The same session now works; the config's password no longer signs in; the new one does, with no demand.
    expect((await get(hub, '/api/v1/users', first.token)).status).toBe(200);
    await expect(login(hub.url, 'giamsat')).rejects.toThrow(/401/);
    expect((await login(hub.url, 'giamsat', 'mat-khau-moi-2026')).mustChangePassword).toBe(false);
    const audit = hub.db.prepare<[], { action: string; subject: string }>("SELECT action, subject FROM audit_log WHERE action = 'password-changed'").all();
    expect(audit).toEqual([{ action: 'password-changed', subject: 'giamsat' }]);
  });

  it('started with the demo hall’s config, accepts its published password for nothing but changing it', async () => {
    const hub = await hall({ demo: false, config: loadHallConfig(DEMO_HALL_CONFIG_PATH) });
    const admin = await login(hub.url, 'admin', DEMO_PASSWORD_OF.admin);
    expect(admin.mustChangePassword).toBe(true);
    const report = await get(hub, '/api/v1/users', admin.token);
    expect(((await report.json()) as { error: LuotError }).error.code).toBe('password_change_required');
    // Signing out stays possible.
    expect((await post(hub, '/api/v1/auth/logout', admin.token, {})).status).toBe(204);
  });

  it('shows no DEMO band on its pages', async () => {
    const hub = await hall({ demo: false, serveApps: false });
    expect(await (await fetch(`${hub.url}/d/`)).text()).not.toContain('data-luot-demo');
  });
});

describe('the demo hall (asked for)', () => {
  it('keeps the published passwords as they are and says DEMO on every page it serves', async () => {
    const hub = await hall({ demo: true, config: testHallConfig(), serveApps: false });
    expect((await login(hub.url, 'giamsat')).mustChangePassword).toBe(false);
    const page = await (await fetch(`${hub.url}/d/`)).text();
    expect(page).toContain('data-luot-demo');
    expect(page).toContain('DEMO — Hệ thống trình diễn');
    expect(page.indexOf('data-luot-demo')).toBeGreaterThan(page.indexOf('<body'));
  });
});

describe('a database keeps the mode it was made for', () => {
  const start = (dir: string, demo: boolean) =>
    createHub({ db: openDatabase(join(dir, 'luot.sqlite')), clock: new ManualClock(MONDAY_9AM), config: testHallConfig(), logger: createLogger('silent'), serveApps: false, demo });

  it('a demo database refuses to run as a real hall, and a real hall’s refuses the demo', async () => {
    const demoDir = mkdtempSync(join(tmpdir(), 'luot-mode-'));
    const hallDir = mkdtempSync(join(tmpdir(), 'luot-mode-'));
    dirs.push(demoDir, hallDir);
    await (await start(demoDir, true)).close();
    await (await start(hallDir, false)).close();
    await expect(start(demoDir, false)).rejects.toThrow(HallModeError);
    await expect(start(demoDir, false)).rejects.toThrow(/hội trường trình diễn[\s\S]*the demo hall/);
    await expect(start(hallDir, true)).rejects.toThrow(HallModeError);
    // Started again in its own mode, each runs.
    await (await start(demoDir, true)).close();
    await (await start(hallDir, false)).close();
  });

  it('a database from before the marker that holds the demo’s published device tokens counts as the demo’s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luot-mode-'));
    dirs.push(dir);
    const demoConfig = loadHallConfig(DEMO_HALL_CONFIG_PATH);
    const first = await createHub({ db: openDatabase(join(dir, 'luot.sqlite')), clock: new ManualClock(MONDAY_9AM), config: demoConfig, logger: createLogger('silent'), serveApps: false, demo: true });
    await first.close();
    const db = openDatabase(join(dir, 'luot.sqlite'));
    db.exec('DELETE FROM hall_mode'); // as a database made before migration 0100
    db.close();
    await expect(start(dir, false)).rejects.toThrow(HallModeError);
  });
});
