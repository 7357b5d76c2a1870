import { describe, expect, it } from 'vitest';
import { openDatabase } from '../core/db/open';
import { migrate } from '../core/db/migrate';
import { HallModeError, settleHallMode } from './hall-mode';
import { hashToken } from './secrets';

function freshDb() {
  const db = openDatabase(':memory:');
  migrate(db);
  // Migration 0100 may have recorded a mode for the empty database: start from none, as an older database would.
  db.prepare('DELETE FROM hall_mode').run();
  return db;
}

describe('the hall mode of a database', () => {
  it("does not read the demo's published tokens for a database without devices (a fresh hall's first start)", () => {
    const db = freshDb();
    let asked = 0;
    settleHallMode(db, 'hall', 1, () => (asked++, ['demo-token-1']));
    expect(asked).toBe(0);
    expect(db.prepare('SELECT mode FROM hall_mode').pluck().get()).toBe('hall');
  });

  it("still refuses, as a real hall, an older database that holds one of the demo's tokens", () => {
    const db = freshDb();
    db.prepare("INSERT INTO devices (id, name, role, token_hash, created_at) VALUES ('k1', 'Kiosk', 'kiosk', ?, 0)").run(hashToken('demo-token-1'));
    let asked = 0;
    expect(() => settleHallMode(db, 'hall', 1, () => (asked++, ['demo-token-1']))).toThrow(HallModeError);
    expect(asked).toBe(1);
  });
});
