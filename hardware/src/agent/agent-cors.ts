/**
 * CORS for the agent: a kiosk page served by the hub (another origin) calls
 * the agent on 127.0.0.1. Only listed origins get CORS headers; a request
 * from any other page is refused outright. Chrome's Private Network Access
 * preflight (a LAN page reaching localhost) is answered too.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type OriginCheck = 'no-origin' | 'allowed' | 'refused';

export function checkOrigin(req: IncomingMessage, allowedOrigins: ReadonlySet<string>): OriginCheck {
  const origin = req.headers.origin;
  if (origin === undefined) return 'no-origin';
  return allowedOrigins.has(origin) ? 'allowed' : 'refused';
}

export function setCorsHeaders(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (!origin) return;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'Origin');
  if (req.method === 'OPTIONS') {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', 'authorization, content-type');
    res.setHeader('access-control-max-age', '600');
    if (req.headers['access-control-request-private-network'] === 'true') {
      res.setHeader('access-control-allow-private-network', 'true');
    }
  }
}
