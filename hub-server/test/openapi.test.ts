/** openapi.yaml describes exactly the HTTP API the hub registers, and its schemas match real answers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kioskCommands } from '@luot/protocol';
import { login } from '@luot/testing';
import { TEST_TOKENS, testHallConfig } from '@luot/testing';
import { inContract, registeredRoutes, startTestHub, type TestHub } from '@luot/testing';

interface OpenApi {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }> };
}
const spec = parse(readFileSync(join(import.meta.dirname, '../openapi.yaml'), 'utf8')) as OpenApi;
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
/** The part of the API the contract covers: /api/v1 and /healthz (the HTML pages /t/ and /d/ are pages). */
const covered = inContract;

const documentedRoutes = () =>
  Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((m) => METHODS.has(m))
      .map((m) => `${m.toUpperCase()} ${path}`),
  );

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
});
afterAll(async () => hub.close());

describe('openapi.yaml', () => {
  it('lists every route registered under /api/v1 and /healthz, and no other', () => {
    const registered = registeredRoutes(hub.hub.app).filter((r) => covered(r.split(' ')[1]!));
    // The parser found the tree: a few routes every hub has.
    expect(registered).toEqual(expect.arrayContaining(['GET /healthz', 'POST /api/v1/tickets', 'GET /api/v1/tickets/{id}', 'DELETE /api/v1/devices/{id}']));
    const documented = documentedRoutes().filter((r) => covered(r.split(' ')[1]!));
    expect(documented.filter((r) => !registered.includes(r)), 'documented but not registered').toEqual([]);
    expect(registered.filter((r) => !documented.includes(r)), 'registered but not documented').toEqual([]);
    // The pages it documents too (/d, /d/{code}, /api/docs) are real routes.
    const all = registeredRoutes(hub.hub.app);
    expect(documentedRoutes().filter((r) => !all.includes(r)), 'documented pages not registered').toEqual([]);
  });

  it('resolves every $ref', () => {
    const refs = [...JSON.stringify(spec).matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(20);
    const components = spec.components as unknown as Record<string, Record<string, unknown>>;
    expect(refs.filter(([, kind, name]) => components[kind!]?.[name!] === undefined).map(([ref]) => ref)).toEqual([]);
  });

  it('gives counter actions their 401, 403, 404 and 409 answers', () => {
    for (const [path, item] of Object.entries(spec.paths).filter(([p]) => p.startsWith('/api/v1/counters/'))) {
      const responses = (item.post as { responses: Record<string, unknown> }).responses;
      expect(Object.keys(responses), path).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409']));
    }
  });

  it('documents the one road printer state takes to the hub, with its refusals (no socket command does it)', () => {
    const post = spec.paths['/api/v1/devices/printer']?.post as { responses: Record<string, unknown> } | undefined;
    expect(Object.keys(post?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '401', '403', '413']));
    expect(Object.keys(kioskCommands)).not.toContain('device:printer');
  });

  it('its schemas require exactly the fields real answers carry', async () => {
    const keysOf = (schema: string) => [...(spec.components.schemas[schema]?.required ?? [])].sort();
    const fieldsOf = (value: unknown) => Object.keys(value as object).sort();
    const post = (path: string, token: string, body?: unknown) =>
      fetch(`${hub.url}/api/v1${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }).then((r) => r.json());

    const session = await login(hub.url, 'admin');
    expect(fieldsOf(session)).toEqual(keysOf('LoginResponse'));
    const counter = await post('/counters/1/sign-in', session.token);
    expect(fieldsOf(counter)).toEqual(keysOf('CounterView'));
    await post('/tickets', TEST_TOKENS.kiosk, { service: 'DKKD' });
    const ticket = await post('/counters/1/call-next', session.token);
    expect(fieldsOf(ticket)).toEqual(keysOf('TicketView'));
    expect(fieldsOf(spec.components.schemas.TicketView!.properties)).toEqual(keysOf('TicketView'));

    const get = (path: string) => fetch(`${hub.url}/api/v1${path}`, { headers: { authorization: `Bearer ${session.token}` } }).then((r) => r.json());
    const hall = await get('/hall');
    expect(fieldsOf(hall)).toEqual(keysOf('Hall'));
    const [user] = (await get('/users')) as unknown[];
    expect(fieldsOf(user)).toEqual(keysOf('StaffAccount'));
    const [device] = (await get('/devices')) as unknown[];
    expect(fieldsOf(device)).toEqual(keysOf('EnrolledDevice'));
    expect(fieldsOf(await get('/reports/day'))).toEqual(keysOf('DayReport'));
    expect(fieldsOf(await get('/reports?period=day'))).toEqual(keysOf('PeriodReport'));
  });
});
