/**
 * File modes of the hall's data: the data directory 0700, the database, its
 * WAL and shared-memory files and every backup 0600, whatever the umask of
 * the service that started the hub. Modes are set with chmod, which the umask
 * does not touch, rather than trusted to `open`'s mode argument.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** The database file's companions SQLite creates beside it in WAL mode. */
export const DATABASE_SIDE_FILES = ['-wal', '-shm'] as const;

export interface ModeFix {
  path: string;
  /** The permission bits found, e.g. 0o644. */
  was: number;
  now: number;
}

/** Sets `mode` on `path` if it differs; returns what was changed, or null. */
export function ensureMode(path: string, mode: number): ModeFix | null {
  const was = statSync(path).mode & 0o777;
  if (was === mode) return null;
  chmodSync(path, mode);
  return { path, was, now: mode };
}

/** Creates a directory (and its parents) and makes it 0700. */
export function ensurePrivateDir(dir: string): ModeFix | null {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  return ensureMode(dir, PRIVATE_DIR_MODE);
}

/** Creates a missing directory 0700; one that exists is left as it is (it may be a shared folder such as /tmp). */
export function createPrivateDir(dir: string): void {
  if (existsSync(dir)) return;
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Creates an empty file 0600 if there is none (so SQLite opens a file it did not create with the umask's mode). */
export function ensurePrivateFile(path: string): ModeFix | null {
  if (!existsSync(path)) closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  return ensureMode(path, PRIVATE_FILE_MODE);
}

/** The database and the WAL/SHM files beside it that exist, made 0600. */
export function securePrivateDatabase(file: string): ModeFix[] {
  return [file, ...DATABASE_SIDE_FILES.map((s) => file + s)]
    .filter((path) => existsSync(path))
    .map((path) => ensureMode(path, PRIVATE_FILE_MODE))
    .filter((fix): fix is ModeFix => fix !== null);
}

/**
 * Tightens a data directory left by an older hub: the directory and its
 * backups folder 0700, every regular file in either 0600 (database, WAL,
 * backups, manifests, the lock). Returns each change so the caller can log it.
 */
export function secureDataDir(dataDir: string, backupDir?: string): ModeFix[] {
  const fixes: (ModeFix | null)[] = [ensurePrivateDir(dataDir)];
  for (const dir of backupDir && existsSync(backupDir) ? [dataDir, backupDir] : [dataDir]) {
    if (dir !== dataDir) fixes.push(ensureMode(dir, PRIVATE_DIR_MODE));
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile()) fixes.push(ensureMode(join(dir, entry.name), PRIVATE_FILE_MODE));
    }
  }
  return fixes.filter((fix): fix is ModeFix => fix !== null);
}

/** `0o644` → `"0644"`, for log lines. */
export const octal = (mode: number): string => '0' + mode.toString(8);
