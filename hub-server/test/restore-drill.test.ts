/**
 * The restore drill: a hall works, is backed up, keeps working, and is
 * restored — and holds exactly what the backup held, table by table. Then the
 * restore's refusals (a hub running, a changed file, a damaged one, one from
 * a newer schema) and a backup made by an older schema, restored and migrated.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupStatus, LoginResponse, TicketView } from '@luot/protocol';
import { PROC_KHDT, PROC_TNMT, TEST_TOKENS, connected, dossierHallConfig, login, openSocket, registerAt, startTestHub, type TestHub } from '@luot/testing';
import { manifestPathOf, readManifest, sha256OfFile, type BackupManifest } from '../src/backups/backup-manifest';
import { takeBackup } from '../src/backups/take-backup';
import { acquireDataDirLock } from '../src/core/data-dir-lock';
import { migrate } from '../src/core/db/migrate';
import { migrations } from '../src/core/db/migrations';
import { openDatabase } from '../src/core/db/open';
import { RESTORE_EXIT, RestoreRefused, restoreBackup } from '../src/cli/restore-backup';

/** Every row of every table, sorted, so two databases compare as wholes. */
function dumpTables(db: Database.Database): Record<string, string[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT * FROM ${t}`).all() as object[]).map((r) => JSON.stringify(r)).sort()]));
}

function dumpFile(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true });
  try {
    return dumpTables(db);
  } finally {
    db.close();
  }
}

const temps: string[] = [];
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `luot-${name}-`));
  temps.push(dir);
  return dir;
};

async function issue(hub: TestHub, service: string): Promise<TicketView> {
  const r = await fetch(`${hub.url}/api/v1/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKENS.kiosk}` },
    body: JSON.stringify({ service }),
  });
  expect(r.status).toBe(201);
  return (await r.json()) as TicketView;
}

async function post(hub: TestHub, path: string, token: string, body: unknown): Promise<number> {
  const r = await fetch(`${hub.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  await r.arrayBuffer();
  return r.status;
}

/** Expects the restore to refuse with this exit code. */
async function refused(promise: Promise<unknown>, exitCode: number): Promise<RestoreRefused> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RestoreRefused);
  expect((error as RestoreRefused).exitCode).toBe(exitCode);
  return error as RestoreRefused;
}

let dataDir: string;
let hub: TestHub;
let backupPath: string;
let manifest: BackupManifest;
const sockets: Socket[] = [];

