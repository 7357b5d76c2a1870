/**
 * Serves the built web apps, so a smart TV's browser is a display board
 * with no install: /kiosk, /counter and /admin (one build), /display.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_DIR } from '../core/paths';

const root = REPO_DIR;

export const WEB_APPS: readonly { prefix: string; dir: string }[] = [
  { prefix: '/kiosk/', dir: join(root, 'kiosk-app/dist') },
  { prefix: '/counter/', dir: join(root, 'counter-app/dist') },
  { prefix: '/admin/', dir: join(root, 'counter-app/dist') },
  { prefix: '/display/', dir: join(root, 'display-board/dist') },
];

export async function registerStaticApps(app: FastifyInstance): Promise<void> {
  let decorated = false;
  for (const { prefix, dir } of WEB_APPS) {
    if (!existsSync(join(dir, 'index.html'))) {
      app.get(prefix, (_req, reply) =>
        reply
          .code(503)
          .type('text/html; charset=utf-8')
          .send(`<!doctype html><meta charset="utf-8"><p>Ứng dụng chưa được build (${prefix}). Chạy <code>npm run build:web</code>.</p>`),
      );
      continue;
    }
    await app.register(fastifyStatic, { root: dir, prefix, decorateReply: !decorated, index: 'index.html', wildcard: true });
    decorated = true;
    app.get(prefix.slice(0, -1), (_req, reply) => reply.redirect(prefix));
  }
  app.get('/', (_req, reply) => reply.redirect('/display/'));
}
