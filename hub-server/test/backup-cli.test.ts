/** The two commands for the hall's IT staff: `npm run backup` and `npm run restore -- <backup>`, with their messages and exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../src/core/data-dir-lock';
import { migrate } from '../src/core/db/migrate';
import { openDatabase } from '../src/core/db/open';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'luot-cli-'));
const dataDir = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (command: 'backup' | 'restore', args: string[] = []) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, `hub-server/src/cli/${command}.ts`), ...args], {
    cwd: root,
    env: { ...process.env, LUOT_DATA_DIR: dataDir, LUOT_LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 30_000,
  });

describe('npm run backup / npm run restore', () => {
  it('backs up now, refuses to restore under a running hub, then restores', () => {
    const db = openDatabase(join(dataDir, 'luot.sqlite'));
    migrate(db);
    db.prepare('INSERT INTO hall_state (key, value) VALUES (?, ?)').run('drill', 'backed up');
    db.close();

    const backup = run('backup');
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.stdout).toContain('Đã sao lưu / backed up');
    const [file] = readdirSync(join(dataDir, 'backups')).filter((n) => n.endsWith('.sqlite'));
    expect(file).toMatch(/^luot-\d{8}T\d{9}Z\.sqlite$/);

    const usage = run('restore');
    expect(usage.status).toBe(1);
    expect(usage.stdout).toContain('npm run restore -w @luot/hub-server -- <backup.sqlite>');

    const release = acquireDataDirLock(dataDir, 'hub');
    const busy = run('restore', [join(dataDir, 'backups', file!)]);
    release();
    expect(busy.status).toBe(2);
    expect(busy.stderr).toContain('Máy chủ Lượt đang chạy');
    expect(busy.stderr).toContain(`A Lượt hub is running on the data directory ${dataDir} (process ${process.pid})`);

    const restored = run('restore', [join(dataDir, 'backups', file!)]);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain('Đã khôi phục');
    expect(restored.stdout).toContain('the previous database is kept at');
    const back = openDatabase(join(dataDir, 'luot.sqlite'));
    expect(back.prepare("SELECT value FROM hall_state WHERE key = 'drill'").pluck().get()).toBe('backed up');
    expect(back.prepare("SELECT action FROM audit_log ORDER BY id").pluck().all()).toEqual(['restore']);
    back.close();
  });
});
