import Database from 'better-sqlite3';
import { dirname } from 'node:path';
import { createPrivateDir, ensurePrivateFile, securePrivateDatabase } from '../data-files';

export type Db = Database.Database;

/**
 * SQLite's page cache for the hall's connection, in KiB. better-sqlite3 is
 * built with a 16 MB default (SQLITE_DEFAULT_CACHE_SIZE=-16000), not SQLite's
 * own 2 MB: the cache then keeps every page a day's commands touched, and the
 * hub's resident memory grew with the commands played until 16 MB were held
 * (issue 21's memory over days: +3–8 MB a day). A command touches today's
 * pages only (the tail of the logs, today's tickets and their indexes), which
 * fit in 2 MB; older pages are read back from the OS's file cache when a
 * report asks for them.
 */
export const PAGE_CACHE_KIB = 2000;

/**
 * Opens the hall's database with the pragmas DESIGN.md asks for: WAL so
 * readers never block the writer, `synchronous=FULL` so an acknowledged
 * command survives power loss or `kill -9`, and foreign keys enforced.
 * The file is made 0600 before SQLite opens it (SQLite gives the WAL and
 * SHM files the database's own mode) and all three are checked after, so
 * personal data is never readable by other accounts of the machine.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') {
    createPrivateDir(dirname(file));
    ensurePrivateFile(file);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  // Deleted and overwritten values are zeroed in the file, not left in free space:
  // personal data that was erased or sealed must not be found in the raw bytes (issue 16).
  db.pragma('secure_delete = ON');
  if (file !== ':memory:') securePrivateDatabase(file);
  return db;
}
