/** The hall's files are private: 0700 data directory, 0600 database, WAL and SHM; the lock file keeps a second process out. */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, lockHolder, LOCK_FILE } from '../src/core/data-dir-lock';
import { openDatabase } from '../src/core/db/open';

const root = mkdtempSync(join(tmpdir(), 'luot-modes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const mode = (path: string) => statSync(path).mode & 0o777;

describe('file modes', () => {
  it('creates a missing data directory 0700 and the database, its WAL and SHM 0600, whatever the umask', () => {
    // Under the usual umask 022 SQLite would make them 0644 and mkdir 0755.
    const dataDir = join(root, 'new', 'data');
    const db = openDatabase(join(dataDir, 'luot.sqlite'));
    db.exec('CREATE TABLE t (x INTEGER)');
    db.prepare('INSERT INTO t VALUES (1)').run();
    expect(existsSync(join(dataDir, 'luot.sqlite-wal'))).toBe(true);
    expect([mode(dataDir), mode(join(dataDir, 'luot.sqlite')), mode(join(dataDir, 'luot.sqlite-wal')), mode(join(dataDir, 'luot.sqlite-shm'))]).toEqual([0o700, 0o600, 0o600, 0o600]);
    db.close();
  });

  it('leaves an existing folder it did not create as it is (a database under /tmp must not close /tmp)', () => {
    const shared = mkdtempSync(join(root, 'shared-'));
    const before = mode(shared);
    openDatabase(join(shared, 'x.sqlite')).close();
    expect(mode(shared)).toBe(before);
    expect(mode(join(shared, 'x.sqlite'))).toBe(0o600);
  });
});

describe('the data directory lock', () => {
  it('keeps a second holder out while the first lives, and takes over a stale lock', () => {
    const dataDir = mkdtempSync(join(root, 'lock-'));
    // A lock left by a process that is gone (pid 2^22 + 1 is above Linux's pid limit).
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: 4194305, host: hostname(), purpose: 'hub', since: 'yesterday' }));
    expect(lockHolder(dataDir)).toBeNull();
    const release = acquireDataDirLock(dataDir, 'hub');
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, purpose: 'hub' });
    expect(mode(join(dataDir, LOCK_FILE))).toBe(0o600);
    expect(lockHolder(dataDir)).toMatchObject({ pid: process.pid });
    release();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);

    // Another live process (this test's parent) holds it: refused, with its pid in the message.
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: hostname(), purpose: 'hub', since: 'now' }));
    expect(() => acquireDataDirLock(dataDir, 'restore')).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dataDir, 'restore')).toThrow(`process ${process.ppid}`);
  });
});
