/**
 * The hub client against a real hub on port 0: a device token and a staff
 * login connect and get a snapshot; a refused token is a typed refusal; a hub
 * restart is ridden out (reconnect, then a fresh snapshot).
 */
import type { HallSnapshot, LuotError } from '@luot/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub, TEST_PASSWORD, TEST_TOKENS, testHallConfig } from '@luot/testing';
import { createHubClient, staffLogin, type HubClient, type LinkState } from '../src/index';
import { waitUntil } from './helpers/wait';

let hub: TestHub;
const clients: HubClient[] = [];

beforeAll(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
});
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});
afterAll(async () => {
  await hub?.close();
});

function watch(client: HubClient) {
  clients.push(client);
  const snapshots: HallSnapshot[] = [];
  const states: LinkState[] = [];
  const refusals: LuotError[] = [];
  client.onHall({ snapshot: (s) => snapshots.push(s) });
  client.onStatus((s) => {
    states.push(s.state);
    if (s.refusal) refusals.push(s.refusal);
  });
  return { snapshots, states, refusals };
}

describe('createHubClient', () => {
  it('connects a kiosk with its device token and gets the hall snapshot', async () => {
    const kiosk = createHubClient({ hubUrl: hub.url, namespace: 'kiosk', token: TEST_TOKENS.kiosk });
    const seen = watch(kiosk);
    await waitUntil(() => seen.snapshots.length > 0, 'a snapshot');
    expect(kiosk.getStatus()).toEqual({ state: 'online', refusal: null });
    expect(seen.snapshots[0]?.hall.name.en).toBe('Test Province Public Service Center');
  });

  it('connects an officer with a staff login and signs in at a counter', async () => {
    const login = await staffLogin(hub.url, 'canbo01', TEST_PASSWORD);
    if (!login.ok) throw new Error(login.error.code);
    const counter = createHubClient({ hubUrl: hub.url, namespace: 'counter', token: login.value.token });
    const seen = watch(counter);
    await waitUntil(() => seen.snapshots.length > 0, 'a snapshot');
    const signedIn = await counter.command('counter:sign-in', { counter: 1 });
    expect(signedIn).toMatchObject({ ok: true, value: { number: 1 } });
    await counter.command('counter:sign-out', {});
  });

  it('says why a staff login fails, typed', async () => {
    expect(await staffLogin(hub.url, 'canbo01', 'wrong-password')).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    expect(await staffLogin('http://127.0.0.1:1', 'canbo01', TEST_PASSWORD)).toMatchObject({ ok: false, error: { code: 'hub_unreachable' } });
  });

  it('surfaces a refused token as a typed refusal, and keeps trying slowly', async () => {
    const board = createHubClient({ hubUrl: hub.url, namespace: 'display', token: 'not-enrolled', policy: { refused: { initialMs: 300, maxMs: 300, factor: 1, jitter: 0 } } });
    const seen = watch(board);
    await waitUntil(() => seen.refusals.length >= 2, 'two refusals');
    expect(board.getStatus().state).toBe('refused');
    expect(seen.refusals[0]).toMatchObject({ code: 'unauthenticated', message: { vi: expect.any(String), en: expect.any(String) } });
    expect(seen.snapshots).toEqual([]);
  });

  it('rides out a hub restart: offline, online again, a fresh snapshot', async () => {
    const board = createHubClient({ hubUrl: hub.url, namespace: 'display', token: TEST_TOKENS.display });
    const seen = watch(board);
    await waitUntil(() => seen.snapshots.length > 0, 'a snapshot');
    await hub.restart();
    await waitUntil(() => seen.states.includes('offline'), 'offline');
    await waitUntil(() => seen.snapshots.length >= 2 && board.getStatus().state === 'online', 'a snapshot after the restart', 20_000);
    expect(seen.states.slice(seen.states.indexOf('offline'))).toContain('online');
  }, 30_000);
});
