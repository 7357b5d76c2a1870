/**
 * The personal-data key file (`LUOT_KEY_FILE`, default `<data dir>/luot.key`):
 * 32 random bytes, mode 0600, kept outside the database so a copied database
 * or backup shows no ID number, name or address. Made on the first start;
 * after that the database remembers the key's id (`sealing_keys`), and a
 * missing or different key file stops the hub with a clear message: a new key
 * made silently would leave every sealed value unreadable.
 */
import { existsSync, fsyncSync, openSync, closeSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { createPrivateDir, ensurePrivateFile, ensureMode, PRIVATE_FILE_MODE } from '../data-files';
import type { Db } from '../db/open';
import { createFieldCipher, keyIdOf, MASTER_KEY_BYTES, type FieldCipher } from './field-cipher';

export class PersonalKeyError extends Error {}

/** The key ids the database's sealed values were made with (oldest first). */
export function knownKeyIds(db: Db): string[] {
  return db.prepare<[], string>('SELECT key_id FROM sealing_keys ORDER BY first_used_at, key_id').pluck().all();
}

/** Writes a new key through a temporary file made 0600 before any byte of the key is in it. */
function createKeyFile(file: string): Buffer {
  createPrivateDir(dirname(file));
  const key = randomBytes(MASTER_KEY_BYTES);
  const partial = file + '.partial';
  ensurePrivateFile(partial);
  const fd = openSync(partial, 'w');
  try {
    writeSync(fd, key);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
  return key;
}

/** Reads a key file: exactly 32 bytes, made 0600 if an older copy was looser. */
export function readKeyFile(file: string): Buffer {
  const key = readFileSync(file);
  if (key.length !== MASTER_KEY_BYTES) {
    throw new PersonalKeyError(
      `The personal-data key file ${file} holds ${key.length} bytes, not ${MASTER_KEY_BYTES}: it is damaged or not a Lượt key. ` +
        'Put back the key file saved with this hall’s backups (README "Personal data"). ' +
        `/ Tệp khóa dữ liệu cá nhân ${file} bị hỏng: hãy chép lại tệp khóa đã lưu cùng bản sao lưu.`,
    );
  }
  ensureMode(file, PRIVATE_FILE_MODE);
  return key;
}

/**
 * Opens the hall's key for `db` (migrated): reads it, or makes it when the
 * database has never sealed anything, and records its id in the database.
 * Throws PersonalKeyError when the file is missing or another key's.
 */
export function openPersonalKey(file: string, db: Db, now: number): FieldCipher {
  const known = knownKeyIds(db);
  let key: Buffer;
  if (existsSync(file)) {
    key = readKeyFile(file);
  } else if (known.length > 0) {
    throw new PersonalKeyError(
      `The personal-data key file ${file} is missing, and this database holds personal data sealed with key ${known.join(', ')}. ` +
        'The hub does not make a new key (the data would be lost): put back the key file saved with the backups, or set LUOT_KEY_FILE to it. ' +
        `/ Thiếu tệp khóa dữ liệu cá nhân ${file}: hãy chép lại tệp khóa đã lưu riêng, hoặc đặt LUOT_KEY_FILE.`,
    );
  } else {
    key = createKeyFile(file);
  }
  const keyId = keyIdOf(key);
  if (known.length > 0 && !known.includes(keyId)) {
    throw new PersonalKeyError(
      `The personal-data key file ${file} holds key ${keyId}, but this database's personal data is sealed with key ${known.join(', ')}. ` +
        'Put back the right key file (README "Personal data"); the hub will not start with another key. ' +
        `/ Tệp khóa ${file} không phải khóa của cơ sở dữ liệu này (cần khóa ${known.join(', ')}).`,
    );
  }
  if (!known.includes(keyId))
    db.prepare('INSERT INTO sealing_keys (key_id, first_used_at) VALUES (?, ?)').run(keyId, now);
  return createFieldCipher(key);
}

/** A key for a database that lives only in memory (tests, the bench): never written anywhere. */
export function ephemeralPersonalKey(db: Db, now: number): FieldCipher {
  const cipher = createFieldCipher(randomBytes(MASTER_KEY_BYTES));
  db.prepare('INSERT OR IGNORE INTO sealing_keys (key_id, first_used_at) VALUES (?, ?)').run(cipher.keyId, now);
  return cipher;
}

/** The default key file of a database: `luot.key` beside it (the data directory). */
export const defaultKeyFileOf = (databaseFile: string): string => join(dirname(databaseFile), 'luot.key');

/**
 * The key for a hub's database: the given file, or `luot.key` beside the
 * database file; a database in memory gets a key that lives only in memory.
 */
export function openHallKey(db: Db, keyFile: string | undefined, now: number): FieldCipher {
  if (keyFile === undefined && (db.memory || db.name === '')) return ephemeralPersonalKey(db, now);
  return openPersonalKey(keyFile ?? defaultKeyFileOf(db.name), db, now);
}
