import { describe, expect, it } from 'vitest';
import { openDatabase } from './open';
import { DatabaseFromTheFutureError, checkMigrationList, migrate } from './migrate';
import { migrations } from './migrations';

describe('migrations', () => {
  it('are numbered in steps of 10, in order', () => {
    expect(() => checkMigrationList(migrations)).not.toThrow();
    expect(() => checkMigrationList([...migrations, { version: 15, name: 'bad', up: () => {} }])).toThrow(/expected/);
    const last = migrations.at(-1)!.version;
    expect(() => checkMigrationList([...migrations, { version: last, name: 'twice', up: () => {} }])).toThrow(/expected/);
    expect(() => checkMigrationList([...migrations, { version: last - 10, name: 'backwards', up: () => {} }])).toThrow(/expected/);
  });

  it('apply once, record user_version, and leave the database in WAL with foreign keys on', () => {
    const db = openDatabase(':memory:');
    const version = migrate(db);
    expect(version).toBe(migrations.at(-1)!.version);
    expect(db.pragma('user_version', { simple: true })).toBe(version);
    expect(migrate(db)).toBe(version);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuse a database written by a newer hub', () => {
    const db = openDatabase(':memory:');
    db.pragma('user_version = 9990');
    expect(() => migrate(db)).toThrow(DatabaseFromTheFutureError);
    db.close();
  });

  it('roll back every pending step when one fails', () => {
    const db = openDatabase(':memory:');
    const broken = [
      { version: 10, name: 'ok', up: (d: typeof db) => d.exec('CREATE TABLE a (x INTEGER) STRICT') },
      { version: 20, name: 'fails', up: (d: typeof db) => d.exec('CREATE TABLE broken (') },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'a'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('0040 counts the waiting tickets already in the database', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.filter((m) => m.version <= 30));
    const insert = db.prepare(
      "INSERT INTO tickets (id, day, service, number, code, priority, source, state, issued_at, queued_at, issued_by) VALUES (?, '2026-11-23', ?, ?, ?, 'none', 'kiosk', ?, 1, 1, 'test')",
    );
    insert.run('a', 'A', 1, 'A001', 'waiting');
    insert.run('b', 'A', 2, 'A002', 'waiting');
    insert.run('c', 'A', 3, 'A003', 'done');
    insert.run('d', 'B', 1, 'B001', 'waiting');
    migrate(db);
    expect(db.prepare('SELECT service, n FROM waiting_counts ORDER BY service').all()).toEqual([
      { service: 'A', n: 2 },
      { service: 'B', n: 1 },
    ]);
    db.close();
  });

  it('0050 indexes only finished tickets and only call events, over the rows already there', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.filter((m) => m.version <= 40));
    const ticket = db.prepare(
      "INSERT INTO tickets (id, day, service, number, code, priority, source, state, issued_at, queued_at, finished_at, issued_by) VALUES (?, '2026-11-23', 'A', ?, ?, 'none', 'kiosk', ?, 1, 1, ?, 'test')",
    );
    ticket.run('a', 1, 'A001', 'done', 50);
    ticket.run('b', 2, 'A002', 'waiting', null);
    const event = db.prepare("INSERT INTO events (at, day, type, action, actor, payload) VALUES (1, '2026-11-23', 'ticket', ?, 'test', '{}')");
    event.run('issued');
    event.run('called');
    migrate(db);
    expect(db.prepare("SELECT id FROM tickets INDEXED BY tickets_done WHERE day = '2026-11-23' AND service = 'A' AND state = 'done'").all()).toEqual([{ id: 'a' }]);
    const indexSql = (name: string) => (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string }).sql;
    expect(indexSql('tickets_done')).toMatch(/WHERE state = 'done'$/);
    expect(indexSql('events_calls')).toMatch(/WHERE type = 'ticket' AND action IN \('called', 'recalled'\)$/);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('tickets_finished', 'events_day')").all()).toEqual([]);
    expect(
      db.prepare("SELECT action FROM events INDEXED BY events_calls WHERE day = '2026-11-23' AND type = 'ticket' AND action IN ('called', 'recalled')").all(),
    ).toEqual([{ action: 'called' }]);
    db.close();
  });

  it('0060 keeps the recorded commands in time order without an index on their random ids', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.filter((m) => m.version <= 50));
    const command = db.prepare("INSERT INTO commands (command_id, actor, name, result, at) VALUES (?, 'device:kiosk-1', 'ticket:issue', ?, ?)");
    command.run('zzz-late', '{"n":2}', 20);
    command.run('aaa-early', '{"n":1}', 10);
    migrate(db);
    expect(db.prepare('SELECT command_id, result FROM commands ORDER BY rowid').all()).toEqual([
      { command_id: 'aaa-early', result: '{"n":1}' },
      { command_id: 'zzz-late', result: '{"n":2}' },
    ]);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'commands'").pluck().all();
    expect(indexes).toEqual([]);
    expect((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'tickets_done'").get() as { sql: string }).sql).toMatch(/finished_at, serving_at\) WHERE state = 'done'$/);
    db.close();
  });

  it('0090 gives every ticket a prefix column; tickets from before it have none', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.filter((m) => m.version <= 80));
    db.prepare(
      `INSERT INTO tickets (id, day, service, number, code, priority, source, state, issued_at, queued_at, issued_by)
       VALUES ('old', '2026-11-23', 'A', 1, 'A0001', 'none', 'kiosk', 'waiting', 1, 1, 'test')`,
    ).run();
    migrate(db);
    expect(db.prepare("SELECT prefix FROM tickets WHERE id = 'old'").get()).toEqual({ prefix: '' });
  });

  it('0070 rebuilds tickets without the (day, code) index, keeping rows, indexes, triggers and the dossiers that point at them', () => {
    const db = openDatabase(':memory:');
    migrate(db, migrations.filter((m) => m.version <= 60));
    const objectsOf = () =>
      db.prepare("SELECT type, name FROM sqlite_master WHERE tbl_name = 'tickets' ORDER BY type, name").all() as { type: string; name: string }[];
    const before = objectsOf();
    const ticket = db.prepare(
      "INSERT INTO tickets (id, day, service, number, code, priority, source, state, issued_at, queued_at, issued_by) VALUES (?, '2026-11-23', 'A', ?, ?, 'none', 'kiosk', ?, 1, 1, 'test')",
    );
    ticket.run('t1', 1, 'A001', 'waiting');
    ticket.run('t2', 2, 'A002', 'done');
    db.prepare(
      `INSERT INTO dossiers (id, agency_code, procedure_code, service, ticket_id, status, applicant_id_number, applicant_name, applicant_birth_date,
         applicant_sex, applicant_address, applicant_phone, return_method, registered_at, registered_day, updated_at)
       VALUES ('d1', '000.00.01.H40', '1.001612', 'A', 't1', 'registered', '046201000152', 'Võ Việt Dũng', '2001-07-30', 'male', 'Thôn 1', '0912345678', 'counter', 1, '2026-11-23', 1)`,
    ).run();
    const rows = db.prepare('SELECT * FROM tickets ORDER BY id').all();

    migrate(db, migrations.filter((m) => m.version <= 70));

    expect(db.prepare('SELECT * FROM tickets ORDER BY id').all()).toEqual(rows);
    expect(objectsOf()).toEqual(before.filter((o) => o.name !== 'sqlite_autoindex_tickets_2'));
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'tickets_0070'").all()).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'dossiers'").get() as { sql: string }).sql).toMatch(/REFERENCES tickets\(id\)/);
    // The waiting-count trigger came back with the table.
    ticket.run('t3', 3, 'A003', 'waiting');
    expect(db.prepare("SELECT n FROM waiting_counts WHERE day = '2026-11-23' AND service = 'A'").get()).toEqual({ n: 2 });
    // The dossier's ticket reference still names (and is checked against) the tickets table.
    expect(() => db.prepare("UPDATE dossiers SET ticket_id = 'nope' WHERE id = 'd1'").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('refuse a table rebuild that leaves a broken reference, and turn foreign keys back on', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    db.exec(`CREATE TABLE parent (id TEXT PRIMARY KEY) STRICT; CREATE TABLE child (p TEXT REFERENCES parent(id)) STRICT;
      INSERT INTO parent VALUES ('a'); INSERT INTO child VALUES ('a');`);
    const version = db.pragma('user_version', { simple: true }) as number;
    const breaking = [...migrations, { version: version + 10, name: 'loses-a-parent', rebuildsTables: true, up: (d: typeof db) => d.exec('DELETE FROM parent') }];
    expect(() => migrate(db, breaking)).toThrow(/broken references/);
    expect(db.pragma('user_version', { simple: true })).toBe(version);
    expect(db.prepare('SELECT id FROM parent').all()).toEqual([{ id: 'a' }]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('keep the events table append-only', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    db.prepare("INSERT INTO events (at, day, type, actor, payload) VALUES (1, '2026-11-23', 'message', 'test', '{}')").run();
    expect(() => db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE events SET actor = 'x'").run()).toThrow(/append-only/);
    db.close();
  });
});
