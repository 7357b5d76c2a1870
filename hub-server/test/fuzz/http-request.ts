/**
 * One HTTP request from a chosen loopback address (127.0.0.2–254), so the
 * per-address limits (public lookups, wrong tokens) spread over many
 * "clients" and the fuzz keeps reaching the handlers. Raw node:http: the
 * body and path are sent exactly as generated, lone surrogates and all.
 */
import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  body: string;
}

export function rawRequest(options: {
  port: number;
  from: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: options.port, localAddress: options.from, method: options.method, path: options.path, headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(5000, () => req.destroy(new Error('no answer within 5 s')));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** encodeURIComponent, but a lone surrogate is sent as the (invalid UTF-8) bytes it would have, not a throw. */
export function encodeSegment(s: string): string {
  let out = '';
  for (const ch of s) {
    try {
      out += encodeURIComponent(ch);
    } catch {
      out += '%ED%A0%80';
    }
  }
  return out;
}
