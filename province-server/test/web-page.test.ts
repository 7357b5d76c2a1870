import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerWebPage } from '../src/http/web-page';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the province page', () => {
  it('is served at / once built', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luot-province-web-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Lượt — Toàn tỉnh</title><div id="root"></div>');
    const app = Fastify();
    await registerWebPage(app, dir);
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Toàn tỉnh');
    await app.close();
  });

  it('says how to build it when it is not built', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luot-province-web-'));
    dirs.push(dir);
    const app = Fastify();
    await registerWebPage(app, dir);
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build:web');
    expect(res.body).toContain('chưa được build');
    await app.close();
  });
});
