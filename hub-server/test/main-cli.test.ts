/** The hub process's own messages: help, bad config, busy port, unwritable data directory. */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { hostname, tmpdir } from 'node:os';
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

  it("refuses to start when the message sender's credential variable is not set, naming it", () => {
    const config = join(dir, 'sms-hall.yaml');
    const demo = readFileSync(join(root, 'hub-server/config/demo-hall.yaml'), 'utf8');
    writeFileSync(config, `${demo}\nnotifications:\n  sender: { kind: http_sms, url: 'https://sms.example.vn/send', headers: { x-api-key: '\${env:LUOT_TEST_SMS_KEY}' } }\n`);
    const r = runHub({ LUOT_CONFIG: config, LUOT_DEMO: '1', LUOT_PORT: '0', LUOT_DATA_DIR: join(dir, 'sms-data') });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('chưa đặt biến môi trường LUOT_TEST_SMS_KEY');
    expect(r.stderr).toContain('notifications.sender.headers.x-api-key');
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

  it('makes the data directory 0700 and its files 0600 whatever the umask left, and logs each change', async () => {
    const data = join(dir, 'loose');
    mkdirSync(join(data, 'backups'), { recursive: true });
    writeFileSync(join(data, 'luot.sqlite'), '');
    writeFileSync(join(data, 'backups', 'luot-20261101T190000000Z.sqlite'), 'x');
    chmodSync(data, 0o755);
    chmodSync(join(data, 'backups'), 0o755);
    chmodSync(join(data, 'luot.sqlite'), 0o644);
    chmodSync(join(data, 'backups', 'luot-20261101T190000000Z.sqlite'), 0o644);
    // A busy port stops the hub right after it has opened (and migrated) the database.
    const blocker: Server = createServer();
    await new Promise<void>((ok) => blocker.listen(0, ok));
    const r = runHub({ LUOT_DATA_DIR: data, LUOT_PORT: String((blocker.address() as { port: number }).port), LUOT_LOG_LEVEL: 'warn', LUOT_DEMO: '1' });
    blocker.close();
    expect(r.status).toBe(1);
    const mode = (path: string) => statSync(join(data, path)).mode & 0o777;
    expect([mode(''), mode('backups'), mode('luot.sqlite'), mode('luot.sqlite-wal'), mode('backups/luot-20261101T190000000Z.sqlite')]).toEqual([0o700, 0o700, 0o600, 0o600, 0o600]);
    const logged = (r.stdout + r.stderr).split('\n').filter((l) => l.includes('file mode tightened'));
    expect(logged).toHaveLength(4);
    expect(logged.join('\n')).toContain('"was":"0644"');
  });

  it('refuses to start on a data directory another live process holds', () => {
    const data = join(dir, 'held');
    mkdirSync(data, { recursive: true });
    // This test's own process: alive, and not the hub's.
    writeFileSync(join(data, 'hub.lock'), JSON.stringify({ pid: process.pid, host: hostname(), purpose: 'hub', since: '2026-12-07T02:00:00.000Z' }));
    const r = runHub({ LUOT_DATA_DIR: data, LUOT_PORT: '0', LUOT_DEMO: '1' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`in use by process ${process.pid}`);
  });

  it('holds the data directory while it runs; stopped cleanly, it takes a backup and lets go', async () => {
    const data = join(dir, 'stopping');
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'hub-server/src/main.ts')], {
      cwd: root,
      env: { ...process.env, LUOT_DATA_DIR: data, LUOT_PORT: '0', LUOT_LOG_LEVEL: 'warn', LUOT_BACKUP_AT: 'off', LUOT_DEMO: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    await new Promise<void>((ok, fail) => {
      const onData = (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('Backups ')) ok();
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => fail(new Error(`hub exited with ${code}:\n${out}`)));
    });
    expect(out).toContain(`Backups        ${join(data, 'backups')} (nightly backups off)`);
    expect(existsSync(join(data, 'hub.lock'))).toBe(true);
    const exited = new Promise<number | null>((ok) => child.once('exit', ok));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(join(data, 'hub.lock'))).toBe(false);
    const backups = readdirSync(join(data, 'backups'));
    expect(backups).toHaveLength(2); // the backup and its manifest
    expect(backups.find((n) => n.endsWith('.json'))).toBeDefined();
  });
});
