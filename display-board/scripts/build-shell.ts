/**
 * Bundles the Electron shell to dist-electron/main.js (CommonJS, which
 * Electron's main process wants). Run: npm run build:shell -w @luot/display-board
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'dist-electron');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await writeFile(path.join(out, 'package.json'), '{ "type": "commonjs" }\n');
await build({
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'info',
  entryPoints: [path.join(root, 'src/main/main.ts')],
  outfile: path.join(out, 'main.js'),
  external: ['electron'],
});
