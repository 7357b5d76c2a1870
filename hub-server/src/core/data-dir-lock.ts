/**
 * The data directory's lock file, `hub.lock`: the process that uses the
 * hall's database (a running hub, or a restore) writes its pid there, made
 * with O_EXCL so two cannot both take it. A lock whose process is gone (a
 * crash, a power cut) is stale and taken over. A lock file is used rather
 * than an exclusive SQLite lock because, in WAL mode, an idle hub holds no
 * SQLite lock at all: trying one would say "free" while the hub runs.
 */
import { hostname } from 'node:os';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PRIVATE_FILE_MODE, ensureMode } from './data-files';

export const LOCK_FILE = 'hub.lock';

export interface LockHolder {
  pid: number;
  host: string;
  /** What holds it: `hub` or `restore`. */
  purpose: string;
  since: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly holder: LockHolder,
    readonly lockPath: string,
  ) {
    super(
      `Thư mục dữ liệu đang được dùng bởi tiến trình ${holder.pid} (${holder.purpose}, từ ${holder.since}). / ` +
        `The data directory is in use by process ${holder.pid} (${holder.purpose}, since ${holder.since}). ` +
        `Stop it first; if no such process runs, delete ${lockPath}.`,
    );
  }
}

/** True when a process with this pid exists (EPERM: it exists but belongs to another user). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live holder of the lock, or null when there is no lock or it is stale. */
export function lockHolder(dataDir: string): LockHolder | null {
  let holder: LockHolder;
  try {
    holder = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as LockHolder;
  } catch {
    return null; // none, or unreadable: a half-written lock from a crash
  }
  if (typeof holder.pid !== 'number') return null;
  // Another machine's lock (a data directory on a share) cannot be checked by pid: trust it.
  if (holder.host !== hostname()) return holder;
  return processAlive(holder.pid) ? holder : null;
}

/**
 * Takes the lock for this process; throws DataDirLockedError when another
 * live process holds it. Returns the function that gives it back.
 */
export function acquireDataDirLock(dataDir: string, purpose: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), purpose, since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx', PRIVATE_FILE_MODE);
      try {
        writeSync(fd, JSON.stringify(me));
      } finally {
        closeSync(fd);
      }
      ensureMode(path, PRIVATE_FILE_MODE);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw e;
      const holder = lockHolder(dataDir);
      // The same process may take it again (a test restarting its hub on the same folder).
      if (holder && !(holder.pid === process.pid && holder.host === me.host)) throw new DataDirLockedError(holder, path);
      rmSync(path, { force: true });
    }
  }
  return () => {
    const holder = lockHolder(dataDir);
    if (holder?.pid === process.pid && holder.host === me.host) rmSync(path, { force: true });
  };
}
