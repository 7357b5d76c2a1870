/** Serves the built province view (dist/web, `npm run build -w @luot/province-server`) at /. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const WEB_DIR = resolve(import.meta.dirname, '../../dist/web');

export async function registerWebPage(app: FastifyInstance, dir = WEB_DIR): Promise<void> {
  if (!existsSync(join(dir, 'index.html'))) {
    app.get('/', (_req, reply) =>
      reply
        .code(503)
        .type('text/html; charset=utf-8')
        .send('<!doctype html><meta charset="utf-8"><p>Trang tỉnh chưa được build. Chạy <code>npm run build:web</code>. / The province page is not built: run <code>npm run build:web</code>.</p>'),
    );
    return;
  }
  await app.register(fastifyStatic, { root: dir, prefix: '/', index: 'index.html', wildcard: false });
}
