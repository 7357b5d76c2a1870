/**
 * Brute-force protection of staff sign-in (issue 15): per username and per
 * address, a lockout that ends by itself, 429 + Retry-After with a Vietnamese
 * message, the same on the /printed/ form, and every attempt in the audit log.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/core/clock';
import { openDatabase } from '../src/core/db/open';
import { createLogger } from '../src/core/logger';
import { createHub } from '../src/hub';
import { MONDAY_9AM, TEST_PASSWORD, testHallConfig, startTestHub, type TestHub } from '@luot/testing';

const MINUTE = 60_000;
let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
});
afterEach(async () => {
  await hub.close();
});

const signIn = (username: string, password: string) =>
  fetch(`${hub.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

interface AuditRow { actor: string; action: string; subject: string | null; address: string | null; detail: string | null }
/** The sign-in side of the audit log (each start also records its config, `config-loaded`). */
const audit = () => hub.db.prepare("SELECT actor, action, subject, address, detail FROM audit_log WHERE action != 'config-loaded' ORDER BY id").all() as AuditRow[];

describe('sign-in throttling', () => {
  it('refuses 20 wrong passwords then the right one until the lockout ends, then lets the officer in', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await signIn('canbo01', `wrong-${i}`)).status);
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(15).fill(429)]);

    const refused = await signIn('canbo01', TEST_PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(await refused.json()).toEqual({
      error: {
        code: 'too_many_attempts',
        message: { vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 1 phút.', en: 'Too many failed sign-ins. Please try again in 1 minute.' },
      },
    });
    hub.clock.advance(MINUTE - 1000);
    const later = await signIn('canbo01', TEST_PASSWORD);
    expect(later.status).toBe(429);
    expect(later.headers.get('retry-after')).toBe('1');

    hub.clock.advance(1000);
    expect((await signIn('canbo01', TEST_PASSWORD)).status).toBe(200);
    // Another officer was never affected.
    expect((await signIn('canbo02', TEST_PASSWORD)).status).toBe(200);
  });

  it('doubles the next lockout of the same username', async () => {
    for (let i = 0; i < 5; i++) await signIn('canbo01', 'wrong');
    hub.clock.advance(MINUTE);
    for (let i = 0; i < 5; i++) await signIn('canbo01', 'wrong');
    const refused = await signIn('canbo01', TEST_PASSWORD);
    expect(refused.headers.get('retry-after')).toBe('120');
  });

  it('never slows a real officer: a successful sign-in resets the count', async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) expect((await signIn('canbo01', 'wrong')).status).toBe(401);
      expect((await signIn('canbo01', TEST_PASSWORD)).status).toBe(200);
    }
  });

  it('locks an address that tries many usernames (password spraying)', async () => {
    const names = ['canbo01', 'canbo02', 'canbo03', 'giamsat', 'admin', 'a1', 'a2', 'a3', 'a4', 'a5'];
    for (const name of names) expect((await signIn(name, 'wrong')).status).toBe(401);
    // No username has failed 5 times, but this machine has failed 10.
    expect((await signIn('canbo02', TEST_PASSWORD)).status).toBe(429);
    hub.clock.advance(MINUTE);
    expect((await signIn('canbo02', TEST_PASSWORD)).status).toBe(200);
  });

  it('writes every sign-in, failure, lockout and refusal to the audit log, with the address and never the password', async () => {
    for (let i = 0; i < 5; i++) await signIn('CanBo01', `secret-guess-${i}`);
    await signIn('canbo01', TEST_PASSWORD);
    hub.clock.advance(MINUTE);
    const ok = await signIn('canbo01', TEST_PASSWORD);
    const { token } = (await ok.json()) as { token: string };
    await fetch(`${hub.url}/api/v1/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });

    const rows = audit();
    expect(rows.map((r) => r.action)).toEqual([
      ...Array(5).fill('sign-in-failed'),
      'sign-in-locked',
      'sign-in-refused',
      'sign-in',
      'sign-out',
    ]);
    expect(rows.every((r) => r.subject === 'canbo01' && r.address === '127.0.0.1')).toBe(true);
    expect(rows.slice(0, 7).every((r) => r.actor === 'anonymous')).toBe(true);
    expect(rows.slice(7).every((r) => r.actor === 'user:canbo01')).toBe(true);
    expect(JSON.parse(rows[6]?.detail ?? '{}')).toEqual({ retryAfterSeconds: 60 });
    const text = JSON.stringify(rows);
    expect(text).not.toContain('secret-guess');
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain(token);
    // Append-only.
    expect(() => hub.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => hub.db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
  });
});

describe('the /printed/ sign-in form', () => {
  it('is throttled like the API: a locked supervisor sees the Vietnamese message and Retry-After', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luot-printed-throttle-'));
    mkdirSync(join(dir, 'printed'));
    const db = openDatabase(join(dir, 'luot.sqlite'));
    const clock = new ManualClock(MONDAY_9AM);
    const own = await createHub({ db, clock, config: testHallConfig(), logger: createLogger('silent'), serveApps: false, printedDir: join(dir, 'printed'), demo: true });
    try {
      const url = `http://127.0.0.1:${await own.listen(0, '127.0.0.1')}`;
      const form = (password: string) =>
        fetch(`${url}/printed/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ username: 'giamsat', password }).toString(),
          redirect: 'manual',
        });
      for (let i = 0; i < 5; i++) expect((await form('wrong')).status).toBe(401);
      const refused = await form(TEST_PASSWORD);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('60');
      expect(await refused.text()).toContain('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 1 phút.');
      clock.advance(MINUTE);
      expect((await form(TEST_PASSWORD)).status).toBe(303);
      const actions = (db.prepare("SELECT action FROM audit_log WHERE action != 'config-loaded' ORDER BY id").all() as { action: string }[]).map((r) => r.action);
      expect(actions).toEqual([...Array(5).fill('sign-in-failed'), 'sign-in-locked', 'sign-in-refused', 'sign-in']);
    } finally {
      await own.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
