/**
 * Fuzzing every HTTP route of the OpenAPI document against a real hub:
 * random and mutated path parameters, query strings, bodies (plausible
 * ones walked from the document's schemas, then broken; sometimes not
 * JSON at all), content types and bearer tokens. No answer may be a 5xx,
 * a refused request (4xx) writes no row, and every answer still matches
 * the document (startTestHub's contract check fails close() otherwise).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cid, command, connected, dossierHallConfig, login, PROC_KHDT, registerAt, socketSet, startTestHub, TEST_TOKENS, type TestHub } from '@luot/testing';
import { fuzzSeed, HTTP_CASES } from './fuzz/budget';
import { fieldValue, liveIds, type LiveIds } from './fuzz/field-values';
import { hostileString } from './fuzz/hostile-values';
import { encodeSegment, rawRequest } from './fuzz/http-request';
import { payloads } from './fuzz/mutate';
import { fromJsonSchema, type JsonSchema } from './fuzz/plausible-payload';
import { rowsWritten, tablesChecksum, writeMark } from './fuzz/rows-written';

interface Parameter {
  $ref?: string;
  name: string;
  in: 'query' | 'path' | 'header';
  schema?: JsonSchema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema>; parameters: Record<string, Parameter> };
}

const doc = parse(readFileSync(resolve(import.meta.dirname, '../openapi.yaml'), 'utf8')) as OpenApi;
const resolveRef = (ref: string): JsonSchema => doc.components.schemas[ref.split('/').at(-1)!] ?? {};
const resolveParam = (p: Parameter): Parameter => (p.$ref ? doc.components.parameters[p.$ref.split('/').at(-1)!]! : p);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const routes = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => METHODS.includes(method))
    .map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);
/** Sign-in hashes each password (tens of ms of scrypt): it gets fewer cases, the others share the rest. */
const SIGN_IN = '/api/v1/auth/login';
const SIGN_IN_CASES = Math.min(40, HTTP_CASES);
const perRoute = Math.ceil((HTTP_CASES - SIGN_IN_CASES) / (routes.length - 1));
const runsFor = (path: string) => (path === SIGN_IN ? SIGN_IN_CASES : perRoute);

let hub: TestHub;
const sockets = socketSet();
const live: LiveIds = liveIds();
const tokens: Record<string, string> = { kiosk: TEST_TOKENS.kiosk, display: TEST_TOKENS.display, counterDevice: TEST_TOKENS.counterDevice };
let ran = 0;
let refused = 0;
let next = 0;
/** Loopback addresses taken in turn, so no one address reaches a limit. */
const nextAddress = () => `127.0.0.${2 + (next++ % 250)}`;

/** Path parameters: values that exist, values that do not, hostile ones. Accounts and devices the test itself uses are left alone. */
function pathParam(name: string): fc.Arbitrary<string> {
  const known =
    name === 'username' ? fc.constantFrom('canbo02', 'canbo03', 'nobody') :
    name === 'id' ? fc.oneof(fc.constantFrom('kiosk-2', 'display-9'), fieldValue('id', live)!.map(String)) :
    (fieldValue(name, live)?.map(String) ?? fc.string({ maxLength: 10 }));
  return fc.oneof({ weight: 3, arbitrary: known }, { weight: 2, arbitrary: hostileString }, { weight: 1, arbitrary: fc.constantFrom('..', '%2e%2e', ' ', '0', '-1', '1e3') });
}

const bearer = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('admin', 'supervisor', 'officer', 'kiosk', 'display', 'counterDevice').map((k) => `Bearer ${tokens[k]!}`) },
  { weight: 1, arbitrary: fc.constantFrom('', 'Bearer', 'Bearer x', 'Basic YWRtaW46c2VjcmV0', `Bearer ${'x'.repeat(5000)}`) },
);

