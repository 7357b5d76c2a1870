/**
 * Wrong bearer tokens are throttled like sign-ins (issue 15): 10 from one
 * address, on socket handshakes of any namespace or on HTTP, lock that address
 * out for a minute (doubling, capped) with `too_many_attempts`, even for a
 * good token; the lockout is written to the audit log and ends by itself; a
 * good token from another address is unaffected.
 */
import { request } from 'node:http';
import { io as connect } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_TOKENS, createClient, connected, login, testHallConfig, startTestHub, type TestHub } from '@luot/testing';

const MINUTE = 60_000;
let hub: TestHub;
const closers: (() => void)[] = [];
beforeEach(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
});
afterEach(async () => {
  for (const close of closers.splice(0)) close();
  await hub.close();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const devices = (token: string) => fetch(`${hub.url}/api/v1/devices/printer`, { method: 'POST', headers: { ...bearer(token), 'content-type': 'application/json' }, body: '{}' });
const users = (token: string) => fetch(`${hub.url}/api/v1/users`, { headers: bearer(token) });

/** GET from another loopback address (127.0.0.2), as another machine of the hall would. */
function getFromOtherAddress(path: string, token: string): Promise<number> {
  const { port } = new URL(hub.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, localAddress: '127.0.0.2', headers: bearer(token) }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The handshake's refusal code, or 'connected'. */
async function handshake(nsp: string, token: string, localAddress?: string): Promise<string> {
  const socket = localAddress
    ? connect(`${hub.url}${nsp}`, { auth: { token }, transports: ['websocket'], forceNew: true, reconnection: false, localAddress } as Parameters<typeof connect>[1])
    : createClient(hub.url, nsp, token);
  closers.push(() => socket.disconnect());
  try {
    await connected(socket);
    return 'connected';
  } catch (e) {
    return (e as { data?: { code?: string } }).data?.code ?? 'network';
  }
}

const lockouts = () => hub.db.prepare("SELECT actor, action, address, detail FROM audit_log WHERE action = 'token-locked'").all() as { address: string; detail: string }[];

describe('wrong bearer tokens', () => {
  it('lock the address out after 10 on HTTP, good tokens too, until the lockout ends; another address is unaffected', async () => {
    const admin = await login(hub.url, 'admin');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await users(`guessed-token-${i}`)).status);
    expect(statuses).toEqual(Array(10).fill(401));
    expect(lockouts()).toHaveLength(1);
    expect(lockouts()[0]!.address).toMatch(/127\.0\.0\.1$/);

    const refused = await users(admin.token);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({
      error: {
        code: 'too_many_attempts',
        message: { vi: 'Máy này đã dùng mã thiết bị sai quá nhiều lần. Vui lòng thử lại sau 1 phút.', en: 'Too many wrong device tokens from this machine. Please try again in 1 minute.' },
      },
    });
    expect(await handshake('/kiosk', TEST_TOKENS.kiosk)).toBe('too_many_attempts');

    // Another machine with a good token is not touched.
    expect(await getFromOtherAddress('/api/v1/users', admin.token)).toBe(200);
    expect(await handshake('/kiosk', TEST_TOKENS.kiosk, '127.0.0.2')).toBe('connected');

    hub.clock.advance(MINUTE);
    expect((await users(admin.token)).status).toBe(200);
    expect(await handshake('/kiosk', TEST_TOKENS.kiosk)).toBe('connected');
    // The next lockout of the same address lasts twice as long.
    for (let i = 0; i < 10; i++) await devices(`guessed-again-${i}`);
    hub.clock.advance(MINUTE);
    expect((await users(admin.token)).status).toBe(429);
    hub.clock.advance(MINUTE);
    expect((await users(admin.token)).status).toBe(200);
    expect(lockouts()).toHaveLength(2);
  });

  it('are counted on the handshake of every namespace; no token and an expired session are not', async () => {
    for (let i = 0; i < 30; i++) expect((await fetch(`${hub.url}/api/v1/users`)).status).toBe(401);
    const session = await login(hub.url, 'canbo01');
    hub.clock.advance(13 * 60 * MINUTE);
    for (let i = 0; i < 12; i++) expect(await handshake('/counter', session.token)).toBe('session_expired');
    const fresh = await login(hub.url, 'canbo02');
    expect(await handshake('/counter', fresh.token)).toBe('connected');

    const results: string[] = [];
    for (const nsp of ['/kiosk', '/display', '/counter', '/admin', '/kiosk', '/display', '/counter', '/admin', '/kiosk', '/display']) {
      results.push(await handshake(nsp, `guessed-token-${nsp}-${results.length}`));
    }
    expect(results).toEqual(Array(10).fill('unauthenticated'));
    expect(await handshake('/display', TEST_TOKENS.display)).toBe('too_many_attempts');
    expect((await users(fresh.token)).status).toBe(429);
    expect(lockouts()).toHaveLength(1);
  });
});
