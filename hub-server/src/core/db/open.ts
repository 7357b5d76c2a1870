import Database from 'better-sqlite3';
import { dirname } from 'node:path';
import { createPrivateDir, ensurePrivateFile, securePrivateDatabase } from '../data-files';

export type Db = Database.Database;

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
  // Deleted and overwritten values are zeroed in the file, not left in free space:
  // personal data that was erased or sealed must not be found in the raw bytes (issue 16).
  db.pragma('secure_delete = ON');
  if (file !== ':memory:') securePrivateDatabase(file);
  return db;
}
