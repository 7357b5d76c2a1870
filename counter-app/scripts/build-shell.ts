/**
 * Bundles the counter's Electron shell: main → dist-electron/main.js and the
 * preload bridge → dist-electron/preload.js (a sandboxed preload may only
 * require 'electron', so @luot code is inlined). Native device modules stay
 * external.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'dist-electron');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'info',
} as const;

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
// The package is ESM; these bundles are CommonJS, so the folder says so.
await writeFile(path.join(out, 'package.json'), '{ "type": "commonjs" }\n');
await build({
  ...common,
  entryPoints: [path.join(root, 'src/main/main.ts')],
  outfile: path.join(out, 'main.js'),
  external: ['electron', 'serialport', '@serialport/*', '@napi-rs/canvas', 'node-thermal-printer'],
});
await build({
  ...common,
  entryPoints: [path.join(root, 'src/preload/bridge.ts')],
  outfile: path.join(out, 'preload.js'),
  external: ['electron'],
});
