import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { cid, command, connected, createClient, login } from '@luot/testing';
import { TEST_TOKENS, testHallConfig } from '@luot/testing';
import { startTestHub, type TestHub } from '@luot/testing';

let hub: TestHub;
let kiosk: Socket;
let officer: Socket;
let officerToken: string;

/** Everything a refused command must leave untouched: the queue, and the accounts, devices and sessions. */
const footprint = () =>
  hub.db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM tickets) AS tickets, (SELECT COUNT(*) FROM events) AS events,
              (SELECT COUNT(*) FROM commands) AS commands, (SELECT COUNT(*) FROM daily_numbers) AS numbers,
              (SELECT COUNT(*) FROM sessions) AS sessions,
              (SELECT group_concat(username || ':' || name || ':' || role || ':' || active || ':' || coalesce(password_hash, ''), '|') FROM users) AS users,
              (SELECT group_concat(id || ':' || name || ':' || role || ':' || token_hash || ':' || coalesce(revoked_at, ''), '|') FROM devices) AS devices,
              (SELECT group_concat(number || ':' || state || ':' || coalesce(officer_id, ''), '|') FROM counters) AS counters`,
    )
    .get();

beforeEach(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
  kiosk = createClient(hub.url, '/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
  const { token } = await login(hub.url, 'canbo01');
  officerToken = token;
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

describe('malformed HTTP staff requests', () => {
  const send = (method: string, path: string, token: string | null, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${hub.url}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  const huge = 'x'.repeat(100_000);

  /** Sends each request and expects a typed error with that status and (if given) field. */
  async function refused(requests: [string, () => Promise<Response>, number, string?][]) {
    for (const [name, request, status, field] of requests) {
      const r = await request();
      expect(r.status, name).toBe(status);
      const body = (await r.json()) as { error: { code: string; field?: string; message: { vi: string; en: string } } };
      expect(body.error.message.vi.length, name).toBeGreaterThan(0);
      if (field) expect(body.error.field, name).toBe(field);
    }
  }

  it('counter actions: bad outcomes, bodies, numbers, unknown counters and Idempotency-Keys write nothing', async () => {
    // A called ticket at counter 1, so a valid finish would change something.
    await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
    await command(officer, 'counter:call-next', { commandId: cid() });
    const { token: adminToken } = await login(hub.url, 'admin');
    const before = footprint();
    await refused([
      ['an unknown outcome', () => send('POST', '/counters/1/finish', officerToken, { outcome: 'great' }), 400, 'outcome'],
      ['an outcome of the wrong type', () => send('POST', '/counters/1/finish', officerToken, { outcome: 42 }), 400, 'outcome'],
      ['no outcome', () => send('POST', '/counters/1/finish', officerToken, {}), 400, 'outcome'],
      ['an unknown field', () => send('POST', '/counters/1/finish', officerToken, { outcome: 'guided', rating: 5 }), 400],
      ['a huge outcome', () => send('POST', '/counters/1/finish', officerToken, { outcome: huge }), 413],
      ['a body on call-next', () => send('POST', '/counters/1/call-next', officerToken, { counter: 2 }), 400],
      ['a body that is not JSON', () => send('POST', '/counters/1/recall', officerToken, '{"x": '), 400],
      ['counter 999 (officer)', () => send('POST', '/counters/999/call-next', officerToken), 404, 'number'],
      ['counter 999 (admin)', () => send('POST', '/counters/999/finish', adminToken, { outcome: 'guided' }), 404, 'number'],
      ['counter 999 sign-in', () => send('POST', '/counters/999/sign-in', officerToken), 404, 'number'],
      ['a non-numeric counter', () => send('POST', '/counters/abc/call-next', officerToken), 400, 'number'],
      ['counter 0', () => send('POST', '/counters/0/no-show', adminToken), 400, 'number'],
      ['counter 1e0', () => send('POST', '/counters/1e0/recall', officerToken), 400, 'number'],
      ['counter 1000', () => send('POST', '/counters/1000/recall', officerToken), 400, 'number'],
      ['a bad Idempotency-Key', () => send('POST', '/counters/1/recall', officerToken, undefined, { 'idempotency-key': '!' }), 400, 'Idempotency-Key'],
      ['a long Idempotency-Key', () => send('POST', '/counters/1/finish', officerToken, { outcome: 'guided' }, { 'idempotency-key': 'k'.repeat(65) }), 400, 'Idempotency-Key'],
      ['a kiosk at a counter', () => send('POST', '/counters/1/finish', TEST_TOKENS.kiosk, { outcome: 'guided' }), 403],
    ]);
    expect(footprint()).toEqual(before);
  });

  it('/devices and /users: wrong types, huge strings and unknown fields write nothing', async () => {
    const { token: adminToken } = await login(hub.url, 'admin');
    const before = footprint();
    const device = (body: unknown) => () => send('POST', '/devices', adminToken, body);
    const user = (body: unknown) => () => send('POST', '/users', adminToken, body);
    const patch = (body: unknown) => () => send('PATCH', '/users/canbo01', adminToken, body);
    const ok = { username: 'canbo09', name: 'Đỗ Thị Hà', role: 'officer', password: 'mat-khau-moi-1' };
    await refused([
      ['device: no body', () => send('POST', '/devices', adminToken), 400],
      ['device: an id of the wrong type', device({ id: 5, name: 'Kiosk', role: 'kiosk' }), 400, 'id'],
      ['device: an id with spaces', device({ id: 'kiosk 3', name: 'Kiosk', role: 'kiosk' }), 400, 'id'],
      ['device: a staff role', device({ id: 'kiosk-3', name: 'Kiosk', role: 'admin' }), 400, 'role'],
      ['device: an empty name', device({ id: 'kiosk-3', name: '  ', role: 'kiosk' }), 400, 'name'],
      ['device: a long name', device({ id: 'kiosk-3', name: 'K'.repeat(5000), role: 'kiosk' }), 400, 'name'],
      ['device: a huge name', device({ id: 'kiosk-3', name: huge, role: 'kiosk' }), 413],
      ['device: an unknown field', device({ id: 'kiosk-3', name: 'Kiosk', role: 'kiosk', token: 'mine-mine-mine' }), 400],
      ['device: a list', device([{ id: 'kiosk-3', name: 'Kiosk', role: 'kiosk' }]), 400],
      ['device: an officer enrols', () => send('POST', '/devices', officerToken, { id: 'kiosk-3', name: 'Kiosk', role: 'kiosk' }), 403],
      ['device: revoke a bad id', () => send('DELETE', '/devices/kiosk%201', adminToken), 400, 'id'],
      ['user: a username in capitals', user({ ...ok, username: 'CanBo09' }), 400, 'username'],
      ['user: a short password', user({ ...ok, password: 'short' }), 400, 'password'],
      ['user: a password of the wrong type', user({ ...ok, password: 12345678 }), 400, 'password'],
      ['user: an unknown role', user({ ...ok, role: 'root' }), 400, 'role'],
      ['user: an unknown field', user({ ...ok, active: false }), 400],
      ['user: a huge name', user({ ...ok, name: huge }), 413],
      ['user: a taken username', user({ ...ok, username: 'canbo02' }), 409, 'username'],
      ['user: a supervisor creates', () => send('POST', '/users', null, ok), 401],
      ['patch: nothing to change', patch({}), 400],
      ['patch: active of the wrong type', patch({ active: 'false' }), 400, 'active'],
      ['patch: a username change', patch({ username: 'canbo99' }), 400],
      ['patch: a short password', patch({ password: 'x' }), 400, 'password'],
      ['patch: a huge password', patch({ password: huge }), 413],
      ['patch: an unknown user', () => send('PATCH', '/users/khong-co-ai', adminToken, { active: false }), 404, 'username'],
      ['patch: a malformed username', () => send('PATCH', `/users/${'U'.repeat(50)}`, adminToken, { active: false }), 400, 'username'],
      ['patch: an officer', () => send('PATCH', '/users/canbo02', officerToken, { active: false }), 403],
    ]);
    expect(footprint()).toEqual(before);
  });

  it('login: wrong types, huge strings and unknown fields are refused and open no session', async () => {
    const before = footprint();
    const loginWith = (body: unknown) => () => send('POST', '/auth/login', null, body);
    await refused([
      ['no body', () => send('POST', '/auth/login', null), 400],
      ['a username of the wrong type', loginWith({ username: 1, password: 'secret-pass' }), 400, 'username'],
      ['no password', loginWith({ username: 'canbo01' }), 400, 'password'],
      ['an unknown field', loginWith({ username: 'canbo01', password: 'secret-pass', remember: true }), 400],
      ['a long username', loginWith({ username: 'a'.repeat(1000), password: 'secret-pass' }), 400, 'username'],
      ['a huge password', loginWith({ username: 'canbo01', password: huge }), 413],
      ['a wrong password', loginWith({ username: 'canbo01', password: 'not-the-password' }), 401],
      ['an unknown user', loginWith({ username: 'khong-co-ai', password: 'secret-pass' }), 401],
    ]);
    expect(footprint()).toEqual(before);
  });

  it('errors Fastify raises keep its English out of the Vietnamese message', async () => {
    const broken = await send('POST', '/auth/login', null, '{"username": ');
    expect(await broken.json()).toMatchObject({ error: { code: 'invalid_payload', message: { vi: 'Nội dung JSON sai cú pháp.', en: expect.stringContaining('malformed JSON') } } });
    const xml = await fetch(`${hub.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<login/>' });
    expect(xml.status).toBe(400);
    const { error } = (await xml.json()) as { error: { code: string; message: { vi: string; en: string } } };
    expect(error.code).toBe('invalid_payload');
    expect(error.message.vi).toBe('Kiểu nội dung (Content-Type) không được hỗ trợ: hãy gửi application/json.');
    expect(error.message.en).toContain('Unsupported Media Type');
    // Plain text reaches the schema, whose Vietnamese reason carries no English either.
    const text = await fetch(`${hub.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'canbo01' });
    expect(await text.json()).toMatchObject({ error: { code: 'invalid_payload', message: { vi: 'Dữ liệu không hợp lệ — sai kiểu dữ liệu.' } } });
  });

  it('a token of another role is refused at the handshake in Vietnamese without English role names', async () => {
    const wrong = createClient(hub.url, '/counter', TEST_TOKENS.kiosk);
    await expect(connected(wrong)).rejects.toMatchObject({
      data: { code: 'forbidden', message: { vi: 'Mã này không được phép kết nối vào kênh quầy.', en: 'This token may not connect as counter.' } },
    });
    const { token } = await login(hub.url, 'canbo02');
    const admin = createClient(hub.url, '/admin', token);
    await expect(connected(admin)).rejects.toMatchObject({ data: { message: { vi: 'Mã này không được phép kết nối vào kênh giám sát.' } } });
    wrong.disconnect();
    admin.disconnect();
  });
});
