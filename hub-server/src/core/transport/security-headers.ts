/**
 * Browser security headers on every answer the hub gives (issue 15):
 * `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer` and a
 * Content-Security-Policy with `frame-ancestors 'none'` and no inline script.
 * A page that needs an inline script (the ticket page) sets its own policy
 * with a per-answer nonce through `cspWithScriptNonce`; this hook leaves an
 * answer's own policy alone.
 *
 * Inline styles stay allowed: the hub's own pages and printable slips carry
 * `<style>` blocks, and a style cannot run code.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** The local device agent listens on loopback (any port: LUOT_AGENT_PORT, per-launch in tests). */
const LOOPBACK = 'http://127.0.0.1:* http://localhost:* ws://127.0.0.1:* ws://localhost:*';

function policy(scriptSrc: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    `connect-src 'self' ${LOOPBACK}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Scripts from the hub's own files only. */
export const CONTENT_SECURITY_POLICY = policy("'self'");

/** A fresh nonce and the policy that admits the one inline script carrying it. */
export function cspWithScriptNonce(): { nonce: string; policy: string } {
  const nonce = randomBytes(16).toString('base64');
  return { nonce, policy: policy(`'self' 'nonce-${nonce}'`) };
}

/**
 * The policy for a page whose only script is fixed inline event handlers
 * (a printable slip's `onclick="window.print()"`): each handler admitted by
 * its hash, nothing else inline.
 */
export function cspWithInlineHandlers(handlers: readonly string[]): string {
  const hashes = handlers.map((h) => `'sha256-${createHash('sha256').update(h).digest('base64')}'`);
  return policy(`'self' 'unsafe-hashes' ${hashes.join(' ')}`);
}

/** Under TLS browsers remember to come back only over HTTPS (half a year; the hall's own name only). */
export const HSTS = 'max-age=15552000';

export function installSecurityHeaders(app: FastifyInstance, options: { tls: boolean } = { tls: false }): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    if (options.tls) reply.header('strict-transport-security', HSTS);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    return payload;
  });
}
