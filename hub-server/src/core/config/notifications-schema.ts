/**
 * The hall config's `notifications` section (issue 19): which sender tells
 * citizens (an HTTP SMS gateway, Zalo Official Account, or only the log), how
 * messages are written, and how the outbox retries. Credentials may be given
 * as `${env:NAME}` so they stay out of the config file; either way they never
 * leave the hub (`publicSenderSettings` is what API answers show).
 */
import { z } from 'zod';
import { MESSAGE_KINDS } from '@luot/protocol';
import { reason } from './config-reason';

/** A value taken from the environment at start: `${env:LUOT_SMS_KEY}`. */
export const ENV_REFERENCE = /\$\{env:([A-Z_][A-Z0-9_]*)\}/g;

const HTTP_URL = /^https?:\/\//;
const httpUrl = () => reason('an http(s) URL', 'một địa chỉ bắt đầu bằng http:// hoặc https://');
/** HTTP header names: what gateways accept, and no room for header injection. */
const headerName = () =>
  z.string().regex(/^[A-Za-z0-9-]{1,64}$/, reason('a header name of letters, digits or -, at most 64', 'một tên tiêu đề HTTP gồm chữ cái, chữ số hoặc -, tối đa 64 ký tự'));

const seconds = (max: number, fallback: number) => z.number().int().min(1).max(max).default(fallback);

export const httpSmsSenderSchema = z.strictObject({
  kind: z.literal('http_sms'),
  /** The gateway's send URL; `{{to}}`, `{{text}}`… may appear in it for GET gateways. */
  url: z.string().min(8).max(500).regex(HTTP_URL, httpUrl()),
  method: z.enum(['POST', 'GET']).default('POST'),
  /** How `body` is sent: as JSON (values escaped as JSON strings) or as a form (URL-encoded). */
  contentType: z.enum(['json', 'form']).default('json'),
  /**
   * The body, with placeholders: `{{to}}` (0912345678), `{{to84}}` (84912345678),
   * `{{text}}`, `{{id}}` (the outbox id, for gateways that dedupe on a request id).
   */
  body: z.string().max(4000).default('{"to":"{{to}}","text":"{{text}}","requestId":"{{id}}"}'),
  headers: z.record(headerName(), z.string().max(1000)).default({}),
  basicAuth: z.strictObject({ user: z.string().min(1).max(200), password: z.string().min(1).max(500) }).optional(),
  /** A header that carries the outbox id, for gateways that honour an idempotency key (closes the resend window). */
  idempotencyHeader: headerName().optional(),
  /** What the gateway answers when it accepted the message: an HTTP status, and optionally a JSON field's value. */
  success: z
    .strictObject({
      status: z.array(z.number().int().min(200).max(299)).min(1).default([200, 201, 202]),
      /** A dot path into the JSON answer, e.g. `CodeResult` or `data.status`. */
      field: z.string().min(1).max(100).optional(),
      equals: z.union([z.string().max(100), z.number()]).optional(),
    })
    .default({ status: [200, 201, 202] }),
  timeoutSeconds: seconds(120, 10),
});

export const zaloOaSenderSchema = z.strictObject({
  kind: z.literal('zalo_oa'),
  /** Zalo's ZNS template API; another URL only for a test double. */
  url: z.string().regex(HTTP_URL, httpUrl()).max(500).default('https://business.openapi.zalo.me/message/template'),
  accessToken: z.string().min(1).max(2000),
  /** The Zalo template id approved for each kind of message; a kind without one is not sent by Zalo. */
  templates: z.partialRecord(z.enum(MESSAGE_KINDS), z.string().min(1).max(64)).default({}),
  timeoutSeconds: seconds(120, 10),
});

export const senderSchema = z.discriminatedUnion('kind', [
  /** The demo hall: messages are written to the hub's log, nothing leaves. */
  z.strictObject({ kind: z.literal('log') }),
  httpSmsSenderSchema,
  zaloOaSenderSchema,
]);

export const notificationsSchema = z.strictObject({
  sender: senderSchema.default({ kind: 'log' }),
  /** Messages without Vietnamese diacritics (gateways that count them as Unicode: 160 characters a segment instead of 70). */
  withoutDiacritics: z.boolean().default(false),
  /** The kiosks offer an optional phone entry when a number is taken (the citizen is told when near the turn). */
  kioskPhoneOffer: z.boolean().default(false),
  /** A ticket with a phone number is told when it becomes this-th in its line (1 = next). */
  nearTurnPosition: z.number().int().min(1).max(20).default(3),
  retry: z
    .strictObject({
      /** The first retry's delay; each next one doubles, with jitter, up to `maxSeconds`. */
      firstSeconds: seconds(3600, 5),
      maxSeconds: seconds(86_400, 600),
      /** Attempts before a message is given up (its phone then erased). */
      maxAttempts: z.number().int().min(1).max(100).default(12),
    })
    .default({ firstSeconds: 5, maxSeconds: 600, maxAttempts: 12 }),
});

export type NotificationsConfig = z.output<typeof notificationsSchema>;
export type SenderConfig = NotificationsConfig['sender'];
export type HttpSmsSenderConfig = z.output<typeof httpSmsSenderSchema>;
export type ZaloOaSenderConfig = z.output<typeof zaloOaSenderSchema>;

/** The URL without its query (where keys often sit), credentials or fragment. */
function urlForDisplay(url: string): string {
  try {
    const u = new URL(url.replace(ENV_REFERENCE, 'x'));
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

/** The sender settings an API answer or the audit log may show: no credential, no body, no header value. */
export function publicSenderSettings(n: NotificationsConfig) {
  const { sender } = n;
  const common = { withoutDiacritics: n.withoutDiacritics, kioskPhoneOffer: n.kioskPhoneOffer, nearTurnPosition: n.nearTurnPosition, retry: n.retry };
  switch (sender.kind) {
    case 'log':
      return { ...common, sender: { kind: sender.kind } };
    case 'http_sms':
      return {
        ...common,
        sender: {
          kind: sender.kind,
          url: urlForDisplay(sender.url),
          method: sender.method,
          contentType: sender.contentType,
          headerNames: Object.keys(sender.headers),
          basicAuth: sender.basicAuth !== undefined,
          idempotencyHeader: sender.idempotencyHeader ?? null,
          success: sender.success,
          timeoutSeconds: sender.timeoutSeconds,
        },
      };
    case 'zalo_oa':
      return {
        ...common,
        sender: { kind: sender.kind, url: urlForDisplay(sender.url), templates: sender.templates, timeoutSeconds: sender.timeoutSeconds },
      };
  }
}