function requestFor(route: (typeof routes)[number]) {
  const params = (route.op.parameters ?? []).map(resolveParam);
  const names = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const path = fc.tuple(...names.map(pathParam)).map((values) => names.reduce((p, name, i) => p.replace(`{${name}}`, encodeSegment(values[i]!)), route.path));
  const query = fc.array(
    fc.oneof(
      ...params.filter((p) => p.in === 'query').map((p) => fc.tuple(fc.constant(p.name), fc.oneof(fromJsonSchema(p.schema ?? {}, resolveRef, live, p.name).map(String), hostileString))),
      fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'day'), fc.string({ maxLength: 6 })), hostileString),
    ),
    { maxLength: 3 },
  );
  const schema = route.op.requestBody?.content['application/json']?.schema;
  const body = fc.oneof(
    { weight: 8, arbitrary: payloads(schema ? fromJsonSchema(schema, resolveRef, live) : fc.constant({})).map((v) => ({ type: 'application/json', text: v === undefined ? '' : JSON.stringify(v) })) },
    { weight: 1, arbitrary: fc.constantFrom('{', '{"a":', 'null', '[]', '"x"', '\u0000', '{"__proto__":{"polluted":true}}').map((text) => ({ type: 'application/json', text })) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'multipart/form-data'), fc.string()).map(([type, text]) => ({ type, text })) },
  );
  return fc.record({ path, query, body, auth: bearer, idempotency: fc.option(fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,40}$/), hostileString.map(encodeSegment)), { nil: undefined }) });
}

function refreshLiveIds(): void {
  const tickets = hub.db.prepare<[], { id: string; code: string }>('SELECT id, code FROM tickets ORDER BY rowid DESC LIMIT 20').all();
  const dossiers = hub.db.prepare<[], { code: string | null; id: string }>('SELECT id, code FROM dossiers ORDER BY rowid DESC LIMIT 10').all();
  if (tickets.length > 0) {
    live.tickets = tickets.map((t) => t.id);
    live.ticketCodes = tickets.map((t) => t.code);
  }
  if (dossiers.length > 0) live.dossiers = dossiers.map((d) => d.code ?? d.id);
}

beforeAll(async () => {
  hub = await startTestHub({ config: dossierHallConfig(), serveApps: false, socketCommandRate: null });
  tokens.admin = (await login(hub.url, 'admin')).token;
  tokens.supervisor = (await login(hub.url, 'giamsat')).token;
  tokens.officer = (await login(hub.url, 'canbo01')).token;
  const kiosk = sockets.open(hub.url, '/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
  for (let i = 0; i < 10; i++) await command(kiosk, 'ticket:issue', { commandId: cid(), service: i % 2 ? 'DKKD' : 'DATDAI' });
  await registerAt(kiosk, PROC_KHDT);
  refreshLiveIds();
});

afterAll(async () => {
  sockets.closeAll();
  await hub?.close();
  console.log(`fuzz: ${ran} HTTP requests ran over ${routes.length} routes; ${ran - refused} accepted, ${refused} refused`);
});

describe('fuzzing the HTTP routes', () => {
  it.each(routes.map((r) => [r.method, r.path, r] as const))('%s %s', async (_method, _path, route) => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(requestFor(route), async (r) => {
        ran++;
        hub.clock.advance(1);
        const deep = ++n % 25 === 0;
        const sum = deep ? tablesChecksum(hub.db) : '';
        const before = writeMark(hub.db);
        const search = r.query.length > 0 ? '?' + r.query.map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v)}`).join('&') : '';
        const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
        const answer = await rawRequest({
          port: hub.port,
          from: nextAddress(),
          method: route.method,
          path: r.path + search,
          headers: {
            ...(r.auth ? { authorization: r.auth } : {}),
            ...(r.idempotency ? { 'idempotency-key': r.idempotency } : {}),
            ...(hasBody ? { 'content-type': r.body.type } : {}),
          },
          ...(hasBody ? { body: r.body.text } : {}),
        });
        expect(answer.status, `${route.method} ${r.path}${search}: ${answer.body.slice(0, 300)}`).toBeLessThan(500);
        if (answer.status < 400) return;
        refused++;
        expect(rowsWritten(before, writeMark(hub.db)), `rows written by a refused ${route.method} ${r.path}`).toBe(0);
        if (deep) expect(tablesChecksum(hub.db)).toBe(sum);
      }),
      { numRuns: runsFor(route.path), ...(fuzzSeed() !== undefined ? { seed: fuzzSeed() } : {}) },
    );
    refreshLiveIds();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
