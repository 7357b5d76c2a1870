/**
 * The virtual printer's gallery shows receipt slips (ID numbers, addresses):
 * supervisors and admins only, by bearer token, by the admin screens'
 * `?token=` link (turned into a cookie), or by signing in on the page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/core/clock';
import { openDatabase, type Db } from '../src/core/db/open';
import { createHub, type Hub } from '../src/hub';
import { createLogger } from '../src/core/logger';
import { login } from '@luot/testing';
import { MONDAY_9AM } from '@luot/testing';
import { TEST_PASSWORD, TEST_TOKENS, testHallConfig } from '@luot/testing';

const dir = mkdtempSync(join(tmpdir(), 'luot-printed-'));
const printed = join(dir, 'virtual-printer');
const PNG = Buffer.from('\x89PNG\r\n\x1a\n-a receipt slip-', 'binary');
let hub: Hub;
let db: Db;
let url: string;

beforeAll(async () => {
  mkdirSync(printed);
  writeFileSync(join(printed, 'job-0001.png'), PNG);
  db = openDatabase(join(dir, 'luot.sqlite'));
  hub = await createHub({ db, clock: new ManualClock(MONDAY_9AM), config: testHallConfig(), logger: createLogger('silent'), serveApps: false, printedDir: printed, demo: true });
  url = `http://127.0.0.1:${await hub.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  await hub.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${url}${path}`, { headers, redirect: 'manual' });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const signIn = (username: string, password: string) =>
  fetch(`${url}/printed/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
    redirect: 'manual',
  });
/** The `name=value` part of a Set-Cookie header, to send back as a Cookie header. */
const cookieOf = (r: Response) => (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe('the printed gallery', () => {
  it('refuses without a token (401) and offers a sign-in form; the images too', async () => {
    const page = await get('/printed/');
    expect(page.status).toBe(401);
    const body = await page.text();
    expect(body).toContain('action="/printed/sign-in"');
    expect(body).toContain('Cần đăng nhập');
    expect(body).not.toContain('job-0001.png');
    expect((await get('/printed/job-0001.png')).status).toBe(401);
    expect((await get('/printed/', { cookie: 'luot_printed=not-a-real-token' })).status).toBe(401);
    expect((await get('/printed/?token=not-a-real-token')).status).toBe(401);
  });

  it('refuses a kiosk device or an officer (403)', async () => {
    const officer = await login(url, 'canbo01');
    for (const token of [TEST_TOKENS.kiosk, TEST_TOKENS.display, officer.token]) {
      const page = await get('/printed/', bearer(token));
      expect(page.status).toBe(403);
      expect(await page.text()).toContain('Chỉ giám sát viên hoặc quản trị viên được xem phiếu đã in.');
      expect((await get('/printed/job-0001.png', bearer(token))).status).toBe(403);
      expect((await get(`/printed/?token=${token}`)).status).toBe(403);
    }
    const officerForm = await signIn('canbo01', TEST_PASSWORD);
    expect(officerForm.status).toBe(403);
    expect(officerForm.headers.get('set-cookie')).toBeNull();
  });

  it('shows the printed jobs to an admin or a supervisor by bearer token (200)', async () => {
    for (const username of ['admin', 'giamsat']) {
      const { token } = await login(url, username);
      const page = await get('/printed/', bearer(token));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<img src="/printed/job-0001.png"');
      const image = await get('/printed/job-0001.png', bearer(token));
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await image.arrayBuffer()).equals(PNG)).toBe(true);
    }
  });

  it("turns the admin screens' ?token= link into a cookie for /printed and drops the token from the address", async () => {
    const { token } = await login(url, 'admin');
    const link = await get(`/printed/?token=${encodeURIComponent(token)}`);
    expect(link.status).toBe(303);
    expect(link.headers.get('location')).toBe('/printed/');
    const setCookie = link.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^luot_printed=[^;]+; Path=\/printed; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    const cookie = { cookie: cookieOf(link) };
    expect((await get('/printed/', cookie)).status).toBe(200);
    expect((await get('/printed/job-0001.png', cookie)).status).toBe(200);
  });

  it('signs a supervisor in from the form, and refuses a wrong password', async () => {
    const wrong = await signIn('giamsat', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('Sai tên đăng nhập hoặc mật khẩu.');
    const ok = await signIn('giamsat', TEST_PASSWORD);
    expect(ok.status).toBe(303);
    expect((await get('/printed/', { cookie: cookieOf(ok) })).status).toBe(200);
  });

  it('answers an unknown or unsafe image name with 404 even for an admin', async () => {
    const { token } = await login(url, 'admin');
    expect((await get('/printed/nope.png', bearer(token))).status).toBe(404);
    expect((await get('/printed/..%2Fluot.sqlite', bearer(token))).status).toBe(404);
  });
});
