/**
 * Brings a backup back as the hall's database, after checking it: no hub
 * may run on the data directory (its lock file), the file must match its
 * manifest's SHA-256, pass PRAGMA integrity_check, and come from this hub's
 * schema or an older one (an older one is migrated when the hub next starts).
 * The current database is kept aside, renamed with a timestamp, never deleted.
 * A backup whose personal data is sealed needs its key: the restore refuses
 * when the hall's key file is missing or holds another key, since the hub
 * would then refuse to start (or, worse, the data would be unreadable).
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_SIDE_FILES, ensureMode, ensurePrivateDir, ensurePrivateFile, PRIVATE_FILE_MODE } from '../core/data-files';
import { acquireDataDirLock, DataDirLockedError, lockHolder } from '../core/data-dir-lock';
import { migrations } from '../core/db/migrations';
import { MANIFEST_SUFFIX, readManifest, sha256OfFile, type BackupManifest } from '../backups/backup-manifest';
import { BackupCheckError, checkIntegrity } from '../backups/take-backup';
import { keyIdOf } from '../core/personal-data/field-cipher';
import { PersonalKeyError, readKeyFile } from '../core/personal-data/personal-key';

export const DATABASE_FILE = 'luot.sqlite';

/** The restore command's exit codes (also in the README). */
export const RESTORE_EXIT = { restored: 0, usage: 1, hubRunning: 2, checksum: 3, integrity: 4, newerSchema: 5, keyMismatch: 6 } as const;

export class RestoreRefused extends Error {
  constructor(
    readonly exitCode: number,
    vi: string,
    en: string,
  ) {
    super(`${vi}\n  ${en}`);
  }
}

export interface RestoreOutcome {
  manifest: BackupManifest;
  /** Where the database that was there went (null when there was none). */
  keptAside: string | null;
  /** The hub migrates it at its next start (a backup from an older schema). */
  migratesAtStart: boolean;
}

const stampOf = (at: number) => new Date(at).toISOString().replace(/[-:.]/g, '');

/** Checks the backup file against its manifest and SQLite; returns the manifest and the keys its personal data is sealed with. */
async function checkBackup(path: string): Promise<{ manifest: BackupManifest; keyIds: string[] }> {
  let manifest: BackupManifest;
  try {
    manifest = readManifest(path);
  } catch {
    throw new RestoreRefused(
      RESTORE_EXIT.checksum,
      `Không đọc được bản mô tả ${path + MANIFEST_SUFFIX}: không thể kiểm tra bản sao lưu.`,
      `Cannot read the manifest ${path + MANIFEST_SUFFIX}: the backup cannot be checked.`,
    );
  }
  if ((await sha256OfFile(path)) !== manifest.sha256) {
    throw new RestoreRefused(
      RESTORE_EXIT.checksum,
      'Bản sao lưu không khớp mã kiểm tra (SHA-256) trong bản mô tả: tệp đã bị hỏng hoặc bị sửa.',
      'The backup does not match the checksum (SHA-256) in its manifest: the file is damaged or was changed.',
    );
  }
  const known = migrations.at(-1)?.version ?? 0;
  let version: number;
  let keyIds: string[];
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    checkIntegrity(db);
    version = db.pragma('user_version', { simple: true }) as number;
    // The database itself says which keys it needs (the manifest says it too, for people).
    const sealed = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sealing_keys'").get() !== undefined;
    keyIds = sealed ? db.prepare<[], string>('SELECT key_id FROM sealing_keys').pluck().all() : [];
  } catch (e) {
    const why = e instanceof BackupCheckError ? e.message : `SQLite: ${(e as Error).message}`;
    throw new RestoreRefused(RESTORE_EXIT.integrity, `Bản sao lưu không qua kiểm tra toàn vẹn (${why}).`, `The backup fails its integrity check (${why}).`);
  } finally {
    db?.close();
  }
  if (version > known) {
    throw new RestoreRefused(
      RESTORE_EXIT.newerSchema,
      `Bản sao lưu được tạo bởi phiên bản Lượt mới hơn (lược đồ ${version}, máy chủ này biết đến ${known}): hãy nâng cấp máy chủ trước.`,
      `The backup was made by a newer Lượt (schema ${version}; this hub knows up to ${known}): upgrade the hub first.`,
    );
  }
  return { manifest, keyIds };
}

