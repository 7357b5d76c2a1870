/** A staff session ends while its socket stays open: the next command is refused with `session_expired`. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { SESSION_TTL_MS } from '../src/auth/auth-service';
import { cid, command, connected, createClient, login } from '@luot/testing';
import { TEST_TOKENS, testHallConfig } from '@luot/testing';
import { startTestHub, type TestHub } from '@luot/testing';

let hub: TestHub;
const sockets: Socket[] = [];
beforeEach(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
});

const footprint = () =>
  hub.db.prepare('SELECT (SELECT COUNT(*) FROM events) AS events, (SELECT COUNT(*) FROM commands) AS commands').get();

async function officerSocket(username: string) {
  const session = await login(hub.url, username);
  const s = createClient(hub.url, '/counter', session.token);
  sockets.push(s);
  await connected(s);
  return { socket: s, session };
}

describe('a session that ends while connected', () => {
  it('is refused with session_expired at the first command after its expiry, and writes nothing', async () => {
    const kiosk = createClient(hub.url, '/kiosk', TEST_TOKENS.kiosk);
    sockets.push(kiosk);
    await connected(kiosk);
    await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
    const { socket } = await officerSocket('canbo01');
    expect(await command(socket, 'counter:sign-in', { commandId: cid(), counter: 1 })).toMatchObject({ ok: true });

    hub.clock.advance(SESSION_TTL_MS - 1000);
    expect(await command(socket, 'counter:call-next', { commandId: cid() })).toMatchObject({ ok: true, value: { code: 'A001' } });

    hub.clock.advance(1000);
    const before = footprint();
    const refused = await command(socket, 'counter:recall', { commandId: cid() });
    expect(refused).toMatchObject({ ok: false, error: { code: 'session_expired', message: { vi: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.' } } });
    expect(await command(socket, 'hall:snapshot', {})).toMatchObject({ ok: false, error: { code: 'session_expired' } });
    expect(footprint()).toEqual(before);
    // Kiosks hold device tokens, which do not expire.
    expect(await command(kiosk, 'hall:snapshot', {})).toMatchObject({ ok: true });
  });

  it('is refused after logging out over HTTP, on /counter and on /admin', async () => {
    const { socket, session } = await officerSocket('canbo01');
    const supervisor = await login(hub.url, 'giamsat');
    const admin = createClient(hub.url, '/admin', supervisor.token);
    sockets.push(admin);
    await connected(admin);
    expect(await command(socket, 'counter:sign-in', { commandId: cid(), counter: 1 })).toMatchObject({ ok: true });

    // Logging out cuts the session's sockets at once (rather than waiting for their next command),
    // and a reconnection with the token is refused with session_expired.
    const cuts = [socket, admin].map((s) => new Promise<string>((resolve) => s.once('disconnect', resolve)));
    for (const token of [session.token, supervisor.token]) {
      const out = await fetch(`${hub.url}/api/v1/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
      expect(out.status).toBe(204);
    }
    expect(await Promise.all(cuts)).toEqual(['io server disconnect', 'io server disconnect']);
    for (const [nsp, token] of [['/counter', session.token], ['/admin', supervisor.token]] as const) {
      const again = createClient(hub.url, nsp, token);
      sockets.push(again);
      await expect(connected(again)).rejects.toMatchObject({ data: { code: 'session_expired' } });
    }
    // Another officer's session is untouched.
    const { socket: other } = await officerSocket('canbo02');
    expect(await command(other, 'counter:sign-in', { commandId: cid(), counter: 2 })).toMatchObject({ ok: true });
  });

  it('signing out disconnects that session\'s sockets within a second, and its token is refused afterwards', async () => {
    const { socket, session } = await officerSocket('canbo01');
    const { socket: other } = await officerSocket('canbo02');
    const cut = new Promise<{ reason: string; after: number }>((resolve) => {
      const started = Date.now();
      socket.once('disconnect', (reason) => resolve({ reason, after: Date.now() - started }));
    });
    const out = await fetch(`${hub.url}/api/v1/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${session.token}` } });
    expect(out.status).toBe(204);
    const { reason, after } = await cut;
    expect(reason).toBe('io server disconnect');
    expect(after).toBeLessThan(1000);

    // The token opens nothing any more: neither HTTP nor a new socket.
    const again = await fetch(`${hub.url}/api/v1/users`, { headers: { authorization: `Bearer ${session.token}` } });
    expect(again.status).toBe(401);
    const retry = createClient(hub.url, '/counter', session.token);
    sockets.push(retry);
    await expect(connected(retry)).rejects.toMatchObject({ data: { code: 'session_expired' } });
    // Another officer's socket stays.
    expect(other.connected).toBe(true);
    expect(await command(other, 'counter:sign-in', { commandId: cid(), counter: 2 })).toMatchObject({ ok: true });
  });
});
