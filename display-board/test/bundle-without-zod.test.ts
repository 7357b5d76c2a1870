/**
 * The board's build carries no zod (issue 21): evaluating the protocol's
 * schemas cost a weak TV box ~10 % of its first paint's JS time although the
 * board validates nothing. Builds the board with source maps into a temp
 * folder and reads which modules each chunk was made of.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOARD_ROOT } from '@luot/testing/browser';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let outDir: string;
/** Every source file a chunk of the build was made of, by chunk. */
let sources: Map<string, string[]>;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'luot-board-build-'));
  await build({ root: BOARD_ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: true } });
  const assets = join(outDir, 'assets');
  sources = new Map(
    readdirSync(assets)
      .filter((f) => f.endsWith('.js.map'))
      .map((f) => [f, (JSON.parse(readFileSync(join(assets, f), 'utf8')) as { sources: string[] }).sources]),
  );
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("the board's build", () => {
  it('holds the board, its hub client and the protocol helpers it uses', () => {
    const all = [...sources.values()].flat();
    expect(all.some((s) => s.endsWith('display-board/src/board/board-model.ts'))).toBe(true);
    expect(all.some((s) => s.endsWith('hub-client/src/hub-client.ts'))).toBe(true);
    expect(all.some((s) => s.endsWith('protocol/src/hall-state.ts'))).toBe(true);
  });

  it('holds no zod and no module of the protocol that builds a schema', () => {
    const all = [...sources.values()].flat();
    expect(all.filter((s) => s.includes('/node_modules/zod/'))).toEqual([]);
    const schemaModules = /protocol\/src\/(schemas|phone|socket-events|[a-z-]*-schemas|dossier-events|dossier-return|audit|province-link|province-views|period-report|appointments|notify|hall-config-admin|strict-csp)\.ts$/;
    expect(all.filter((s) => schemaModules.test(s))).toEqual([]);
  });
});