beforeAll(async () => {
  dataDir = tempDir('drill');
  hub = await startTestHub({ config: dossierHallConfig(), serveApps: false, dataDir, now: Date.parse('2026-11-23T09:00:00+07:00') });
});
afterAll(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('the restore drill', () => {
  let atBackup: Record<string, string[]>;

  it('backs up a working hall: tickets, dossiers, accounts, devices', async () => {
    const admin: LoginResponse = await login(hub.url, 'admin');
    const kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    for (let i = 0; i < 3; i++) await issue(hub, 'DKKD');
    await registerAt(kiosk, PROC_KHDT);
    await registerAt(kiosk, PROC_TNMT);
    expect(await post(hub, '/api/v1/users', admin.token, { username: 'canbo07', name: 'Trần Văn Bảy', role: 'officer', password: 'mat-khau-bay' })).toBe(201);
    expect(await post(hub, '/api/v1/devices', admin.token, { id: 'display-7', name: 'TV tầng 1', role: 'display' })).toBe(201);

    atBackup = dumpTables(hub.db);
    const taken = await hub.hub.backups!.backupNow('manual');
    expect(taken).not.toBeNull();
    manifest = taken!;
    backupPath = join(dataDir, 'backups', manifest.file);
    // The manifest says what is in it, and its checksum is the file's.
    expect(readManifest(backupPath)).toEqual(manifest);
    expect(manifest).toMatchObject({ reason: 'manual', schemaVersion: migrations.at(-1)!.version, integrity: 'ok', copy: null });
    // Its personal data is sealed with the hall's key, which the backup does not hold (issue 16).
    expect(manifest.encryption).toEqual({ scheme: 'aes-256-gcm-personal-fields', keyIds: hub.db.prepare('SELECT key_id FROM sealing_keys').pluck().all() });
    expect(manifest.counts).toMatchObject({ tickets: 5, dossiers: 2, users: atBackup.users!.length, devices: atBackup.devices!.length });
    expect(await sha256OfFile(backupPath)).toBe(manifest.sha256);
    expect(statSync(backupPath).mode & 0o777).toBe(0o600);
    expect(statSync(manifestPathOf(backupPath)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'backups')).mode & 0o777).toBe(0o700);
    // Audited after the copy was made, so the backup itself does not hold its own row.
    expect(hub.db.prepare("SELECT subject FROM audit_log WHERE action = 'backup'").pluck().all()).toEqual([manifest.file]);

    // Supervisors see it in the list, verified and recent.
    const supervisor = await login(hub.url, 'giamsat');
    const status = (await (await fetch(`${hub.url}/api/v1/backups`, { headers: { authorization: `Bearer ${supervisor.token}` } })).json()) as BackupStatus;
    expect(status).toMatchObject({ lastGoodAt: manifest.at, lastGoodAgeMs: 0, stale: false, lastFailure: null });
    expect(status.backups).toEqual([{ file: manifest.file, at: manifest.at, bytes: manifest.bytes, reason: 'manual', schemaVersion: manifest.schemaVersion, verified: true, copied: null }]);
  });

  it('keeps working, then restores exactly the backed-up state and keeps the newer database aside', async () => {
    const admin = await login(hub.url, 'admin');
    const kiosk = sockets[0]!;
    await issue(hub, 'DKKD');
    await registerAt(kiosk, PROC_KHDT);
    expect(await post(hub, '/api/v1/devices', admin.token, { id: 'display-8', name: 'TV tầng 2', role: 'display' })).toBe(201);
    const afterWork = dumpTables(hub.db);
    expect(afterWork.tickets!.length).toBe(atBackup.tickets!.length + 2);

    // A running hub (its lock) is refused.
    const release = acquireDataDirLock(dataDir, 'hub');
    const running = await refused(restoreBackup({ dataDir, backup: backupPath }), RESTORE_EXIT.hubRunning);
    expect(running.message).toMatch(/đang chạy/);
    release();

    for (const s of sockets.splice(0)) s.disconnect();
    await hub.hub.close();
    hub.db.close();
    const now = Date.parse('2026-11-23T10:00:00+07:00');
    const outcome = await restoreBackup({ dataDir, backup: backupPath, now });
    expect(outcome).toMatchObject({ migratesAtStart: false });

    const restored = dumpFile(join(dataDir, 'luot.sqlite'));
    // The restore itself is the one row the restored audit log has more.
    const restoreRows = restored.audit_log!.filter((r) => r.includes('"action":"restore"'));
    expect(restoreRows).toHaveLength(1);
    expect(JSON.parse(restoreRows[0]!)).toMatchObject({ at: now, actor: 'cli:restore', subject: manifest.file });
    expect({ ...restored, audit_log: restored.audit_log!.filter((r) => !restoreRows.includes(r)) }).toEqual(atBackup);
    expect(statSync(join(dataDir, 'luot.sqlite')).mode & 0o777).toBe(0o600);

    // The database it replaced is kept, with the work done after the backup.
    expect(outcome.keptAside).toBe(join(dataDir, 'luot.sqlite.before-restore-20261123T030000000Z'));
    expect(dumpFile(outcome.keptAside!).tickets).toEqual(afterWork.tickets);

    // The hub starts on it and carries on from the restored numbers: A001–A004 were
    // backed up (three issued, one with the DKKD dossier); A005 and A006, issued after, are gone.
    await hub.restart();
    expect((await issue(hub, 'DKKD')).code).toBe('A005');
  });
});

