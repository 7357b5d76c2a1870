/**
 * scripts/setup.sh on a machine without Chromium or socat: for the tests it
 * installs them or stops with a clear message; for the demo hall (`--for
 * start`) it only names them. Runs a copy of the script in a scratch
 * "repository" with a PATH of stubs, so nothing is installed for real.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
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
function machine(stubs: Record<string, string>, options: { installed?: boolean } = {}): Machine {
  const base = join(scratch, `m${n++}`);
  const repo = join(base, 'repo');
  const bin = join(base, 'bin');
  const calls = join(base, 'calls.log');
  mkdirSync(join(repo, 'scripts'), { recursive: true });
  mkdirSync(bin);
  copyFileSync(join(root, 'scripts/setup.sh'), join(repo, 'scripts/setup.sh'));
  writeFileSync(join(repo, 'package.json'), '{}');
  writeFileSync(join(repo, 'package-lock.json'), '{}');
  if (options.installed !== false) {
    mkdirSync(join(repo, 'node_modules'));
    writeFileSync(join(repo, 'node_modules/.luot-install-stamp'), '');
  }
  for (const tool of ['dirname', 'sed', 'touch', 'env', 'true']) symlinkSync(`/usr/bin/${tool}`, join(bin, tool));
  const all: Record<string, string> = { node: `exec "${process.execPath}" "$@"`, id: 'echo 1000', npm: 'exit 0', ...stubs };
  for (const [name, body] of Object.entries(all)) {
    const file = join(bin, name);
    writeFileSync(file, `#!/bin/bash\necho "${name} $*" >> "${calls}"\n${body}\n`);
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

  it('refuses a Node.js older than 20.19', () => {
    const r = setup(machine({ node: '[ "$1" = --version ] && echo v18.19.0; exit 1', chromium: 'exit 0', socat: 'exit 0' }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Node.js ≥ 20.19 is required; this machine has v18.19.0');
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
