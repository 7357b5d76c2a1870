/**
 * Demo halls only: when LUOT_PRINTED_DIR points at the virtual printer's
 * output folder, /printed/ shows every printed ticket and receipt as an image,
 * newest first, so a newcomer sees what citizens get on paper.
 */
import type { FastifyInstance } from 'fastify';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

const SAFE_NAME = /^[A-Za-z0-9._-]+\.png$/;

/** The newest printed jobs (at most 60); none when the folder is missing. */
function listPrinted(dir: string): { name: string; at: number }[] {
  try {
    return readdirSync(dir)
      .filter((n) => SAFE_NAME.test(n))
      .map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at)
      .slice(0, 60);
  } catch {
    return [];
  }
}

export function registerPrintedGallery(app: FastifyInstance, dir: string): void {
  app.get('/printed/', (_req, reply) => {
    const files = listPrinted(dir);
    const items = files
      .map((f) => `<figure><img src="/printed/${f.name}" alt="${f.name}"><figcaption>${new Date(f.at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })} · ${f.name}</figcaption></figure>`)
      .join('');
    reply.type('text/html; charset=utf-8').send(`<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="5"><title>Phiếu đã in (máy in ảo)</title>
<style>body{font-family:system-ui,sans-serif;background:#eef2f6;margin:16px}h1{font-size:20px}
main{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}figure{background:#fff;padding:8px;margin:0;box-shadow:0 1px 4px #0002}
img{width:288px;image-rendering:pixelated;display:block}figcaption{font-size:12px;color:#486581;margin-top:4px}</style></head>
<body><h1>Phiếu đã in — máy in ảo (${files.length}) · Printed by the virtual printer</h1>
<main>${items || '<p>Chưa có phiếu nào được in. No job printed yet.</p>'}</main></body></html>`);
  });
  app.get('/printed/:name', (req, reply) => {
    const name = basename((req.params as { name: string }).name);
    if (!SAFE_NAME.test(name)) return reply.code(404).send({ error: { code: 'not_found', message: { vi: 'Không tìm thấy.', en: 'Not found.' } } });
    try {
      return reply.type('image/png').send(readFileSync(join(dir, name)));
    } catch {
      return reply.code(404).send({ error: { code: 'not_found', message: { vi: 'Không tìm thấy.', en: 'Not found.' } } });
    }
  });
}
