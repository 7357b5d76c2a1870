/**
 * The demo hall says so on every page the hub serves (issue 15): the kiosk,
 * counter, admin and board apps, the public ticket and dossier pages, the
 * printable slips. A band across the top of each HTML answer, added by the
 * hub so no app can forget it; it lets touches through (`pointer-events:
 * none`) and is printed with a slip. Inline style only: the CSP admits
 * styles, and no script is added.
 */
import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';

export const DEMO_BANNER =
  '<div data-luot-demo role="note" style="position:fixed;top:0;left:0;right:0;z-index:2147483647;pointer-events:none;' +
  'background:#b3261e;color:#fff;font:700 13px/1.7 system-ui,sans-serif;text-align:center;letter-spacing:.08em;opacity:.92">' +
  'DEMO — Hệ thống trình diễn, không dùng cho hội trường thật · Demo hall, not for real use</div>';

function withBanner(html: string): string {
  const body = /<body[^>]*>/i.exec(html);
  if (!body) return DEMO_BANNER + html;
  const at = body.index + body[0].length;
  return html.slice(0, at) + DEMO_BANNER + html.slice(at);
}

async function text(payload: unknown): Promise<string | null> {
  if (typeof payload === 'string') return payload;
  if (Buffer.isBuffer(payload)) return payload.toString('utf8');
  if (payload instanceof Readable) {
    const chunks: Buffer[] = [];
    for await (const chunk of payload) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(chunks).toString('utf8');
  }
  return null;
}

export function installDemoBanner(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    const type = reply.getHeader('content-type');
    if (typeof type !== 'string' || !type.startsWith('text/html') || reply.statusCode === 304) return payload;
    const html = await text(payload);
    if (html === null) return payload;
    reply.removeHeader('content-length');
    return withBanner(html);
  });
}
