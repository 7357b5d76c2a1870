/**
 * The hub over TLS (issue 15): given a certificate and key it serves HTTPS
 * and WSS, sends HSTS, marks its session cookie Secure; the self-signed
 * certificate it makes for a closed LAN is kept, so its fingerprint stays.
 */
import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import type { HallSnapshot } from '@luot/protocol';
import { MONDAY_9AM, startTestHub, TEST_PASSWORD, TEST_TOKENS, testCertificate, testHallConfig, type TestHub } from '@luot/testing';
import { ManualClock } from '../src/core/clock';
import { openDatabase } from '../src/core/db/open';
import { createLogger } from '../src/core/logger';
import { createHub } from '../src/hub';
import { selfSignedCertificate } from '../src/core/transport/hub-certificate';
import { HSTS } from '../src/core/transport/security-headers';

let hub: TestHub;
let ca: string;
const dir = mkdtempSync(join(tmpdir(), 'luot-tls-test-'));
beforeAll(async () => {
  const certificate = await testCertificate();
  ca = certificate.cert;
  const printed = join(dir, 'printed');
  mkdirSync(printed);
  hub = await startTestHub({ config: testHallConfig(), serveApps: false, tls: { cert: certificate.cert, key: certificate.key } });
});
afterAll(async () => {
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An HTTPS request that trusts only the test certificate. */
function https(path: string, init: { method?: string; body?: string; form?: boolean } = {}, base = hub.url): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const type = init.form ? 'application/x-www-form-urlencoded' : 'application/json';
    const req = request(`${base}${path}`, { method: init.method ?? 'GET', ca, headers: init.body ? { 'content-type': type } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('a hub given a certificate', () => {
  it('serves HTTPS with HSTS', async () => {
    expect(hub.url.startsWith('https://')).toBe(true);
    const r = await https('/healthz');
    expect(r.status).toBe(200);
    expect(r.headers['strict-transport-security']).toBe(HSTS);
    const signedIn = await https('/api/v1/auth/login', { method: 'POST', body: JSON.stringify({ username: 'canbo01', password: TEST_PASSWORD }) });
    expect(signedIn.status).toBe(200);
  });

  it('refuses plain HTTP on its port', async () => {
    await expect(fetch(hub.url.replace('https:', 'http:') + '/healthz')).rejects.toThrow();
  });

  it('serves socket.io over WSS', async () => {
    const socket = connect(`${hub.url}/kiosk`, { auth: { token: TEST_TOKENS.kiosk }, transports: ['websocket'], forceNew: true, reconnection: false, ca });
    const snapshot = await new Promise<HallSnapshot>((resolve, reject) => {
      socket.once('hall:snapshot', resolve);
      socket.once('connect_error', reject);
    });
    socket.disconnect();
    expect(snapshot.services.length).toBeGreaterThan(0);
  });

  it('marks the session cookie of the printed-slips page Secure', async () => {
    const certificate = await testCertificate();
    const db = openDatabase(join(dir, 'gallery.sqlite'));
    const own = await createHub({ db, clock: new ManualClock(MONDAY_9AM), config: testHallConfig(), logger: createLogger('silent'), serveApps: false, demo: true, printedDir: join(dir, 'printed'), tls: certificate });
    try {
      const port = await own.listen(0, '127.0.0.1');
      const r = await https('/printed/sign-in', { method: 'POST', form: true, body: `username=giamsat&password=${TEST_PASSWORD}` }, `https://127.0.0.1:${port}`);
      expect(r.status).toBe(303);
      expect(String(r.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict; Max-Age=\d+; Secure$/);
    } finally {
      await own.close();
      db.close();
    }
  });
});

describe('a hub on plain HTTP', () => {
  it('sends no HSTS', async () => {
    const plain = await startTestHub({ config: testHallConfig(), serveApps: false });
    try {
      expect((await fetch(`${plain.url}/healthz`)).headers.get('strict-transport-security')).toBeNull();
    } finally {
      await plain.close();
    }
  });
});

describe('the self-signed certificate for a closed LAN', () => {
  it('is made once in its folder, for localhost and loopback, and kept with the same fingerprint', async () => {
    const folder = join(dir, 'self');
    const made = await selfSignedCertificate(folder);
    expect(made.created).toBe(true);
    const x509 = new X509Certificate(made.cert);
    expect(made.fingerprint).toBe(x509.fingerprint256);
    expect(made.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(x509.subjectAltName).toContain('DNS:localhost');
    expect(x509.subjectAltName).toContain('IP Address:127.0.0.1');
    const again = await selfSignedCertificate(folder);
    expect(again).toMatchObject({ created: false, fingerprint: made.fingerprint });
  });
});
