/**
 * The API document at GET /api/v1/openapi.yaml and a readable reference page
 * at /api/docs, rendered in the browser by swagger-ui from files the hub
 * serves itself: the hall has no internet, so nothing comes from a CDN.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { API_BASE } from '@luot/protocol';
import { OPENAPI_PATH, swaggerUiDir } from './api-docs-paths';

export const API_DOCS_PATH = '/api/docs';
const ASSETS = `${API_DOCS_PATH}/assets`;

/** The only renderer files the page loads, with their types (no wildcard: nothing else of the package is served). */
const RENDERER_FILES: Readonly<Record<string, string>> = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
};

// validatorUrl null: swagger-ui would otherwise ask an online validator for a badge.
const INIT_SCRIPT = `window.ui = SwaggerUIBundle({
  url: '${API_BASE}/openapi.yaml',
  dom_id: '#api-docs',
  validatorUrl: null,
  deepLinking: true,
  docExpansion: 'list',
});
`;

const PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lượt — API của hub · hub HTTP API</title>
<link rel="stylesheet" href="${ASSETS}/swagger-ui.css">
</head>
<body>
<noscript>Trang này cần JavaScript. Tài liệu gốc / the document: <a href="${API_BASE}/openapi.yaml">${API_BASE}/openapi.yaml</a></noscript>
<div id="api-docs"></div>
<script src="${ASSETS}/swagger-ui-bundle.js"></script>
<script src="${ASSETS}/init.js"></script>
</body>
</html>
`;

export function registerApiDocs(app: FastifyInstance): void {
  const rendererDir = swaggerUiDir();
  // Read once: the document ships with the hub and changes only with an upgrade (a restart).
  let document: string | undefined;

  app.get(`${API_BASE}/openapi.yaml`, (_req, reply) => {
    document ??= readFileSync(OPENAPI_PATH, 'utf8');
    return reply.type('application/yaml; charset=utf-8').send(document);
  });
  app.get(API_DOCS_PATH, (_req, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
  app.get(`${API_DOCS_PATH}/`, (_req, reply) => reply.redirect(API_DOCS_PATH));
  app.get(`${ASSETS}/init.js`, (_req, reply) => reply.type('text/javascript; charset=utf-8').send(INIT_SCRIPT));
  app.get(`${ASSETS}/:file`, (req, reply) => {
    const { file } = req.params as { file: string };
    const type = Object.hasOwn(RENDERER_FILES, file) ? RENDERER_FILES[file] : undefined;
    if (type === undefined) return reply.callNotFound();
    return reply
      .type(type)
      .header('cache-control', 'public, max-age=86400')
      .send(createReadStream(join(rendererDir, file)));
  });
}
