/**
 * A local SMS gateway for tests (issue 19): speaks what the hub's `http_sms`
 * sender is configured for (`fakeGatewaySender`), keeps each phone's inbox,
 * and misbehaves on command — fails (500), times out (never answers),
 * rate-limits (429 with Retry-After), refuses (its success field says no), or
 * accepts a message and then never answers (the one window where a hub may
 * send twice). Like a gateway with idempotency keys, a message whose key it
 * already delivered is acknowledged again and not delivered twice.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type GatewayBehaviour =
  | 'ok'
  /** HTTP 500, nothing delivered. */
  | 'fail'
  /** No answer at all, nothing delivered. */
  | 'timeout'
  /** HTTP 429 with `Retry-After: <seconds>`, nothing delivered. */
  | { rateLimit: number }
  /** HTTP 200 with `status: "rejected"`, nothing delivered. */
  | 'refuse'
  /** Delivered, then no answer: the hub cannot know it got through. */
  | 'accept-then-hang';

export interface GatewayRequest {
  key: string | null;
  to: string;
  text: string;
  behaviour: GatewayBehaviour;
}

export interface FakeSmsGateway {
  /** The send URL. */
  url: string;
  /** The API key the gateway wants in `x-api-key`. */
  apiKey: string;
  /** Every request, repeats included, in order. */
  requests: GatewayRequest[];
  /** Messages delivered to phones, once each. */
  delivered: { key: string | null; to: string; text: string }[];
  /** The texts one phone received. */
  inbox(to: string): string[];
  /** The next requests' behaviours, in order; after them every request is `ok`. */
  plan(...behaviours: GatewayBehaviour[]): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeSmsGateway(apiKey = 'fake-gateway-key'): Promise<FakeSmsGateway> {
  const planned: GatewayBehaviour[] = [];
  const requests: GatewayRequest[] = [];
  const delivered: FakeSmsGateway['delivered'] = [];
  const hanging = new Set<ServerResponse>();
  const answer = (res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      if (req.headers['x-api-key'] !== apiKey) return answer(res, 401, { status: 'unauthorized' });
      let body: { to?: unknown; text?: unknown };
      try {
        body = JSON.parse(raw) as typeof body;
      } catch {
        return answer(res, 400, { status: 'bad json' });
      }
      const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : null;
      const to = String(body.to);
      const text = String(body.text);
      const behaviour = planned.shift() ?? 'ok';
      requests.push({ key, to, text, behaviour });
      const deliver = () => {
        if (key === null || !delivered.some((d) => d.key === key)) delivered.push({ key, to, text });
      };
      if (behaviour === 'ok') {
        deliver();
        return answer(res, 200, { status: 'accepted' });
      }
      if (behaviour === 'fail') return answer(res, 500, { status: 'error' });
      if (behaviour === 'refuse') return answer(res, 200, { status: 'rejected' });
      if (typeof behaviour === 'object') return answer(res, 429, { status: 'slow down' }, { 'retry-after': String(behaviour.rateLimit) });
      if (behaviour === 'accept-then-hang') deliver();
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/send`,
    apiKey,
    requests,
    delivered,
    inbox: (to) => delivered.filter((d) => d.to === to).map((d) => d.text),
    plan: (...behaviours) => void planned.push(...behaviours),
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The hall config's `notifications.sender` that talks to this gateway; the key comes from `env` as `${env:FAKE_SMS_KEY}`. */
export function fakeGatewaySender(gateway: Pick<FakeSmsGateway, 'url'>) {
  return {
    kind: 'http_sms' as const,
    url: gateway.url,
    method: 'POST' as const,
    contentType: 'json' as const,
    body: '{"to":"{{to}}","text":"{{text}}"}',
    headers: { 'x-api-key': '${env:FAKE_SMS_KEY}' },
    idempotencyHeader: 'Idempotency-Key',
    success: { status: [200], field: 'status', equals: 'accepted' },
    timeoutSeconds: 1,
  };
}
