/** The admin can always sign in: LUOT_ADMIN_PASSWORD, the config's password, or a random one printed once. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/core/clock';
import type { HallConfig } from '../src/core/config/hall-config-schema';
import { openDatabase, type Db } from '../src/core/db/open';
import { createHub, type Hub } from '../src/hub';
import { createLogger } from '../src/core/logger';
import { TEST_PASSWORD, testHallConfig } from '@luot/testing';
import { MONDAY_9AM } from '@luot/testing';

const dirs: string[] = [];
const running: { hub: Hub; db: Db }[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) {
    await r.hub.close();
    r.db.close();
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const newDataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'luot-admin-'));
  dirs.push(dir);
  return dir;
};

/** Starts a hub on port 0; returns it with a login function against it. */
async function start(dataDir: string, config: HallConfig, adminPassword?: string) {
  const db = openDatabase(join(dataDir, 'luot.sqlite'));
  const hub = await createHub({
    db, clock: new ManualClock(MONDAY_9AM), config, logger: createLogger('silent'), serveApps: false,
    ...(adminPassword !== undefined ? { adminPassword } : {}),
  });
  running.push({ hub, db });
  const port = await hub.listen(0, '127.0.0.1');
  const loginStatus = async (username: string, password: string) =>
    (await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
    })).status;
  return { hub, db, loginStatus };
}

async function stop(h: { hub: Hub; db: Db }) {
  running.splice(running.findIndex((r) => r.hub === h.hub), 1);
  await h.hub.close();
  h.db.close();
}

/** A hall whose config lists `admin` without a password (as a real hall's file does). */
const noAdminPassword = () =>
  testHallConfig({
    staff: [
      { username: 'admin', name: 'Quản trị', role: 'admin' },
      { username: 'canbo01', name: 'Nguyễn Văn An', role: 'officer', password: TEST_PASSWORD },
    ],
  });

describe('the admin password on first start', () => {
  it('is made at random when the config lists admin without one and none is set, and it signs in', async () => {
    const h = await start(newDataDir(), noAdminPassword());
    const password = h.hub.generatedAdminPassword;
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await h.loginStatus('admin', password!)).toBe(200);
  });

  it('is LUOT_ADMIN_PASSWORD when set (nothing printed), over the config file', async () => {
    const listed = await start(newDataDir(), noAdminPassword(), 'from-the-env-1');
    expect(listed.hub.generatedAdminPassword).toBeNull();
    expect(await listed.loginStatus('admin', 'from-the-env-1')).toBe(200);

    const withConfigPassword = await start(newDataDir(), testHallConfig(), 'from-the-env-2');
    expect(withConfigPassword.hub.generatedAdminPassword).toBeNull();
    expect(await withConfigPassword.loginStatus('admin', 'from-the-env-2')).toBe(200);
    expect(await withConfigPassword.loginStatus('admin', TEST_PASSWORD)).toBe(401);
  });

  it('is made when the config has no admin at all', async () => {
    const h = await start(newDataDir(), testHallConfig({ staff: [] }));
    expect(await h.loginStatus('admin', h.hub.generatedAdminPassword!)).toBe(200);
  });

  it('repairs an admin an earlier start left without a password, and is printed only once', async () => {
    const dir = newDataDir();
    const first = await start(dir, noAdminPassword());
    first.db.prepare("UPDATE users SET password_hash = NULL WHERE username = 'admin'").run();
    await stop(first);

    const repaired = await start(dir, noAdminPassword());
    const password = repaired.hub.generatedAdminPassword;
    expect(password).not.toBeNull();
    expect(await repaired.loginStatus('admin', password!)).toBe(200);
    await stop(repaired);

    const later = await start(dir, noAdminPassword());
    expect(later.hub.generatedAdminPassword).toBeNull();
    expect(await later.loginStatus('admin', password!)).toBe(200);
  });
});
