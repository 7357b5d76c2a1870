import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_CACHE_KIB, openDatabase } from './open';

describe('openDatabase page cache', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it("caps SQLite's page cache at 2 MB, not better-sqlite3's 16 MB build default that grew the hub's memory day after day", () => {
    // The build default this guards against: without the pragma the hall's connection gets it.
    const bare = new Database(':memory:');
    expect(bare.pragma('cache_size', { simple: true })).toBe(-16000);
    bare.close();

    const dir = mkdtempSync(join(tmpdir(), 'luot-open-'));
    dirs.push(dir);
    const db = openDatabase(join(dir, 'luot.sqlite'));
    expect(PAGE_CACHE_KIB).toBe(2000);
    expect(db.pragma('cache_size', { simple: true })).toBe(-PAGE_CACHE_KIB);
    // The other pragmas still hold beside it.
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });
});
