/**
 * A real hall's first sign-in through the hub client (issue 15): the login
 * says `mustChangePassword`, the session's connection is refused with the
 * typed `password_change_required`, `changeOwnPassword` changes it, and the
 * same session then connects.
 */
import type { HallSnapshot, LuotError } from '@luot/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, TEST_PASSWORD, testHallConfig, type TestHub } from '@luot/testing';
import { changeOwnPassword, createHubClient, staffLogin, type HubClient } from '../src/index';
import { waitUntil } from './helpers/wait';

let hub: TestHub;
const clients: HubClient[] = [];
beforeAll(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false, demo: false });
});
afterAll(async () => {
  for (const c of clients) c.close();
  await hub?.close();
});

describe('a config-given password', () => {
  it('must be changed before the session connects; changeOwnPassword does it', async () => {
    const login = await staffLogin(hub.url, 'canbo02', TEST_PASSWORD);
    if (!login.ok) throw new Error(login.error.code);
    expect(login.value.mustChangePassword).toBe(true);

    const refused = createHubClient({ hubUrl: hub.url, namespace: 'counter', token: login.value.token, policy: { refused: { initialMs: 200, maxMs: 200, factor: 1, jitter: 0 } } });
    clients.push(refused);
    const refusals: LuotError[] = [];
    refused.onStatus((s) => {
      if (s.refusal) refusals.push(s.refusal);
    });
    await waitUntil(() => refusals.length > 0, 'a refusal');
    expect(refusals[0]?.code).toBe('password_change_required');
    refused.close();

    expect(await changeOwnPassword(hub.url, login.value.token, 'wrong-password', 'mat-khau-moi-2026')).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    expect(await changeOwnPassword(hub.url, login.value.token, TEST_PASSWORD, 'mat-khau-moi-2026')).toEqual({ ok: true, value: undefined });
    expect(await changeOwnPassword('http://127.0.0.1:1', login.value.token, TEST_PASSWORD, 'x-y-z-1234')).toMatchObject({ ok: false, error: { code: 'hub_unreachable' } });

    const counter = createHubClient({ hubUrl: hub.url, namespace: 'counter', token: login.value.token });
    clients.push(counter);
    const snapshots: HallSnapshot[] = [];
    counter.onHall({ snapshot: (s) => snapshots.push(s) });
    await waitUntil(() => snapshots.length > 0, 'a snapshot');
  });
});
