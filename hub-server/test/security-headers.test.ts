/**
 * Browser security headers on every kind of page the hub serves (issue 15):
 * nosniff, no referrer, a CSP with `frame-ancestors 'none'` and no inline
 * script except by a per-answer nonce (the ticket page) or a hash (the
 * printable slips' print button); and socket.io's default namespace refused.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/core/clock';
import { openDatabase } from '../src/core/db/open';
import { createLogger } from '../src/core/logger';
import { createHub } from '../src/hub';
import {
  APPLICANT,
  cid,
  command,
  createClient,
  DOCUMENTS,
  officerAt,
  dossierHallConfig,
  login,
  MONDAY_9AM,
  openSocket,
  PROC_KHDT,
  registerAt,
  startTestHub,
  TEST_TOKENS,
  testHallConfig,
  type TestHub,
} from '@luot/testing';
import type { Socket } from 'socket.io-client';

const FRIDAY_1550 = Date.parse('2026-11-27T15:50:00+07:00');
let hub: TestHub;
const sockets: Socket[] = [];
beforeAll(async () => {
  hub = await startTestHub({ config: dossierHallConfig(), now: FRIDAY_1550 });
});
afterAll(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
});

/** The policy's directives by name. */
function directives(csp: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (csp ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

/**
 * Checks an answer's headers; for an HTML page, that every inline script is
 * admitted by the page's own nonce. Returns the script-src list.
 */
async function expectSecured(url: string, init: RequestInit = {}): Promise<{ scriptSrc: string[]; body: string }> {
  const r = await fetch(url, { redirect: 'manual', ...init });
  expect(r.status, url).toBeLessThan(400);
  expect(r.headers.get('x-content-type-options'), url).toBe('nosniff');
  expect(r.headers.get('referrer-policy'), url).toBe('no-referrer');
  const csp = directives(r.headers.get('content-security-policy'));
  expect(csp.get('frame-ancestors'), url).toEqual(["'none'"]);
  expect(csp.get('object-src'), url).toEqual(["'none'"]);
  const scriptSrc = csp.get('script-src') ?? [];
  expect(scriptSrc, url).toContain("'self'");
  expect(scriptSrc, url).not.toContain("'unsafe-inline'");
  expect(scriptSrc, url).not.toContain("'unsafe-eval'");
  const body = await r.text();
  if ((r.headers.get('content-type') ?? '').startsWith('text/html')) {
    for (const [, attrs] of body.matchAll(/<script([^>]*)>/g)) {
      if (/\ssrc=/.test(attrs ?? '')) continue;
      const nonce = /nonce="([^"]+)"/.exec(attrs ?? '')?.[1];
      expect(nonce, `${url}: an inline script without a nonce`).toBeDefined();
      expect(scriptSrc, url).toContain(`'nonce-${nonce}'`);
    }
  }
  return { scriptSrc, body };
}

describe('security headers', () => {
  it('are on the built apps, their assets, the hub pages and the API', async () => {
    for (const path of ['/kiosk/', '/counter/', '/admin/', '/display/', '/d/', '/api/docs', '/api/docs/assets/init.js', '/api/v1/hall', '/healthz']) {
      const { scriptSrc } = await expectSecured(`${hub.url}${path}`);
      // No page but the ticket page and the slips allows any inline script.
      expect(scriptSrc, path).toEqual(["'self'"]);
    }
    const { body } = await expectSecured(`${hub.url}/display/`);
    const asset = /src="([^"]+\.js)"/.exec(body)?.[1];
    if (asset !== undefined) await expectSecured(new URL(asset, `${hub.url}/display/`).toString());
  });

  it('give the ticket page a fresh nonce for its one inline script', async () => {
    const first = await expectSecured(`${hub.url}/t/019ab0b1-2c3d-7e4f-8a9b-0c1d2e3f4a5b`);
    const second = await expectSecured(`${hub.url}/t/019ab0b1-2c3d-7e4f-8a9b-0c1d2e3f4a5b`);
    const nonceOf = (s: string[]) => s.find((v) => v.startsWith("'nonce-"));
    expect(nonceOf(first.scriptSrc)).toBeDefined();
    expect(nonceOf(first.scriptSrc)).not.toBe(nonceOf(second.scriptSrc));
    expect(first.body).toMatch(/<script nonce="[^"]+">/);
  });

  it('admit only the print button\'s handler on the printable slips, by its hash', async () => {
    const kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
    const reg = await registerAt(kiosk, PROC_KHDT);
    // Called and received at counter 1, so it has a receipt.
    const counter = await officerAt(hub, sockets, 'canbo01', 1);
    expect((await command(counter, 'counter:call-next', { commandId: cid() })).ok).toBe(true);
    const received = await command(counter, 'dossier:receive', { commandId: cid(), dossier: reg.dossierId, applicant: APPLICANT, documents: DOCUMENTS });
    expect(received.ok).toBe(true);
    const { token } = await login(hub.url, 'canbo01');
    const hash = `'sha256-${createHash('sha256').update('window.print()').digest('base64')}'`;
    for (const page of ['receipt', 'notice']) {
      const url = `${hub.url}/api/v1/dossiers/${reg.dossierId}/${page}.html`;
      const r = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      if (page === 'notice' && r.status !== 200) continue; // a notice exists only for a refused or incomplete dossier
      expect(r.status, page).toBe(200);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      const scriptSrc = directives(r.headers.get('content-security-policy')).get('script-src');
      expect(scriptSrc, page).toEqual(["'self'", "'unsafe-hashes'", hash]);
      expect(await r.text()).toContain('onclick="window.print()"');
    }
  });

  it('are on the printed gallery and its sign-in form', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luot-headers-'));
    mkdirSync(join(dir, 'printed'));
    const db = openDatabase(join(dir, 'luot.sqlite'));
    const own = await createHub({ db, clock: new ManualClock(MONDAY_9AM), config: testHallConfig(), logger: createLogger('silent'), serveApps: false, printedDir: join(dir, 'printed'), demo: true });
    try {
      const url = `http://127.0.0.1:${await own.listen(0, '127.0.0.1')}`;
      const r = await fetch(`${url}/printed/`);
      expect(r.status).toBe(401); // the sign-in page
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(directives(r.headers.get('content-security-policy')).get('frame-ancestors')).toEqual(["'none'"]);
      expect(directives(r.headers.get('content-security-policy')).get('form-action')).toEqual(["'self'"]);
    } finally {
      await own.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the default socket.io namespace', () => {
  it('refuses every connection, with or without a token', async () => {
    for (const token of [undefined, TEST_TOKENS.kiosk]) {
      const s = createClient(hub.url, '/', token);
      sockets.push(s);
      const error = await new Promise<Error & { data?: unknown }>((resolve) => s.once('connect_error', resolve));
      expect(error.data).toMatchObject({ code: 'forbidden', message: { en: 'The default namespace takes no connections: connect to /kiosk, /counter, /display or /admin.' } });
      expect(s.connected).toBe(false);
    }
  });
});
