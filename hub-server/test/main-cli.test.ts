/** The hub process's own messages: help, bad config, busy port, unwritable data directory. */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'luot-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runHub = (env: Record<string, string>, args: string[] = []) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'hub-server/src/main.ts'), ...args], {
    cwd: root,
    env: { ...process.env, LUOT_DATA_DIR: join(dir, 'data'), LUOT_LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });

describe('the hub command', () => {
  it('prints help', () => {
    const r = runHub({}, ['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('LUOT_CONFIG');
  });

  it('refuses to start with neither a hall config nor LUOT_DEMO, in Vietnamese and English, writing nothing', () => {
    const data = join(dir, 'no-config');
    const env = { ...process.env };
    delete env.LUOT_CONFIG;
    delete env.LUOT_DEMO;
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'hub-server/src/main.ts')], {
      cwd: root,
      env: { ...env, LUOT_DATA_DIR: data, LUOT_LOG_LEVEL: 'silent', LUOT_PORT: '0' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Chưa có cấu hình hội trường');
    expect(r.stderr).toContain('No hall config: set LUOT_CONFIG');
    expect(r.stderr).toContain('LUOT_DEMO=1');
    expect(existsSync(join(data, 'luot.sqlite'))).toBe(false);
  });

  it('names the bad field of a config file and exits non-zero', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'hall:\n  name: { vi: "Trung tâm", en: "Center" }\n  address: "x"\nhours:\n  sessions:\n    - { name: morning, start: "7:30", end: "11:30" }\ndepartments: []\nservices: []\ncounters: []\n');
    const r = runHub({ LUOT_CONFIG: bad, LUOT_PORT: '0' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('hours.sessions[0].start');
  });

  it('says the port is busy', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((ok) => blocker.listen(0, ok));
    const port = (blocker.address() as { port: number }).port;
    const r = runHub({ LUOT_PORT: String(port), LUOT_DEMO: '1' });
    blocker.close();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Port ${port} is already in use`);
  });

  it('says the data directory cannot be written', () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere; a path under a regular file can never be a directory
      const file = join(dir, 'plain-file');
      writeFileSync(file, 'x');
      const r = runHub({ LUOT_DATA_DIR: join(file, 'data'), LUOT_PORT: '0', LUOT_DEMO: '1' });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('cannot be written');
      return;
    }
    const locked = join(dir, 'locked');
    writeFileSync(join(dir, 'x'), '');
    chmodSync(dir, 0o500);
    const r = runHub({ LUOT_DATA_DIR: locked, LUOT_PORT: '0', LUOT_DEMO: '1' });
    chmodSync(dir, 0o700);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot be written');
  });
});
