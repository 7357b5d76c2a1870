import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { httpSmsSenderSchema, zaloOaSenderSchema } from '../../core/config/notifications-schema';
import { createHttpSmsSender } from './http-sms-sender';
import { SenderConfigError, type OutgoingMessage } from './sender';
import { createZaloOaSender } from './zalo-oa-sender';

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

/** A one-route server answering `status` with `body` (and headers), keeping what it was sent. */
async function gateway(status: number, body: string, headers: Record<string, string> = {}) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const message: OutgoingMessage = { id: 'm1', kind: 'result_ready', to: '0912345678', text: 'Hồ sơ "H56" & quầy 3', values: { dossier: 'H56', place: 'quầy 3' } };
const signal = new AbortController().signal;

describe('the HTTP SMS gateway sender', () => {
  it('fills the body template (JSON-escaped), sends credentials from the environment and the idempotency key, and reads the success field', async () => {
    const g = await gateway(200, '{"CodeResult":"100"}');
    const config = httpSmsSenderSchema.parse({
      kind: 'http_sms',
      url: `${g.url}/send`,
      body: '{"Phone":"{{to84}}","Content":"{{text}}","RequestId":"{{id}}","ApiKey":"${env:SMS_KEY}"}',
      basicAuth: { user: 'hall', password: '${env:SMS_PASSWORD}' },
      idempotencyHeader: 'Idempotency-Key',
      success: { field: 'CodeResult', equals: '100' },
    });
    const sender = createHttpSmsSender(config, { SMS_KEY: 'k-123', SMS_PASSWORD: 'pw' }, () => 0);
    expect(await sender.send(message, signal)).toEqual({ ok: true });
    const [seen] = g.seen;
    expect(JSON.parse(seen!.body)).toEqual({ Phone: '84912345678', Content: 'Hồ sơ "H56" & quầy 3', RequestId: 'm1', ApiKey: 'k-123' });
    expect(seen!.headers['idempotency-key']).toBe('m1');
    expect(seen!.headers.authorization).toBe(`Basic ${Buffer.from('hall:pw').toString('base64')}`);
    expect(seen!.headers['content-type']).toBe('application/json');
  });

  it('URL-encodes a form body', async () => {
    const g = await gateway(200, '{}');
    const config = httpSmsSenderSchema.parse({ kind: 'http_sms', url: g.url, contentType: 'form', body: 'to={{to}}&msg={{text}}' });
    expect(await createHttpSmsSender(config, {}, () => 0).send(message, signal)).toEqual({ ok: true });
    expect(new URLSearchParams(g.seen[0]!.body).get('msg')).toBe(message.text);
  });

  it('says refused when the success field says no, rate limited on 429 with its Retry-After, down on a 5xx or no server', async () => {
    const refused = await gateway(200, '{"CodeResult":"99"}');
    const config = (url: string) => httpSmsSenderSchema.parse({ kind: 'http_sms', url, success: { field: 'CodeResult', equals: 100 } });
    expect(await createHttpSmsSender(config(refused.url), {}, () => 0).send(message, signal)).toEqual({ ok: false, problem: 'refused', detail: 'CodeResult = "99"' });
    await close?.();
    const limited = await gateway(429, '{}', { 'retry-after': '20' });
    expect(await createHttpSmsSender(config(limited.url), {}, () => 0).send(message, signal)).toEqual({ ok: false, problem: 'rate_limited', detail: 'HTTP 429', retryAfterMs: 20_000 });
    await close?.();
    const down = await gateway(503, '{}');
    expect(await createHttpSmsSender(config(down.url), {}, () => 0).send(message, signal)).toMatchObject({ ok: false, problem: 'down', detail: 'HTTP 503' });
    await close?.();
    close = null;
    expect(await createHttpSmsSender(config(down.url), {}, () => 0).send(message, signal)).toMatchObject({ ok: false, problem: 'down' });
  });

  it('stops the hub at start when a credential variable is missing', () => {
    const config = httpSmsSenderSchema.parse({ kind: 'http_sms', url: 'http://127.0.0.1:9/send', headers: { 'x-api-key': '${env:MISSING_KEY}' } });
    expect(() => createHttpSmsSender(config, {}, () => 0)).toThrow(SenderConfigError);
  });
});

describe('the Zalo OA sender', () => {
  it("sends the kind's template with the values, the access token and the outbox id; error 0 is success", async () => {
    const g = await gateway(200, '{"error":0,"message":"Success"}');
    const config = zaloOaSenderSchema.parse({ kind: 'zalo_oa', url: g.url, accessToken: '${env:ZALO_TOKEN}', templates: { result_ready: '2301' } });
    expect(await createZaloOaSender(config, { ZALO_TOKEN: 'zt' }, () => 0).send(message, signal)).toEqual({ ok: true });
    expect(g.seen[0]!.headers.access_token).toBe('zt');
    expect(JSON.parse(g.seen[0]!.body)).toEqual({ phone: '84912345678', template_id: '2301', template_data: message.values, tracking_id: 'm1' });
  });

  it('says refused on a Zalo error code, or for a kind without a template', async () => {
    const g = await gateway(200, '{"error":-124,"message":"Access token is invalid"}');
    const config = zaloOaSenderSchema.parse({ kind: 'zalo_oa', url: g.url, accessToken: 'zt', templates: { result_ready: '2301' } });
    const sender = createZaloOaSender(config, {}, () => 0);
    expect(await sender.send(message, signal)).toEqual({ ok: false, problem: 'refused', detail: 'Zalo error -124' });
    expect(await sender.send({ ...message, kind: 'near_turn' }, signal)).toEqual({ ok: false, problem: 'refused', detail: 'no Zalo template for near_turn' });
  });
});
