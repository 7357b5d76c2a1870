import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { SHELL_RUNTIME_FILES, shellAppPackageJson, shellMainOptions } from '../electron-shell-bundle';

const repo = fileURLToPath(new URL('../..', import.meta.url));
// Inside the repo so the bundle finds node_modules the way a packaged shell finds its own.
const cacheDir = join(repo, 'node_modules', '.cache');
mkdirSync(cacheDir, { recursive: true });
const workDir = mkdtempSync(join(cacheDir, 'luot-shell-bundle-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);

describe('the Electron shell bundle (CommonJS, as scripts/build-electron-shell.ts builds it)', () => {
  it('renders and prints a raster ticket in plain node: the font resolves without import.meta', async () => {
    const entry = join(workDir, 'entry.ts');
    const printing = join(repo, 'hardware/src/printing/index.ts');
    writeFileSync(
      entry,
      `import { buildJobBytes, renderTicket, resolvePrinterOptions, sampleTicket } from ${JSON.stringify(printing)};
const ticket = sampleTicket();
const image = renderTicket(ticket, 80);
const options = resolvePrinterOptions({ target: 'tcp://127.0.0.1:9100' });
if (!options.ok) throw new Error('options');
buildJobBytes({ kind: 'ticket', ticket }, options.value).then((bytes) => {
  console.log(JSON.stringify({ width: image.width, height: image.height, inked: image.data.some((b) => b !== 0), bytes: bytes.length }));
});
`,
    );
    const out = join(workDir, 'dist-electron');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'package.json'), JSON.stringify(shellAppPackageJson({ name: '@luot/probe', version: '0.0.0' })));
    await build({ ...shellMainOptions(entry, join(out, 'main.js')), logLevel: 'silent' });
    const { stdout } = await promisify(execFile)(process.execPath, [join(out, 'main.js')], { timeout: 20_000 });
    const result = JSON.parse(stdout) as { width: number; height: number; inked: boolean; bytes: number };
    expect(result.width).toBe(576);
    expect(result.height).toBeGreaterThan(400);
    expect(result.inked).toBe(true);
    expect(result.bytes).toBeGreaterThan((576 / 8) * result.height);
  });

  it.each(['kiosk-app', 'counter-app', 'display-board'])('%s: every module the shell loads at run time is a dependency; the renderer\'s are not', async (app) => {
    const built = await build({
      ...shellMainOptions(join(repo, app, 'src/main/main.ts'), join(workDir, app, 'main.js')),
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const loaded = new Set<string>();
    // What the bundle itself still requires (type-only imports are gone by then).
    for (const output of Object.values(built.metafile.outputs)) {
      for (const imported of output.imports) if (imported.external && !isBuiltin(imported.path)) loaded.add(packageOf(imported.path));
    }
    loaded.delete('electron'); // the shell runs inside Electron
    const pkg = JSON.parse(readFileSync(join(repo, app, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const dependencies = Object.keys(pkg.dependencies ?? {});
    const usesDevices = loaded.has('@napi-rs/canvas');
    const needed = [...loaded, ...(usesDevices ? SHELL_RUNTIME_FILES : [])];
    if (app !== 'display-board') expect(usesDevices).toBe(true);
    for (const name of needed) expect(dependencies, `${app} needs ${name}`).toContain(name);
    // Vite bundles these into the renderer; shipping them again would only grow the installer.
    for (const name of ['react', 'react-dom', 'socket.io-client']) expect(dependencies).not.toContain(name);
  });

  it('the packaged app (dist-electron/package.json) runs main.js with the shell\'s run-time dependencies and no Electron', () => {
    const shell = JSON.parse(readFileSync(join(repo, 'kiosk-app/package.json'), 'utf8')) as Parameters<typeof shellAppPackageJson>[0] & { optionalDependencies?: Record<string, string> };
    const app = shellAppPackageJson({ ...shell, dependencies: { ...shell.dependencies, ...shell.optionalDependencies } });
    expect(app).toMatchObject({ main: 'main.js', type: 'commonjs', version: shell.version, dependencies: shell.dependencies });
    // electron-builder refuses a package whose dependencies (optional ones included) name electron.
    expect(Object.keys(app.dependencies as Record<string, string>)).not.toContain('electron');
    expect(readFileSync(join(repo, 'kiosk-app/electron-builder.yml'), 'utf8')).toMatch(/^ {2}app: dist-electron$/m);
  });

  it('the kiosk installer unpacks the native modules and the font from the asar archive', () => {
    const config = readFileSync(join(repo, 'kiosk-app/electron-builder.yml'), 'utf8');
    for (const name of ['serialport', '@serialport', '@napi-rs', ...SHELL_RUNTIME_FILES]) expect(config).toContain(`"**/node_modules/${name}/**"`);
  });
});
