/**
 * Bundles an app's Electron shell (run from the app folder: `tsx ../scripts/build-electron-shell.ts`):
 * src/main/main.ts → dist-electron/main.js, src/preload/bridge.ts (when the app has one)
 * → dist-electron/preload.js — a sandboxed preload may only require 'electron', so our
 * code is inlined — and src/main/*.html (the offline page) copied beside them.
 * Native device modules stay external: electron-builder ships them (see
 * electron-shell-bundle.ts; they are the shell package's dependencies).
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { SHELL_COMMON, shellAppPackageJson, shellMainOptions } from './electron-shell-bundle';

const root = process.cwd();
const out = path.join(root, 'dist-electron');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
// The app packages are ESM; these bundles are CommonJS (Electron's main and a
// sandboxed preload both want it), so the folder says so — and is the app
// electron-builder packages, with the shell's run-time dependencies.
const shellPackage = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as Parameters<typeof shellAppPackageJson>[0];
await writeFile(path.join(out, 'package.json'), `${JSON.stringify(shellAppPackageJson(shellPackage), null, 2)}\n`);
await build(shellMainOptions(path.join(root, 'src/main/main.ts'), path.join(out, 'main.js')));
const preload = path.join(root, 'src/preload/bridge.ts');
if (existsSync(preload)) {
  await build({ ...SHELL_COMMON, entryPoints: [preload], outfile: path.join(out, 'preload.js'), external: ['electron'] });
}
for (const file of await readdir(path.join(root, 'src/main'))) {
  if (file.endsWith('.html')) await copyFile(path.join(root, 'src/main', file), path.join(out, file));
}
