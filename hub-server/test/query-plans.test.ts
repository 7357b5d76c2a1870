/**
 * Every statement the hub prepares reads its large tables (tickets, events,
 * dossiers, commands) through an index, and the hot reads use the indexes
 * made for them, so a busy day never turns a ticket into a table scan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../src/core/clock';
import { DEMO_HALL_CONFIG_PATH, loadHallConfig } from '../src/core/config/load-hall-config';
import { openDatabase, type Db } from '../src/core/db/open';
import { createHub, type Hub } from '../src/hub';
import { createLogger } from '../src/core/logger';

const LARGE_TABLES = ['tickets', 'events', 'dossiers', 'dossier_history', 'commands'];
/**
 * The one deliberate scan: at start-up the command log is read newest first
 * and the read stops at the first row older than a day (hall/command-index.ts).
 */
const ALLOWED_SCANS = ['SELECT command_id, rowid AS row, at FROM commands ORDER BY rowid DESC'];

let db: Db;
let hub: Hub;
const prepared: string[] = [];

/** EXPLAIN QUERY PLAN of a statement, its parameters bound to NULL. */
function planOf(sql: string): string[] {
  const explain = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const names = [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1]!))];
  const rows = (
    names.length ? explain.all(Object.fromEntries(names.map((n) => [n, null]))) : explain.all(...Array<null>((sql.match(/\?/g) ?? []).length).fill(null))
  ) as { detail: string }[];
  return rows.map((r) => r.detail);
}

/** The table a plan's `SCAN x` reads when x is an alias (`FROM dossier_history h` plans as `SCAN h`). */
function scannedAlias(detail: string, sql: string): string | undefined {
  const alias = /^SCAN (\w+)/.exec(detail)?.[1];
  if (alias === undefined) return undefined;
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)\s+(?:AS\s+)?(\w+)/gi)) if (m[2] === alias) return m[1];
  return undefined;
}

const find = (fragment: string) => {
  const sql = prepared.find((s) => s.replace(/\s+/g, ' ').includes(fragment));
  if (!sql) throw new Error(`no prepared statement contains "${fragment}"`);
  return planOf(sql).join(' | ');
};

beforeAll(async () => {
  db = openDatabase(':memory:');
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  }) as typeof db.prepare;
  hub = await createHub({ db, clock: systemClock, config: loadHallConfig(DEMO_HALL_CONFIG_PATH), logger: createLogger('silent'), serveApps: false, adminPassword: 'query-plans-admin', demo: true });
});

afterAll(async () => {
  await hub.close();
  db.close();
});

describe('query plans', () => {
  it('never scan a large table', () => {
    expect(prepared.length).toBeGreaterThan(30);
    expect(prepared).toEqual(expect.arrayContaining(ALLOWED_SCANS));
    const scans = prepared.filter((sql) => !ALLOWED_SCANS.includes(sql)).flatMap((sql) =>
      planOf(sql)
        .filter((d) => LARGE_TABLES.some((t) => new RegExp(`^SCAN ${t}\\b`).test(d) || scannedAlias(d, sql) === t))
        .map((d) => `${d}  ←  ${sql.replace(/\s+/g, ' ').slice(0, 100)}`),
    );
    expect(scans).toEqual([]);
  });

  it('use the indexes made for the hot reads', () => {
    expect(find('AVG(finished_at - serving_at)')).toContain('USING COVERING INDEX tickets_done');
    expect(find("action IN ('called', 'recalled')")).toContain('USING INDEX events_calls');
    expect(find('SELECT n FROM session_issued')).toContain('USING PRIMARY KEY');
    expect(find("state = 'waiting' AND service = @service AND front > @front")).toMatch(/USING COVERING INDEX tickets_queue/);
  });

  it('count the people ahead from the queue index alone, reading rows only on a full tie of queued_at and number', () => {
    // The index has no id (migration 0250): on a year's database, a count that read each row for its id
    // cost a fifth of the issue rate (issue 21).
    const sql = prepared.find((s) => s.includes('number = @number AND id < @id'));
    const searches = planOf(sql!).filter((d) => d.startsWith('SEARCH tickets'));
    expect(searches).toHaveLength(8);
    for (const d of searches) expect(d.includes('USING COVERING INDEX tickets_queue') || /USING INDEX tickets_queue \(.*queued_at=\? AND number=\?\)$/.test(d), d).toBe(true);
  });
});
