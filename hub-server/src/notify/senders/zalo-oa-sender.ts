/**
 * Zalo Official Account messages through Zalo's notification service (ZNS):
 * a template approved by Zalo per kind of message, filled with the message's
 * values; the OA's access token in the `access_token` header. The outbox id
 * goes as `tracking_id`. Zalo answers 200 with `error: 0` on success, another
 * `error` code (e.g. an expired token) when it refuses.
 */
import type { ZaloOaSenderConfig } from '../../core/config/notifications-schema';
import { shortBody, statusOutcome, unreachable, valueAt } from './http-outcome';
import { fromEnv, internationalPhone, type Sender } from './sender';

export function createZaloOaSender(config: ZaloOaSenderConfig, env: NodeJS.ProcessEnv, now: () => number): Sender {
  const token = fromEnv(config.accessToken, env, 'accessToken');
  return {
    kind: 'zalo_oa',
    async send(m, signal) {
      const templateId = config.templates[m.kind];
      if (templateId === undefined) return { ok: false, problem: 'refused', detail: `no Zalo template for ${m.kind}` };
      try {
        const response = await fetch(config.url, {
          method: 'POST',
          headers: { access_token: token, 'content-type': 'application/json' },
          body: JSON.stringify({ phone: internationalPhone(m.to), template_id: templateId, template_data: m.values, tracking_id: m.id }),
          signal: AbortSignal.any([signal, AbortSignal.timeout(config.timeoutSeconds * 1000)]),
        });
        const text = await shortBody(response);
        if (response.status !== 200) return statusOutcome(response, now());
        let error: unknown;
        try {
          error = valueAt(JSON.parse(text), 'error');
        } catch {
          return { ok: false, problem: 'refused', detail: 'an answer that is not JSON' };
        }
        return error === 0 ? { ok: true } : { ok: false, problem: 'refused', detail: `Zalo error ${JSON.stringify(error) ?? 'absent'}` };
      } catch (err) {
        return unreachable(err);
      }
    },
  };
}
