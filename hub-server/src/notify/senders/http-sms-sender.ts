/**
 * An HTTP SMS gateway, as the Vietnamese brandname-SMS providers offer them:
 * a URL, credentials (headers or basic auth), a body template and a success
 * check, all from the hall config. The outbox id goes in `{{id}}` and the
 * optional idempotency header, so a gateway that dedupes on it never delivers
 * a resent message twice.
 */
import type { HttpSmsSenderConfig } from '../../core/config/notifications-schema';
import { shortBody, statusOutcome, unreachable, valueAt } from './http-outcome';
import { fromEnv, internationalPhone, type OutgoingMessage, type Sender } from './sender';

type Escape = (value: string) => string;
const asJsonString: Escape = (v) => JSON.stringify(v).slice(1, -1);

function fill(template: string, m: OutgoingMessage, escape: Escape): string {
  const values: Record<string, string> = { to: m.to, to84: internationalPhone(m.to), text: m.text, id: m.id, kind: m.kind };
  return template.replace(/\{\{(to|to84|text|id|kind)\}\}/g, (_, name: string) => escape(values[name] ?? ''));
}

export function createHttpSmsSender(config: HttpSmsSenderConfig, env: NodeJS.ProcessEnv, now: () => number): Sender {
  // Credentials are read once, at start: a missing variable is a start-up error.
  const url = fromEnv(config.url, env, 'url');
  const body = fromEnv(config.body, env, 'body');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(config.headers)) headers[name] = fromEnv(value, env, `headers.${name}`);
  if (config.basicAuth) {
    const user = fromEnv(config.basicAuth.user, env, 'basicAuth.user');
    const password = fromEnv(config.basicAuth.password, env, 'basicAuth.password');
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  }
  const contentType = config.contentType === 'json' ? 'application/json' : 'application/x-www-form-urlencoded';

  return {
    kind: 'http_sms',
    async send(m, signal) {
      const request: RequestInit = {
        method: config.method,
        headers: {
          ...headers,
          ...(config.idempotencyHeader ? { [config.idempotencyHeader]: m.id } : {}),
          ...(config.method === 'POST' ? { 'content-type': contentType } : {}),
        },
        signal: AbortSignal.any([signal, AbortSignal.timeout(config.timeoutSeconds * 1000)]),
      };
      if (config.method === 'POST') request.body = fill(body, m, config.contentType === 'json' ? asJsonString : encodeURIComponent);
      try {
        const response = await fetch(fill(url, m, encodeURIComponent), request);
        const text = await shortBody(response);
        if (!config.success.status.includes(response.status)) return statusOutcome(response, now());
        if (config.success.field === undefined) return { ok: true };
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          return { ok: false, problem: 'refused', detail: `HTTP ${response.status}, an answer that is not JSON` };
        }
        const value = valueAt(json, config.success.field);
        if (config.success.equals === undefined ? value !== undefined : String(value) === String(config.success.equals)) return { ok: true };
        return { ok: false, problem: 'refused', detail: `${config.success.field} = ${JSON.stringify(value) ?? 'absent'}` };
      } catch (err) {
        return unreachable(err);
      }
    },
  };
}
