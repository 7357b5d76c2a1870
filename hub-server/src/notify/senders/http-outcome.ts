/** Reading a gateway's HTTP answer, shared by the senders that speak HTTP. */
import { parseRetryAfter } from '../retry-rules';
import type { SendOutcome } from './sender';

/** The value at a dot path of a parsed JSON answer (`data.status`), or undefined. */
export function valueAt(json: unknown, path: string): unknown {
  let here: unknown = json;
  for (const key of path.split('.')) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

/** A failure that is not the gateway's answer: a timeout, a refused connection — or the hub stopping. */
export function unreachable(err: unknown): SendOutcome {
  const detail = err instanceof Error ? (err.name === 'TimeoutError' ? 'no answer in time' : err.message) : String(err);
  return { ok: false, problem: 'down', detail };
}

/** The outcome of a non-2xx status (429 → rate limited, 5xx → down, other → refused). */
export function statusOutcome(response: Response, now: number): SendOutcome {
  const detail = `HTTP ${response.status}`;
  if (response.status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
    return { ok: false, problem: 'rate_limited', detail, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  return { ok: false, problem: response.status >= 500 ? 'down' : 'refused', detail };
}

/** Reads at most a few KB of an answer (a gateway is not trusted to keep its answers short). */
export async function shortBody(response: Response): Promise<string> {
  const text = await response.text();
  return text.slice(0, 4096);
}
