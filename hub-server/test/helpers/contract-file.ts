/**
 * The shared harness of the `openapi-contract-<feature>.test.ts` files: one
 * test hub per file (its every HTTP answer checked against openapi.yaml, see
 * @luot/testing's openapi-contract), an admin, an officer and a supervisor
 * signed in, `call` / `expectStatus`, and the closing checks that prove the
 * file's declared routes (contract-routes.ts) answered every documented way.
 *
 * @example
 * const api = contractFile('backups');
 * describe('…', () => {
 *   it('…', async () => { await api.expectStatus(200, 'GET', '/api/v1/backups', { token: api.supervisor.token }); });
 *   api.closingChecks();
 * });
 */
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_PAYLOAD_BYTES, type LoginResponse } from '@luot/protocol';
import { dossierHallConfig, inContract, login, registeredRoutes, startTestHub, type TestHub } from '@luot/testing';
import { CONTRACT_ROUTES, type ContractFeature } from './contract-routes';
import { documentedClientErrors, takesBearerToken } from './openapi-document';

/** A malformed JSON body. */
export const MALFORMED = '{"oops":';
/** A body over the hub's limit for ordinary routes. */
export const OVERSIZED = JSON.stringify({ pad: 'x'.repeat(MAX_PAYLOAD_BYTES) });

export interface Call {
  token?: string;
  body?: unknown;
  /** A raw body sent as JSON (malformed or oversized on purpose). */
  raw?: string;
  /** The browser page's origin, when the call plays one. */
  origin?: string;
}

/** The hall every contract file's hub runs: the dossier hall, DKKD taking bookings one a slot, Monday 23/11/2026 09:00. */
export async function startContractHub(): Promise<TestHub> {
  const hall = dossierHallConfig();
  return startTestHub({
    config: { ...hall, appointments: { ...hall.appointments, services: ['DKKD'], capacityPerSlot: 1 } },
    serveApps: false,
    now: Date.parse('2026-11-23T09:00:00+07:00'),
  });
}

export function contractFile(feature: ContractFeature) {
  const routes: readonly string[] = CONTRACT_ROUTES[feature];
  let hub: TestHub | undefined;
  let sessions: { admin: LoginResponse; officer: LoginResponse; supervisor: LoginResponse } | undefined;
  let closed = false;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    hub = await startContractHub();
    const [admin, officer, supervisor] = await Promise.all([
      login(hub.url, 'admin'),
      login(hub.url, 'canbo01'),
      login(hub.url, 'giamsat'),
    ]);
    sessions = { admin, officer, supervisor };
  });
  afterAll(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await hub?.close(); // throws if any answer differed from openapi.yaml
    // Without the closing checks the file would prove nothing about its routes.
    if (!closed) throw new Error(`openapi-contract-${feature}.test.ts never called closingChecks()`);
  });

  const started = (): TestHub => {
    if (!hub) throw new Error('the contract hub starts in beforeAll');
    return hub;
  };
  const signedIn = () => {
    if (!sessions) throw new Error('the contract sessions start in beforeAll');
    return sessions;
  };

  async function call(method: string, path: string, { token, body, raw, origin }: Call = {}) {
    const text = raw ?? (body === undefined ? undefined : JSON.stringify(body));
    const r = await fetch(`${started().url}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(origin ? { origin } : {}),
        ...(text === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(text === undefined ? {} : { body: text }),
    });
    const type = r.headers.get('content-type') ?? '';
    return { status: r.status, json: type.startsWith('application/json') ? ((await r.json()) as unknown) : undefined };
  }

  /** Asserts the status of a call and gives its JSON answer. */
  async function expectStatus(status: number, method: string, path: string, options?: Call): Promise<unknown> {
    const r = await call(method, path, options);
    expect(r.status, `${method} ${path}: ${JSON.stringify(r.json)}`).toBe(status);
    return r.json;
  }

  /**
   * The file's last two tests, called at the end of its describe: the lockout
   * of an address after wrong tokens (the 429 of every bearer route), then
   * the coverage of the file's routes.
   */
  function closingChecks(): void {
    closed = true;
    const bearer = routes.filter(takesBearerToken);
    if (bearer.length > 0) {
      // Last but one: it locks this address out of every token for the minute.
      it('routes with a token, from an address locked out after 10 wrong tokens, even with a good token', async () => {
        for (let i = 0; i < 10; i++) await expectStatus(401, 'GET', '/api/v1/users', { token: `wrong-token-${i}` });
        for (const route of bearer) {
          const [method, path] = route.split(' ') as [string, string];
          const concrete = path.replace('{number}', '1').replace(/\{[^}]+\}/g, 'x');
          expect((await call(method, concrete, { token: signedIn().admin.token })).status, route).toBe(429);
        }
      });
    }

    it(`covered each of its ${routes.length} routes: a success, and each 4xx the document gives it`, () => {
      const answered = [...started().contract!.answered];
      const registered = registeredRoutes(started().hub.app).filter((r) => inContract(r.split(' ')[1]!));
      const missing: string[] = [];
      for (const route of routes) {
        if (!registered.includes(route)) missing.push(`${route}: not registered by the hub`);
        const statuses = answered.filter((a) => a.startsWith(`${route} `)).map((a) => a.split(' ')[2]!);
        if (!statuses.some((s) => s.startsWith('2'))) missing.push(`${route}: no success answer`);
        for (const status of documentedClientErrors(route)) if (!statuses.includes(status)) missing.push(`${route}: no ${status} answer`);
      }
      expect(missing).toEqual([]);
    });
  }

  return {
    get hub() {
      return started();
    },
    get admin() {
      return signedIn().admin;
    },
    get officer() {
      return signedIn().officer;
    },
    get supervisor() {
      return signedIn().supervisor;
    },
    /** Sockets the file opens; all disconnected in afterAll. */
    sockets,
    call,
    expectStatus,
    closingChecks,
  };
}
