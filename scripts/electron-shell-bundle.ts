/**
 * How an Electron shell's main process is bundled (scripts/build-electron-shell.ts,
 * and the test that runs such a bundle in plain node): one CommonJS file,
 * with the native device modules left outside for electron-builder to ship.
 */
import type { BuildOptions } from 'esbuild';

/**
 * Modules the bundle loads from node_modules at run time: native code, or
 * packages read by file path (the ticket font). Each must be a dependency of
 * the shell's package.json so electron-builder packages it.
 */
export const SHELL_RUNTIME_MODULES = ['serialport', '@serialport/*', '@napi-rs/canvas', 'node-thermal-printer'] as const;

/** Packages the bundle resolves by path at run time (not through an import esbuild can see). */
export const SHELL_RUNTIME_FILES = ['@fontsource/noto-sans'] as const;

export const SHELL_COMMON = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', sourcemap: true, logLevel: 'info' } as const;

/**
 * The main-process bundle. Our ESM sources use `import.meta.url` (e.g. to
 * resolve the font files); CommonJS has no import.meta, so esbuild would
 * leave it empty and `createRequire(undefined)` would throw. The banner
 * gives the bundle's own file URL instead.
 */
export function shellMainOptions(entry: string, outfile: string): BuildOptions {
  return {
    ...SHELL_COMMON,
    entryPoints: [entry],
    outfile,
    external: ['electron', ...SHELL_RUNTIME_MODULES],
    define: { 'import.meta.url': '__luotBundleUrl' },
    // "use strict" first: a directive counts only at the top of the file.
    banner: { js: '"use strict";\nconst __luotBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  };
}

interface ShellPackageJson {
  name: string;
  version: string;
  description?: string;
  author?: string;
  dependencies?: Record<string, string>;
}

/**
 * dist-electron/package.json: the app electron-builder packages (its "two
 * package.json" layout, `directories.app: dist-electron`). It names the
 * bundle as `main` and lists only what the bundle loads at run time — the
 * shell's `dependencies`, installed there and rebuilt for Electron when the
 * installer is made. Electron itself is not among them: the workspace keeps
 * it an optional dependency (so `npm install` works offline), which
 * electron-builder would refuse in the app it packages.
 */
export function shellAppPackageJson(shell: ShellPackageJson): Record<string, unknown> {
  const dependencies = { ...shell.dependencies };
  delete dependencies.electron;
  return {
    name: shell.name.replace(/^@luot\//, 'luot-'),
    version: shell.version,
    description: shell.description ?? 'Lượt',
    author: shell.author ?? 'Lượt',
    private: true,
    type: 'commonjs',
    main: 'main.js',
    dependencies,
  };
}
