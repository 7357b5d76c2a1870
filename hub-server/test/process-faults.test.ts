/**
 * The hub process under faults: its database file locked by another
 * program at start (a clear message, a non-zero exit), and an error nothing
 * caught while it runs (logged, exit 70, so the service manager restarts it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testHallConfig } from '@luot/testing';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'luot-process-faults-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});
const configPath = join(dir, 'hall.json');
writeFileSync(configPath, JSON.stringify(testHallConfig()));

/** Resolves with the first line of `child`'s output that matches, or rejects when it exits first. */
function waitFor(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolveLine, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (pattern.test(out)) {
        clearTimeout(timer);
        resolveLine(out);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ${pattern}:\n${out}`)));
  });
}

describe('the hub process', () => {
  it('says the database is locked by another program and exits non-zero', async () => {
    const data = join(dir, 'locked');
    mkdirSync(data);
    const file = join(data, 'luot.sqlite');
    // Another program holds the file: an exclusive lock kept for as long as it runs.
    const locker = spawn(
      process.execPath,
      [
        '-e',
        "const D = require('better-sqlite3'); const db = new D(process.argv[1]); db.pragma('locking_mode = EXCLUSIVE'); db.exec('CREATE TABLE IF NOT EXISTS other (a)'); db.exec('BEGIN EXCLUSIVE'); console.log('locked'); setInterval(() => {}, 1000);",
        file,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(locker);
    await waitFor(locker, /locked/);
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'hub-server/src/main.ts')], {
      cwd: root,
      env: { ...process.env, LUOT_DATA_DIR: data, LUOT_CONFIG: configPath, LUOT_PORT: '0', LUOT_LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 40_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`The database ${file} is locked by another program`);
    expect(r.stderr).not.toContain('    at ');
  }, 60_000);

  it('logs an error nothing caught and exits 70, for the service manager to restart it', async () => {
    // A hook that throws from a timer when told to: the kind of bug the process guards are for.
    const hook = join(dir, 'throw-on-signal.mjs');
    writeFileSync(hook, "process.on('SIGUSR2', () => setImmediate(() => { throw new Error('thrown from a timer'); }));\n");
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', hook, join(root, 'hub-server/src/main.ts')], {
      cwd: root,
      env: { ...process.env, LUOT_DATA_DIR: join(dir, 'crash'), LUOT_CONFIG: configPath, LUOT_PORT: '0', LUOT_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    await waitFor(child, /API\s+http/);
    const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
    child.kill('SIGUSR2');
    expect(await exited).toBe(70);
    const fatal = out.split('\n').find((l) => l.includes('"level":60'));
    expect(fatal).toBeDefined();
    expect(fatal).toContain('thrown from a timer');
  }, 60_000);
});
