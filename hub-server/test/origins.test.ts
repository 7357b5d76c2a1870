/**
 * The hub answers browsers only from its own pages (issue 15): socket.io no
 * longer reflects any origin, and a foreign Origin on HTTP or a socket
 * handshake gets a typed `forbidden`. Clients that send no Origin (devices,
 * the hub client in Node, integrations) keep working.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { HallSnapshot, LuotError } from '@luot/protocol';
import { startTestHub, TEST_PASSWORD, TEST_TOKENS, testHallConfig, type TestHub } from '@luot/testing';

const DEV_SERVER = 'http://localhost:5173';
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false, allowedOrigins: [DEV_SERVER] });
});
afterAll(() => hub.close());

const open: Socket[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.disconnect();
});

const signIn = (origin?: string) =>
  fetch(`${hub.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
    body: JSON.stringify({ username: 'canbo01', password: TEST_PASSWORD }),
  });

/** A handshake as a browser page at `origin` would make it (polling first, as the hub client does). */
function handshake(origin: string | undefined, transports: ('polling' | 'websocket')[]): Promise<{ ok: true } | { ok: false; error: LuotError | undefined }> {
  const socket = connect(`${hub.url}/kiosk`, {
    auth: { token: TEST_TOKENS.kiosk },
    transports,
    forceNew: true,
    reconnection: false,
    ...(origin ? { extraHeaders: { origin } } : {}),
  });
  open.push(socket);
  return new Promise((resolve) => {
    socket.once('hall:snapshot', (_s: HallSnapshot) => resolve({ ok: true }));
    socket.once('connect_error', (e: Error & { data?: LuotError }) => resolve({ ok: false, error: e.data }));
  });
}

describe('HTTP', () => {
  it('refuses a request from another origin with a typed forbidden, before the route runs', async () => {
    const r = await signIn('http://evil.example');
    expect(r.status).toBe(403);
    const { error } = (await r.json()) as { error: LuotError };
    expect(error.code).toBe('forbidden');
    expect(error.message.vi).toContain('http://evil.example');
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    // Nothing ran: the audit log has no sign-in for it.
    expect(hub.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'sign-in'").get()).toEqual({ n: 0 });
  });

  it('refuses the same host on another scheme, and a file:// or sandboxed page (Origin: null)', async () => {
    expect((await signIn(hub.url.replace('http:', 'https:'))).status).toBe(403);
    expect((await signIn('null')).status).toBe(403);
  });

  it('takes the hub’s own origin, a listed one, and requests without an Origin', async () => {
    expect((await signIn(hub.url)).status).toBe(200);
    expect((await signIn(`http://localhost:${hub.port}`)).status).toBe(403); // another name is another origin than the Host asked for
    expect((await signIn(DEV_SERVER)).status).toBe(200);
    expect((await signIn()).status).toBe(200);
  });
});

describe('socket.io', () => {
  it('refuses a handshake from another origin with a typed forbidden, on websocket and on polling', async () => {
    for (const transports of [['websocket'], ['polling']] as const) {
      const refused = await handshake('http://evil.example', [...transports]);
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('no longer reflects a foreign origin in CORS answers', async () => {
    const r = await fetch(`${hub.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: 'http://evil.example' } });
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    const own = await fetch(`${hub.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: hub.url } });
    expect(own.headers.get('access-control-allow-origin')).toBe(hub.url);
  });

  it('admits its own origin, a listed one, and clients without an Origin (devices, Node)', async () => {
    expect(await handshake(hub.url, ['polling', 'websocket'])).toEqual({ ok: true });
    expect(await handshake(DEV_SERVER, ['websocket'])).toEqual({ ok: true });
    expect(await handshake(undefined, ['websocket'])).toEqual({ ok: true });
  });
});
