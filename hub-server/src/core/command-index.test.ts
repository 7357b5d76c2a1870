import { describe, expect, it } from 'vitest';
import { openDatabase } from './db/open';
import { migrate } from './db/migrate';
import { createCommandIndex } from './command-index';

const HOUR = 60 * 60 * 1000;
const T0 = Date.parse('2026-11-23T01:00:00Z');

function freshDb() {
  const db = openDatabase(':memory:');
  migrate(db);
  return db;
}

describe('command index', () => {
  it('finds a recorded id with its first result, and nothing for an unknown id', () => {
    const db = freshDb();
    const index = createCommandIndex(db, T0);
    db.transaction(() => index.record('k-1', 'device:kiosk-1', 'ticket:issue', '{"n":1}', T0))();
    index.committed();
    expect(index.find('k-1')).toEqual({ actor: 'device:kiosk-1', name: 'ticket:issue', result: '{"n":1}' });
    expect(index.find('k-2')).toBeUndefined();
  });

  it('is rebuilt from the log at start-up, remembering the last day only', () => {
    const db = freshDb();
    const first = createCommandIndex(db, T0);
    first.record('old', 'a', 'x', '1', T0);
    first.record('young', 'a', 'x', '2', T0 + 20 * HOUR);
    first.committed();
    const restarted = createCommandIndex(db, T0 + 26 * HOUR);
    expect(restarted.find('young')?.result).toBe('2');
    expect(restarted.find('old')).toBeUndefined();
    expect(restarted.size()).toBe(1);
  });

  it('forgets what a rolled-back transaction recorded, and keeps what was committed before', () => {
    const db = freshDb();
    const index = createCommandIndex(db, T0);
    db.transaction(() => index.record('kept', 'a', 'x', '1', T0))();
    index.committed();
    const failing = db.transaction(() => {
      index.record('lost', 'a', 'x', '2', T0);
      expect(index.find('kept')?.result).toBe('1');
      throw new Error('disk full');
    });
    expect(() => failing()).toThrow('disk full');
    index.rolledBack();
    expect(index.find('lost')).toBeUndefined();
    expect(index.find('kept')?.result).toBe('1');
  });

  it('prunes ids older than a day as time goes on', () => {
    const db = freshDb();
    const index = createCommandIndex(db, T0);
    index.record('a', 'a', 'x', '1', T0);
    index.record('b', 'a', 'x', '2', T0 + 2 * HOUR);
    index.committed();
    index.prune(T0 + 25 * HOUR);
    expect(index.find('a')).toBeUndefined();
    expect(index.find('b')?.result).toBe('2');
  });
});