describe('what the restore refuses', () => {
  const copyOfBackup = (): string => {
    const dir = tempDir('bad-backup');
    const copy = join(dir, manifest.file);
    copyFileSync(backupPath, copy);
    copyFileSync(manifestPathOf(backupPath), manifestPathOf(copy));
    return copy;
  };
  const resign = async (file: string) => {
    const m = readManifest(file);
    writeFileSync(manifestPathOf(file), JSON.stringify({ ...m, sha256: await sha256OfFile(file) }));
  };

  it('a file that no longer matches its checksum, or has no manifest', async () => {
    const copy = copyOfBackup();
    const bytes = readFileSync(copy);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    writeFileSync(copy, bytes);
    const error = await refused(restoreBackup({ dataDir: tempDir('target'), backup: copy }), RESTORE_EXIT.checksum);
    expect(error.message).toMatch(/SHA-256/);
    rmSync(manifestPathOf(copy));
    await refused(restoreBackup({ dataDir: tempDir('target'), backup: copy }), RESTORE_EXIT.checksum);
  });

  it('a damaged file, even with a matching checksum', async () => {
    const copy = copyOfBackup();
    const bytes = readFileSync(copy);
    // Garbage over the second page on: the b-trees no longer hold together.
    bytes.fill(0x5a, 4096, 4096 * 3);
    writeFileSync(copy, bytes);
    await resign(copy);
    const target = tempDir('target');
    await refused(restoreBackup({ dataDir: target, backup: copy }), RESTORE_EXIT.integrity);
    expect(existsSync(join(target, 'luot.sqlite'))).toBe(false);
  });

  it('a backup from a newer schema', async () => {
    const copy = copyOfBackup();
    const db = new Database(copy);
    db.pragma('user_version = 9990');
    db.close();
    await resign(copy);
    const error = await refused(restoreBackup({ dataDir: tempDir('target'), backup: copy }), RESTORE_EXIT.newerSchema);
    expect(error.message).toMatch(/newer Lượt/);
  });
});

describe('a backup made by an older schema', () => {
  it('restores, and the hub migrates it at its next start', async () => {
    const oldDir = tempDir('old-hall');
    const old = openDatabase(join(oldDir, 'luot.sqlite'));
    const upTo = migrations.findIndex((m) => m.version === 70) + 1;
    migrate(old, migrations.slice(0, upTo));
    old.prepare('INSERT INTO hall_state (key, value) VALUES (?, ?)').run('drill', 'from 0070');
    const m = await takeBackup(old, { dir: join(oldDir, 'backups'), at: Date.parse('2026-11-20T19:00:00Z'), reason: 'nightly', hallName: 'Hall of old' });
    old.close();
    expect(m.schemaVersion).toBe(70);
    expect(m.counts).not.toHaveProperty('audit_log');

    const target = join(tempDir('old-restored'), 'new-pc', 'data'); // not there yet: a new hub PC
    const outcome = await restoreBackup({ dataDir: target, backup: join(oldDir, 'backups', m.file) });
    expect(outcome).toMatchObject({ keptAside: null, migratesAtStart: true });
    expect(statSync(target).mode & 0o777).toBe(0o700);
    const restored = new Database(join(target, 'luot.sqlite'), { readonly: true });
    expect(restored.pragma('user_version', { simple: true })).toBe(70);
    restored.close();

    const started = await startTestHub({ config: dossierHallConfig(), serveApps: false, dataDir: target });
    try {
      expect(started.db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
      expect(started.db.prepare("SELECT value FROM hall_state WHERE key = 'drill'").pluck().get()).toBe('from 0070');
      expect((await issue(started, 'DKKD')).code).toBe('A001');
    } finally {
      await started.close();
    }
  });
});
