import { describe, expect, expectTypeOf, it } from 'vitest';
import { readOnly, type ReadableDb, type WritableDb } from './handles';
import { openDatabase } from './open';

function scratch() {
  const db = openDatabase(':memory:');
  db.exec('CREATE TABLE t (n INTEGER NOT NULL) STRICT; INSERT INTO t VALUES (1), (2);');
  return db;
}

describe('branded database handles', () => {
  it('a read handle reads, in one consistent transaction when asked', () => {
    const db = scratch();
    const reads = readOnly(db);
    expect(reads.prepare<[], { n: number }>('SELECT n FROM t ORDER BY n').all()).toEqual([{ n: 1 }, { n: 2 }]);
    expect(reads.prepare<[number], number>('SELECT n FROM t WHERE n = ?').pluck().get(2)).toBe(2);
    const sum = reads.consistent((k: number) => k * reads.prepare<[], { s: number }>('SELECT SUM(n) AS s FROM t').get()!.s);
    expect(sum(10)).toBe(30);
    db.close();
  });

  it('a read handle refuses to prepare a statement that writes, even past the types', () => {
    const db = scratch();
    const reads = readOnly(db);
    expect(() => reads.prepare('INSERT INTO t VALUES (3)')).toThrow(/cannot prepare a statement that writes/);
    expect(() => reads.prepare('DELETE FROM t RETURNING n')).toThrow(/cannot prepare a statement that writes/);
    expect(db.prepare('SELECT COUNT(*) FROM t').pluck().get()).toBe(2);
    db.close();
  });

  it('has no write method, and neither handle passes for the other', () => {
    const db = scratch();
    const reads = readOnly(db);
    const statement = reads.prepare<[], { n: number }>('SELECT n FROM t');
    // @ts-expect-error - a read statement has no run() (and one prepared through it is read-only anyway)
    void statement.run;
    expect(statement.all()).toHaveLength(2);
    // @ts-expect-error - no exec on a read handle
    expect(() => reads.exec('DELETE FROM t')).toThrow(TypeError);
    // @ts-expect-error - no transaction (a write path's tool) on a read handle
    expect(reads.transaction).toBeUndefined();
    // @ts-expect-error - no pragma: it can write too
    expect(reads.pragma).toBeUndefined();
    // @ts-expect-error - a read handle is not a write handle
    const writable: WritableDb = reads;
    // @ts-expect-error - nor is the write handle a read one: read paths get readOnly(db)
    const readable: ReadableDb = db;
    expect([writable, readable]).toHaveLength(2);
    expectTypeOf<ReadableDb>().not.toHaveProperty('exec');
    db.close();
  });
});
