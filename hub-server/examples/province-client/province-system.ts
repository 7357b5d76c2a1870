/**
 * What a province's one-stop system writes against a hall's hub, using only
 * the types openapi-typescript generates from the hub's openapi.yaml (put
 * beside this file as openapi-types.ts; hub-server/test/generated-client.test.ts
 * does that, type-checks this file and runs it against a real hub).
 *
 *   npx openapi-typescript http://<hub>:8080/api/v1/openapi.yaml -o openapi-types.ts
 */
import type { components, operations } from './openapi-types';

type JsonBody<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type RequestOf<Op extends keyof operations> = operations[Op] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type IssuedTicket = JsonBody<operations['issueTicket']['responses'][201]>;
export type CalledTicket = JsonBody<operations['callNext']['responses'][200]>;
export type FinishedTicket = JsonBody<operations['finishServing']['responses'][200]>;
export type HubError = components['schemas']['Error']['error'];
type LoginAnswer = JsonBody<operations['login']['responses'][200]>;

/** A hub's refusal, with its typed code and both messages. */
export class HubRefusal extends Error {
  constructor(
    readonly status: number,
    readonly error: HubError,
  ) {
    super(`${status} ${error.code}: ${error.message.en}`);
  }
}

export interface ProvinceClient {
  issueTicket(body: RequestOf<'issueTicket'>): Promise<IssuedTicket>;
  signIn(body: RequestOf<'login'>): Promise<LoginAnswer>;
  signInAtCounter(token: string, counter: number): Promise<JsonBody<operations['signInAtCounter']['responses'][200]>>;
  callNext(token: string, counter: number): Promise<CalledTicket>;
  finish(token: string, counter: number, body: RequestOf<'finishServing'>): Promise<FinishedTicket>;
}

/** A client for one hub: `deviceToken` is the token the hall enrolled for this system (role kiosk). */
export function provinceClient(hubUrl: string, deviceToken: string): ProvinceClient {
  async function post<T>(path: string, token: string, body?: unknown, idempotencyKey?: string): Promise<T> {
    const r = await fetch(`${hubUrl}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        // A retry after a lost answer carries the same key and changes nothing.
        ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer: unknown = await r.json();
    if (!r.ok) throw new HubRefusal(r.status, (answer as components['schemas']['Error']).error);
    return answer as T;
  }
  const key = () => `prov-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

  return {
    issueTicket: (body) => post<IssuedTicket>('/api/v1/tickets', deviceToken, body, key()),
    async signIn(body) {
      const r = await fetch(`${hubUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const answer: unknown = await r.json();
      if (!r.ok) throw new HubRefusal(r.status, (answer as components['schemas']['Error']).error);
      return answer as LoginAnswer;
    },
    signInAtCounter: (token, counter) => post(`/api/v1/counters/${counter}/sign-in`, token, undefined, key()),
    callNext: (token, counter) => post<CalledTicket>(`/api/v1/counters/${counter}/call-next`, token, undefined, key()),
    finish: (token, counter, body) => post<FinishedTicket>(`/api/v1/counters/${counter}/finish`, token, body, key()),
  };
}

/** One citizen's visit, end to end: issue a ticket, an officer signs in at a counter, calls next and finishes. */
export async function serveOneCitizen(
  client: ProvinceClient,
  officer: { username: string; password: string },
  counter: number,
  service: string,
): Promise<{
  issued: IssuedTicket;
  called: NonNullable<CalledTicket>;
  finished: FinishedTicket;
  refusal: HubError['code'];
}> {
  const issued = await client.issueTicket({ service, priority: 'none' });
  const { token, user } = await client.signIn(officer);
  const signedIn = await client.signInAtCounter(token, counter);
  if (signedIn.officer?.username !== user.username) throw new Error('signed in as someone else');
  const called = await client.callNext(token, counter);
  if (called === null) throw new Error(`nobody waits, though ${issued.code} was just issued`);
  const finished = await client.finish(token, counter, { outcome: 'guided' });
  // The hub refuses a second finish with a typed code the system can switch on.
  const refusal = await client.finish(token, counter, { outcome: 'guided' }).then(
    () => 'internal' as const,
    (e: unknown) => (e instanceof HubRefusal ? e.error.code : 'internal'),
  );
  return { issued, called, finished, refusal };
}
