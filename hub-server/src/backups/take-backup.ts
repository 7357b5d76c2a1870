/**
 * One backup: SQLite's online backup API (better-sqlite3's `db.backup()`),
 * then checks on the copy, then the manifest, then the second place.
 *
 * Why `db.backup()` and not `VACUUM INTO`: VACUUM INTO is one synchronous
 * statement, so on the hub's connection it would stop the event loop (and
 * issuing) for the whole copy. The backup API copies a few pages per step
 * and yields between steps, so commands keep running; and as it runs on the
 * hub's own connection, a commit made meanwhile is written into the copy too
 * instead of restarting it. The copy is left in rollback-journal mode so it
 * is one self-contained file; it is checked in a worker thread (check-copy.ts).
 */
import { copyFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Db } from '../core/db/open';
import { ensurePrivateDir, ensurePrivateFile, ensureMode, PRIVATE_FILE_MODE } from '../core/data-files';
import { backupFileName, manifestPathOf, SEALED_FIELDS_SCHEME, sha256OfFile, type BackupManifest } from './backup-manifest';
import { BackupCheckError, checkCopy } from './check-copy';

/** Pages copied per step: about 400 KB, a millisecond or two of the event loop each. */
const PAGES_PER_STEP = 100;

export { BackupCheckError, COUNTED_TABLES } from './check-copy';

export interface TakeBackupOptions {
  dir: string;
  at: number;
  reason: string;
  hallName: string;
  /** A second place (USB disk, network share) to copy the backup to, verified by checksum. */
  copyDir?: string | undefined;
}

/** Runs PRAGMA integrity_check on an open database; throws with SQLite's first complaints unless it says ok. */
export function checkIntegrity(db: Database.Database): void {
  const lines = db.pragma('integrity_check') as { integrity_check: string }[];
  if (lines.length !== 1 || lines[0]!.integrity_check !== 'ok') {
    throw new BackupCheckError(`integrity check failed: ${lines.slice(0, 3).map((l) => l.integrity_check).join('; ')}`);
  }
}

/** Copies the backup to the second place through a temporary name and compares checksums. */
async function copyToSecondPlace(source: string, copyDir: string, sha256: string): Promise<{ dir: string; verified: boolean; error?: string }> {
  const name = basename(source);
  const partial = join(copyDir, name + '.partial');
  try {
    ensurePrivateDirBestEffort(copyDir);
    copyFileSync(source, partial);
    tryMode(partial);
    const copied = await sha256OfFile(partial);
    if (copied !== sha256) {
      rmSync(partial, { force: true });
      return { dir: copyDir, verified: false, error: 'the copy differs from the backup (checksum)' };
    }
    renameSync(partial, join(copyDir, name));
    return { dir: copyDir, verified: true };
  } catch (e) {
    try {
      rmSync(partial, { force: true });
    } catch {
      // The place itself is unusable (unmounted, not a folder): nothing was written there.
    }
    return { dir: copyDir, verified: false, error: (e as Error).message };
  }
}

/** A USB disk formatted FAT or a network share may not keep Unix modes: try, and go on. */
function ensurePrivateDirBestEffort(dir: string): void {
  try {
    ensurePrivateDir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
  }
}
function tryMode(path: string): void {
  try {
    ensureMode(path, PRIVATE_FILE_MODE);
  } catch {
    // see ensurePrivateDirBestEffort
  }
}

function writePrivateJson(path: string, value: unknown): void {
  const partial = path + '.partial';
  writeFileSync(partial, JSON.stringify(value, null, 2) + '\n', { mode: PRIVATE_FILE_MODE });
  tryMode(partial);
  renameSync(partial, path);
}

/**
 * Takes a backup of `db` into `dir`, checks it and writes its manifest.
 * A copy that fails its integrity check is deleted and the error thrown;
 * nothing half-made is ever left under a backup's name.
 */
export async function takeBackup(db: Db, options: TakeBackupOptions, now: () => number = Date.now): Promise<BackupManifest> {
  const started = now();
  ensurePrivateDir(options.dir);
  const name = backupFileName(options.at);
  const path = join(options.dir, name);
  const partial = path + '.partial';
  rmSync(partial, { force: true });
  ensurePrivateFile(partial);
  try {
    await db.backup(partial, { progress: () => PAGES_PER_STEP });
    const { schemaVersion, counts, keyIds } = await checkCopy(partial);
    ensureMode(partial, PRIVATE_FILE_MODE);
    const sha256 = await sha256OfFile(partial);
    const bytes = statSync(partial).size;
    renameSync(partial, path);
    const copy2 = options.copyDir ? await copyToSecondPlace(path, options.copyDir, sha256) : null;
    const manifest: BackupManifest = {
      format: 1,
      file: name,
      at: options.at,
      time: new Date(options.at).toISOString(),
      reason: options.reason,
      schemaVersion,
      hall: { name: options.hallName },
      counts,
      bytes,
      sha256,
      integrity: 'ok',
      durationMs: now() - started,
      copy: copy2,
      encryption: keyIds.length > 0 ? { scheme: SEALED_FIELDS_SCHEME, keyIds } : null,
    };
    if (copy2?.verified) writePrivateJson(manifestPathOf(join(copy2.dir, name)), manifest);
    writePrivateJson(manifestPathOf(path), manifest);
    return manifest;
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
}