/** Refuses a backup sealed with a key the hall's key file does not hold. */
function checkKey(keyIds: string[], keyFile: string): void {
  if (keyIds.length === 0) return;
  const needed = keyIds.join(', ');
  if (!existsSync(keyFile)) {
    throw new RestoreRefused(
      RESTORE_EXIT.keyMismatch,
      `Dữ liệu cá nhân trong bản sao lưu được mã hóa bằng khóa ${needed}, nhưng không có tệp khóa ${keyFile}: hãy chép tệp khóa đã lưu riêng vào đó (hoặc đặt LUOT_KEY_FILE) rồi khôi phục lại.`,
      `The backup's personal data is sealed with key ${needed}, but there is no key file at ${keyFile}: put back the key file saved apart from the backups (or set LUOT_KEY_FILE), then restore again.`,
    );
  }
  let held: string;
  try {
    held = keyIdOf(readKeyFile(keyFile));
  } catch (e) {
    if (!(e instanceof PersonalKeyError)) throw e;
    throw new RestoreRefused(RESTORE_EXIT.keyMismatch, `Tệp khóa ${keyFile} bị hỏng.`, e.message);
  }
  if (!keyIds.includes(held)) {
    throw new RestoreRefused(
      RESTORE_EXIT.keyMismatch,
      `Tệp khóa ${keyFile} chứa khóa ${held}, nhưng dữ liệu cá nhân trong bản sao lưu được mã hóa bằng khóa ${needed}: máy chủ sẽ không đọc được. Hãy chép đúng tệp khóa rồi khôi phục lại.`,
      `The key file ${keyFile} holds key ${held}, but the backup's personal data is sealed with key ${needed}: the hub could not read it. Put back the right key file, then restore again.`,
    );
  }
}

/** Moves the database and its WAL/SHM aside, its WAL folded in first when it can still be opened. */
function keepAside(dataDir: string, at: number): string | null {
  const current = join(dataDir, DATABASE_FILE);
  if (!existsSync(current)) return null;
  try {
    const db = new Database(current, { fileMustExist: true });
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  } catch {
    // A damaged database (often why one restores) is kept as it is, WAL and all.
  }
  const aside = join(dataDir, `${DATABASE_FILE}.before-restore-${stampOf(at)}`);
  renameSync(current, aside);
  for (const side of DATABASE_SIDE_FILES) {
    if (existsSync(current + side)) renameSync(current + side, aside + side);
  }
  return aside;
}

/** Writes the restore into the restored database's audit log, when its schema has one (0080 on). */
function auditRestore(file: string, at: number, manifest: BackupManifest, keptAside: string | null): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    const hasAudit = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").get() !== undefined;
    if (!hasAudit) return;
    db.prepare('INSERT INTO audit_log (at, actor, action, subject, address, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
      at,
      'cli:restore',
      'restore',
      manifest.file,
      null,
      JSON.stringify({ backupAt: manifest.at, schemaVersion: manifest.schemaVersion, keptAside }),
    );
  } finally {
    db.close();
  }
}

export interface RestoreOptions {
  dataDir: string;
  backup: string;
  /** The hall's personal-data key file (LUOT_KEY_FILE); default `<dataDir>/luot.key`. */
  keyFile?: string;
  now?: number;
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreOutcome> {
  const at = options.now ?? Date.now();
  const path = resolve(options.backup.endsWith(MANIFEST_SUFFIX) ? options.backup.slice(0, -MANIFEST_SUFFIX.length) : options.backup);
  if (!existsSync(path)) {
    throw new RestoreRefused(RESTORE_EXIT.usage, `Không có tệp sao lưu ${path}.`, `No backup file at ${path}.`);
  }
  const refuseRunning = (pid: number) =>
    new RestoreRefused(
      RESTORE_EXIT.hubRunning,
      `Máy chủ Lượt đang chạy trên thư mục dữ liệu ${options.dataDir} (tiến trình ${pid}): hãy dừng nó trước khi khôi phục.`,
      `A Lượt hub is running on the data directory ${options.dataDir} (process ${pid}): stop it before restoring.`,
    );
  const holder = lockHolder(options.dataDir);
  if (holder) throw refuseRunning(holder.pid);
  const { manifest, keyIds } = await checkBackup(path);
  checkKey(keyIds, options.keyFile ?? join(options.dataDir, 'luot.key'));
  // A new hub PC may have no data directory yet: the restore makes it, private.
  ensurePrivateDir(options.dataDir);
  let release: () => void;
  try {
    release = acquireDataDirLock(options.dataDir, 'restore');
  } catch (e) {
    if (e instanceof DataDirLockedError) throw refuseRunning(e.holder.pid);
    throw e;
  }
  try {
    // Copy next to the database first, so the swap below is two renames on one file system.
    const incoming = join(options.dataDir, `${DATABASE_FILE}.restoring`);
    rmSync(incoming, { force: true });
    ensurePrivateFile(incoming);
    copyFileSync(path, incoming);
    ensureMode(incoming, PRIVATE_FILE_MODE);
    if ((await sha256OfFile(incoming)) !== manifest.sha256) {
      rmSync(incoming, { force: true });
      throw new RestoreRefused(RESTORE_EXIT.checksum, 'Bản chép vào thư mục dữ liệu không khớp mã kiểm tra.', 'The copy in the data directory does not match the checksum.');
    }
    const keptAside = keepAside(options.dataDir, at);
    renameSync(incoming, join(options.dataDir, DATABASE_FILE));
    auditRestore(join(options.dataDir, DATABASE_FILE), at, manifest, keptAside);
    const known = migrations.at(-1)?.version ?? 0;
    return { manifest, keptAside, migratesAtStart: manifest.schemaVersion < known };
  } finally {
    release();
  }
}
