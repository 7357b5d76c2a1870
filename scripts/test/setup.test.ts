/**
 * scripts/setup.sh on a machine without Chromium or socat: for the tests it
 * installs them or stops with a clear message; for the demo hall (`--for
 * start`) it only names them. On a machine whose Node is not 24 it fetches
 * Node 24 from the npm registry (once) and builds the native modules for it
 * (once). Runs a copy of the scripts in a scratch "repository" with a PATH of
 * stubs, so nothing is installed or downloaded for real.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const runtimeScript = readFileSync(join(root, 'scripts/node-runtime.sh'), 'utf8');
/** The pinned Node 24 version, as node-runtime.sh states it. */
const pinned = /^LUOT_NODE_VERSION=(\S+)$/m.exec(runtimeScript)?.[1] ?? '';
/** What the native-module stamp holds when the modules were built by the Node running these tests. */
const builtHere = `node ${process.version} ${process.platform}-${process.arch}`;
const scratch = mkdtempSync(join(tmpdir(), 'luot-setup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let n = 0;
interface Machine {
  repo: string;
  bin: string;
  /** Each stub appends its name and arguments here. */
  calls: string;
}

/** A scratch repository holding setup.sh, and a bin folder of real basics plus the stubs given. */
function machine(stubs: Record<string, string>, options: { installed?: boolean; nativeBuiltFor?: string } = {}): Machine {
  const base = join(scratch, `m${n++}`);
  const repo = join(base, 'repo');
  const bin = join(base, 'bin');
  const calls = join(base, 'calls.log');
  mkdirSync(join(repo, 'scripts'), { recursive: true });
  mkdirSync(bin);
  copyFileSync(join(root, 'scripts/setup.sh'), join(repo, 'scripts/setup.sh'));
  copyFileSync(join(root, 'scripts/node-runtime.sh'), join(repo, 'scripts/node-runtime.sh'));
  writeFileSync(join(repo, 'package.json'), '{}');
  writeFileSync(join(repo, 'package-lock.json'), '{}');
  if (options.installed !== false) {
    mkdirSync(join(repo, 'node_modules'));
    writeFileSync(join(repo, 'node_modules/.luot-install-stamp'), '');
    writeFileSync(join(repo, 'node_modules/.luot-native-node'), `${options.nativeBuiltFor ?? builtHere}\n`);
  }
  const tools = ['dirname', 'sed', 'touch', 'env', 'true', 'cat', 'grep', 'readlink', 'uname', 'mkdir', 'mktemp', 'mv', 'rm', 'tar', 'gzip'];
  for (const tool of tools) symlinkSync(`/usr/bin/${tool}`, join(bin, tool));
  const all: Record<string, string> = { node: `exec "${process.execPath}" "$@"`, id: 'echo 1000', npm: 'exit 0', ...stubs };
  for (const [name, body] of Object.entries(all)) {
    const file = join(bin, name);
    writeFileSync(file, `#!/bin/bash\nLOG="${calls}"\necho "${name} $*" >> "$LOG"\n${body}\n`);
    chmodSync(file, 0o755);
  }
  return { repo, bin, calls };
}

function setup(m: Machine, args: string[] = []) {
  const r = spawnSync('/bin/bash', [join(m.repo, 'scripts/setup.sh'), ...args], { env: { PATH: m.bin, HOME: scratch }, encoding: 'utf8', timeout: 30_000 });
  const calls = existsSync(m.calls) ? readFileSync(m.calls, 'utf8') : '';
  return { ...r, calls, repo: m.repo };
}

/** An apt-get that "installs" by adding stubs for the packages it is given. */
const installingAptGet = (bin: string) =>
  `if [ "$1" = install ]; then for p in "$@"; do case "$p" in chromium|socat) printf '#!/bin/bash\\n' > "${bin}/$p"; chmod +x "${bin}/$p";; esac; done; fi; exit 0`;

/** A Node 20 that answers only `--version`, as the machine's own older Node. */
const OLD_NODE = '[ "$1" = --version ] && echo v20.20.2 && exit 0; exit 1';
/** The registry package setup.sh asks for on this machine. */
const nodePackage = `node-${process.platform}-${process.arch}`;

/**
 * An npm whose `pack` gives a node-<os>-<cpu> tarball (a bin/node answering
 * the pinned version and otherwise running this Node, and Node 24 headers),
 * and whose `ci` makes node_modules and logs which node and nodedir it saw.
 */
function registryNpm(version: string): string {
  const template = join(scratch, `node-package-${n++}`);
  mkdirSync(join(template, 'package/bin'), { recursive: true });
  mkdirSync(join(template, 'package/include/node'), { recursive: true });
  writeFileSync(join(template, 'package/bin/node'), `#!/bin/bash\n[ "$1" = --version ] && echo v${version} && exit 0\nexec "${process.execPath}" "$@"\n`);
  chmodSync(join(template, 'package/bin/node'), 0o755);
  writeFileSync(join(template, 'package/include/node/common.gypi'), '{}\n');
  writeFileSync(join(template, 'package/include/node/node_version.h'), '#define NODE_MAJOR_VERSION 24\n');
  return `case "$1" in
  pack) /usr/bin/tar czf "node-${version}.tgz" -C "${template}" package ;;
  ci) /usr/bin/mkdir -p node_modules; echo "  (node $(command -v node), nodedir $npm_config_nodedir)" >> "$LOG" ;;
esac`;
}

describe('setup.sh', () => {
  it('for the tests, stops with exit 1 naming each missing package, what needs it and how to install it, when it cannot install', () => {
    const r = setup(machine({}));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('✖ setup: thiếu gói hệ thống / missing system packages: chromium socat');
    expect(r.stderr).toContain("chromium: needed by the browser tests (Playwright drives Debian's Chromium)");
    expect(r.stderr).toContain('socat: needed by the serial device tests (pseudo-terminals)');
    expect(r.stderr).toContain('Install them with: sudo apt-get install chromium socat');
    expect(r.calls).not.toContain('npm ');
  });

  it('for the demo hall (--for start), only names what is missing and goes on', () => {
    const r = setup(machine({ socat: 'exit 0' }), ['--for', 'start']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('chromium is not installed: the demo hall does not need it, only the browser tests');
    expect(r.stderr).not.toContain('socat');
  });

  it('as root, installs the missing packages with apt-get', () => {
    const m = machine({ id: 'echo 0' });
    writeFileSync(join(m.bin, 'apt-get'), `#!/bin/bash\necho "apt-get $*" >> "${m.calls}"\n${installingAptGet(m.bin)}\n`);
    chmodSync(join(m.bin, 'apt-get'), 0o755);
    const r = setup(m);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('setup: installing chromium socat with apt-get');
    expect(r.calls).toContain('apt-get install -y -qq chromium socat');
  });

  it('with password-less sudo, installs through sudo -n', () => {
    const m = machine({ sudo: '[ "$1" = -n ] && shift; exec "$@"' });
    writeFileSync(join(m.bin, 'apt-get'), `#!/bin/bash\necho "apt-get $*" >> "${m.calls}"\n${installingAptGet(m.bin)}\n`);
    chmodSync(join(m.bin, 'apt-get'), 0o755);
    const r = setup(m);
    expect(r.status).toBe(0);
    expect(r.calls).toContain('sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium socat');
  });

  it('as root, stops with exit 1 when apt-get fails', () => {
    const r = setup(machine({ id: 'echo 0', 'apt-get': 'exit 100' }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('setup: apt-get could not install chromium socat');
    expect(r.stderr).toContain('missing system packages: chromium socat');
  });

  it('on a machine with an older Node, fetches Node 24 from the npm registry once and installs with it', () => {
    const m = machine({ node: OLD_NODE, chromium: 'exit 0', socat: 'exit 0', npm: registryNpm(pinned) }, { installed: false });
    const first = setup(m);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain(`this machine has v20.20.2; fetching Node ${pinned} (${nodePackage}) from the npm registry`);
    expect(first.calls).toContain(`npm pack ${nodePackage}@${pinned} --silent`);
    const runtime = join(m.repo, `.luot-runtime/node-v${pinned}-${nodePackage.replace(/^node-/, '')}`);
    // npm ci ran with the fetched Node first on PATH and node-gyp pointed at its headers.
    expect(first.calls).toContain(`npm ci --no-fund --no-audit\n  (node ${runtime}/bin/node, nodedir ${runtime})`);
    expect(readFileSync(join(m.repo, 'node_modules/.luot-native-node'), 'utf8')).toBe(`${builtHere}\n`);
    rmSync(m.calls);
    const second = setup(m);
    expect(second.status).toBe(0);
    expect(second.stderr).toBe('');
    expect(second.calls).not.toContain('npm ');
  });

  it('stops with a clear message when Node 24 cannot be fetched', () => {
    const r = setup(machine({ node: '[ "$1" = --version ] && echo v18.19.0; exit 1', chromium: 'exit 0', socat: 'exit 0', npm: 'exit 1' }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`could not fetch Node ${pinned} (${nodePackage}) from the npm registry; install Node.js 24 LTS`);
    expect(existsSync(join(r.repo, '.luot-runtime', `node-v${pinned}-${nodePackage.replace(/^node-/, '')}`))).toBe(false);
  });

  it('rebuilds the native modules once when they were built for another Node', () => {
    const m = machine({ chromium: 'exit 0', socat: 'exit 0' }, { nativeBuiltFor: 'node v20.20.2 linux-x64' });
    const first = setup(m);
    expect(first.status).toBe(0);
    expect(first.calls).toContain('npm rebuild better-sqlite3 @serialport/bindings-cpp');
    expect(first.stderr).toContain(`native modules: building better-sqlite3 @serialport/bindings-cpp for ${builtHere}`);
    rmSync(m.calls);
    const second = setup(m);
    expect(second.calls).not.toContain('npm ');
  });

  it('installs the workspaces on a fresh clone (npm ci) and says so when npm fails', () => {
    const fresh = setup(machine({ chromium: 'exit 0', socat: 'exit 0', npm: '/usr/bin/mkdir -p node_modules' }, { installed: false }));
    expect(fresh.status).toBe(0);
    expect(fresh.calls).toContain('npm ci --no-fund --no-audit');
    expect(existsSync(join(fresh.repo, 'node_modules/.luot-install-stamp'))).toBe(true);
    const broken = setup(machine({ chromium: 'exit 0', socat: 'exit 0', npm: 'exit 1' }, { installed: false }));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain("npm could not install the workspaces' packages");
  });

  it('does nothing when everything is there', () => {
    const r = setup(machine({ chromium: 'exit 0', socat: 'exit 0' }));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.calls).not.toContain('npm ');
  });

  it('refuses an unknown purpose', () => {
    const r = setup(machine({}), ['--for', 'demo']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--for takes test or start');
  });
});
