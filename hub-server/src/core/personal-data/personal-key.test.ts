import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open';
import { keyIdOf } from './field-cipher';
import { knownKeyIds, openPersonalKey, PersonalKeyError } from './personal-key';

const dir = mkdtempSync(join(tmpdir(), 'luot-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freshDb = () => {
  const db = openDatabase(':memory:');
  migrate(db);
  return db;
};

describe('the personal-data key file', () => {
  it('is made on first use in a private folder, 32 bytes 0600, and its id recorded', () => {
    const file = join(dir, 'new', 'hall.key');
    const db = freshDb();
    const cipher = openPersonalKey(file, db, 1);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'new')).mode & 0o777).toBe(0o700);
    expect(readFileSync(file)).toHaveLength(32);
    expect(cipher.keyId).toBe(keyIdOf(readFileSync(file)));
    expect(knownKeyIds(db)).toEqual([cipher.keyId]);
    // Opened again: the same key, nothing new recorded.
    expect(openPersonalKey(file, db, 2).keyId).toBe(cipher.keyId);
    expect(knownKeyIds(db)).toEqual([cipher.keyId]);
  });

  it('refuses a damaged key file and says what to do', () => {
    const file = join(dir, 'short.key');
    writeFileSync(file, 'not a key');
    expect(() => openPersonalKey(file, freshDb(), 1)).toThrow(PersonalKeyError);
    expect(() => openPersonalKey(file, freshDb(), 1)).toThrow(/holds 9 bytes, not 32/);
  });

  it('tightens a key file left readable by others', () => {
    const file = join(dir, 'loose.key');
    openPersonalKey(file, freshDb(), 1);
    chmodSync(file, 0o644);
    openPersonalKey(file, freshDb(), 1);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
