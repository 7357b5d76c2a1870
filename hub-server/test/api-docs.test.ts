/** The hub serves its API document and a reference page whose renderer it serves itself (no CDN). */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OPENAPI_PATH } from '@luot/hub-server';
import { startTestHub, testHallConfig, type TestHub } from '@luot/testing';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ config: testHallConfig(), serveApps: false });
});
afterAll(async () => hub.close());

describe('API docs', () => {
  it('serves openapi.yaml as it is in the package', async () => {
    const r = await fetch(`${hub.url}/api/v1/openapi.yaml`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/yaml/);
    const text = await r.text();
    expect(text).toBe(readFileSync(OPENAPI_PATH, 'utf8'));
    expect((parse(text) as { openapi: string }).openapi).toBe('3.1.0');
  });

  it('serves a reference page that loads only the hub’s own files', async () => {
    const r = await fetch(`${hub.url}/api/docs`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await r.text();
    const loads = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(loads).toEqual(
      expect.arrayContaining([
        '/api/docs/assets/swagger-ui-bundle.js',
        '/api/docs/assets/swagger-ui.css',
        '/api/docs/assets/init.js',
      ]),
    );
    expect(loads.filter((u) => !u.startsWith('/'))).toEqual([]);
    for (const asset of loads) {
      const a = await fetch(`${hub.url}${asset}`);
      expect(a.status, asset).toBe(200);
      expect((await a.arrayBuffer()).byteLength, asset).toBeGreaterThan(0);
    }
    const init = await (await fetch(`${hub.url}/api/docs/assets/init.js`)).text();
    expect(init).toContain("url: '/api/v1/openapi.yaml'");
    // swagger-ui would fetch a validity badge from the internet without this.
    expect(init).toContain('validatorUrl: null');
  });

  it('redirects /api/docs/ to the page and serves no other file of the renderer package', async () => {
    const slash = await fetch(`${hub.url}/api/docs/`, { redirect: 'manual' });
    expect([301, 302]).toContain(slash.status);
    expect(slash.headers.get('location')).toBe('/api/docs');
    for (const path of ['package.json', 'index.html', '..%2Fpackage.json', 'swagger-ui-bundle.js.map']) {
      expect((await fetch(`${hub.url}/api/docs/assets/${path}`)).status, path).toBe(404);
    }
  });
});
