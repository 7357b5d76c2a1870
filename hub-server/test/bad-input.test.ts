import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { cid, command, connected, createClient, login } from './helpers/clients';
import { TEST_TOKENS, testHallConfig } from './helpers/test-hall';
import { startTestHub, type TestHub } from './helpers/test-hub';

let hub: TestHub;
let kiosk: Socket;
let officer: Socket;

/** Everything a refused command must leave untouched. */
const footprint = () =>
  hub.db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM tickets) AS tickets, (SELECT COUNT(*) FROM events) AS events,
              (SELECT COUNT(*) FROM commands) AS commands, (SELECT COUNT(*) FROM daily_numbers) AS numbers`,
    )
    .get();

beforeEach(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
  kiosk = createClient(hub.url, '/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
  const { token } = await login(hub.url, 'canbo01');
  officer = createClient(hub.url, '/counter', token);
  await connected(officer);
  await command(officer, 'counter:sign-in', { commandId: cid(), counter: 1 });
});
afterEach(async () => {
  kiosk.disconnect();
  officer.disconnect();
  await hub.close();
});

describe('malformed socket payloads', () => {
  const cases: [string, unknown, string | undefined][] = [
    ['no payload', undefined, undefined],
    ['a string instead of an object', 'DKKD', undefined],
    ['a missing commandId', { service: 'DKKD' }, 'commandId'],
    ['a short commandId', { commandId: 'x', service: 'DKKD' }, 'commandId'],
    ['a wrong type', { commandId: cid(), service: 42 }, 'service'],
    ['an unknown priority', { commandId: cid(), service: 'DKKD', priority: 'vip' }, 'priority'],
    ['an unknown field', { commandId: cid(), service: 'DKKD', counter: 3 }, undefined],
    ['a huge string', { commandId: cid(), service: 'D'.repeat(100_000) }, undefined],
  ];
  it.each(cases)('%s gets a typed error and writes nothing', async (_name, payload, field) => {
    const before = footprint();
    const r = await command(kiosk, 'ticket:issue', payload);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(['invalid_payload', 'payload_too_large']).toContain(r.error.code);
      expect(r.error.message.vi.length).toBeGreaterThan(0);
      expect(r.error.message.en.length).toBeGreaterThan(0);
      if (field) expect(r.error.field).toBe(field);
    }
    expect(footprint()).toEqual(before);
  });

  it('an unknown service or ticket id is not_found and writes nothing', async () => {
    const before = footprint();
    expect(await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'NOPE' })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'service' } });
    expect(await command(officer, 'counter:reactivate', { commandId: cid(), ticketId: 'no-such-ticket' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await command(officer, 'counter:transfer', { commandId: cid(), to: { counter: 99 } })).toMatchObject({ ok: false, error: { code: 'no_current_ticket' } });
    expect(footprint()).toEqual(before);
  });
});

describe('malformed HTTP requests', () => {
  const post = (path: string, body: string | undefined, headers: Record<string, string> = {}) =>
    fetch(`${hub.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKENS.kiosk}`, ...headers }, body });

  it('broken JSON, wrong types, unknown fields and huge bodies get typed errors and write nothing', async () => {
    const before = footprint();
    const broken = await post('/api/v1/tickets', '{"service": ');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: { code: 'invalid_payload' } });
    const wrongType = await post('/api/v1/tickets', JSON.stringify({ service: ['DKKD'] }));
    expect(wrongType.status).toBe(400);
    expect(await wrongType.json()).toMatchObject({ error: { code: 'invalid_payload', field: 'service' } });
    const unknown = await post('/api/v1/tickets', JSON.stringify({ service: 'DKKD', admin: true }));
    expect(unknown.status).toBe(400);
    const huge = await post('/api/v1/tickets', JSON.stringify({ service: 'x'.repeat(200_000) }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    const badKey = await post('/api/v1/tickets', JSON.stringify({ service: 'DKKD' }), { 'idempotency-key': '!' });
    expect(badKey.status).toBe(400);
    const noAuth = await fetch(`${hub.url}/api/v1/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"service":"DKKD"}' });
    expect(noAuth.status).toBe(401);
    expect(await noAuth.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(footprint()).toEqual(before);
  });

  it('unknown ids and routes are typed 404s', async () => {
    const r = await fetch(`${hub.url}/api/v1/tickets/does-not-exist`);
    expect(r.status).toBe(404);
    expect(await r.json()).toMatchObject({ error: { code: 'not_found', message: { vi: expect.any(String) } } });
    const route = await fetch(`${hub.url}/api/v1/nothing-here`);
    expect(route.status).toBe(404);
    const counter = await post('/api/v1/counters/abc/call-next', undefined, { authorization: 'Bearer x'.padEnd(20, 'x') });
    expect(counter.status).toBe(401);
  });
});
