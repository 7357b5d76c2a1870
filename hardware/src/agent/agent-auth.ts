/** The agent's per-launch token: made at start, compared in constant time. */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const newAgentToken = (): string => randomBytes(32).toString('base64url');

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * True when the request carries `Authorization: Bearer <token>`, or, only
 * where `allowQuery` (the SSE endpoint: EventSource cannot set headers),
 * `?token=<token>`.
 */
export function isAuthorized(req: IncomingMessage, url: URL, token: string, allowQuery: boolean): boolean {
  const header = req.headers.authorization;
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    return m !== null && sameToken(m[1] as string, token);
  }
  const fromQuery = allowQuery ? url.searchParams.get('token') : null;
  return fromQuery !== null && sameToken(fromQuery, token);
}
