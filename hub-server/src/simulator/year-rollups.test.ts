/**
 * (Here beside the generator it uses; the reports' own folder may not import it.)
 * The rollup path against the raw path (period-report-service.ts, the
 * reference) on a simulated multi-day hall: every figure of the report equal,
 * before any rollup, with days, months and a year rolled, with some days left
 * raw, and after the hall changed a service's target wait.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { periodOf, type Period, type PeriodKind } from '@luot/protocol';
import { createUserRepo } from '../auth/user-repo';
import type { Clock } from '../core/clock';
import { DEMO_HALL_CONFIG_PATH, loadHallConfig } from '../core/config/load-hall-config';
import type { HallConfig } from '../core/config/hall-config-schema';
import { readOnly } from '../core/db/handles';
import { openDatabase, type Db } from '../core/db/open';
import { createHallCatalog } from '../core/hall-catalog';
import { createLogger } from '../core/logger';
import { openHallKey } from '../core/personal-data/personal-key';
import { createHub } from '../hub';
import { fillYear } from './year-fill';
import { createPeriodReportService } from '../reports/period-report-service';
import { coverPeriod, createRolledPeriodReportService } from '../reports/rolled-period-report-service';
import { createRollups } from '../reports/rollups';

vi.setConfig({ testTimeout: 60_000 });

const NOW = Date.parse('2026-03-04T10:00:00+07:00');
const clock: Clock = { now: () => NOW };
let db: Db;
let config: HallConfig;

function services(cfg: HallConfig) {
  const ctx = { readDb: readOnly(db), catalog: createHallCatalog(cfg, 'http://localhost:8080'), clock, users: createUserRepo(db) };
  return { raw: createPeriodReportService(ctx), rolled: createRolledPeriodReportService(ctx) };
}

const PERIODS: [PeriodKind | 'range', Period][] = [
  ['month', periodOf('month', '2026-02-10')],
  ['month', periodOf('month', '2026-03-04')],
  ['week', periodOf('week', '2026-01-14')],
  ['quarter', periodOf('quarter', '2026-01-01')],
  ['year', periodOf('year', '2026-03-04')],
  ['year', periodOf('year', '2025-06-01')],
  ['range', { from: '2025-12-20', to: '2026-02-03' }],
  ['day', periodOf('day', '2026-03-03')],
];

function expectSame(cfg: HallConfig) {
  const { raw, rolled } = services(cfg);
  for (const [kind, period] of PERIODS) expect(rolled.report(kind, period), `${kind} ${period.from}`).toEqual(raw.report(kind, period));
}

beforeAll(async () => {
  config = loadHallConfig(DEMO_HALL_CONFIG_PATH);
  // Targets on some services, so the share served within target is measured.
  config.services = config.services.map((s, i) => (i % 2 === 0 ? { ...s, targetWaitMinutes: 10 + i } : s));
  db = openDatabase(':memory:');
  const hub = await createHub({ db, clock, config, logger: createLogger('silent'), serveApps: false, demo: true, adminPassword: 'rollup-test-pass' });
  await hub.close();
  // Early December to yesterday (3 March): a year boundary, a whole month and a month in progress.
  fillYear(db, config, openHallKey(db, undefined, NOW), { lastDay: '2026-03-03', days: 95, ticketsPerWeekday: 120, dossierShare: 0.2, seed: 7 });
}, 60_000);

afterAll(() => db.close());

// Each report reads 95 days of a simulated hall raw: seconds under load, beyond the unit project's 5 s (4.6 s seen in a CI run).
describe('report rollups', { timeout: 60_000 }, () => {
  it('the simulated hall has what the figures need', () => {
    const count = (sql: string) => (db.prepare(sql).pluck().get() as number);
    expect(count('SELECT COUNT(*) FROM tickets')).toBeGreaterThan(8000);
    expect(count(`SELECT COUNT(*) FROM tickets WHERE state = 'no_show'`)).toBeGreaterThan(0);
    expect(count(`SELECT COUNT(*) FROM events WHERE action = 'transferred'`)).toBeGreaterThan(0);
    expect(count(`SELECT COUNT(*) FROM dossiers WHERE timeliness = 'late'`)).toBeGreaterThan(0);
    expect(count(`SELECT COUNT(*) FROM dossier_history WHERE to_status = 'supplement_requested'`)).toBeGreaterThan(0);
  });

  it('gives the raw figures before anything is rolled', () => {
    expectSame(config);
  });

  it('rolls settled days, the finished months and gives the same figures from them', () => {
    const rolled = createRollups({ db, catalog: createHallCatalog(config, 'http://localhost:8080'), clock }).rollAll();
    // 95 days from 29 November, November to February, and 2025 (its months before November had no ticket).
    expect(rolled).toBe(95 + 4 + 1);
    const spans = db.prepare(`SELECT span, COUNT(*) AS n FROM report_rolled GROUP BY span ORDER BY span`).all();
    expect(spans).toEqual([{ span: 'day', n: 95 }, { span: 'month', n: 4 }, { span: 'year', n: 1 }]);
    const cover = coverPeriod(periodOf('year', '2026-03-04'), new Set(db.prepare(`SELECT span || ':' || start FROM report_rolled`).pluck().all() as string[]));
    expect(cover.spans.filter(([s]) => s === 'month')).toHaveLength(2);
    expect(cover.rawRuns[0]).toEqual({ from: '2026-03-04', to: '2026-12-31' });
    expectSame(config);
  });

  it('reads raw the days not rolled, beside rolled ones', () => {
    db.prepare(`DELETE FROM report_rolled WHERE span = 'day' AND start IN ('2026-01-13', '2026-01-14', '2026-02-27')`).run();
    db.prepare(`DELETE FROM report_rolled WHERE span = 'month' AND start = '2026-02-01'`).run();
    expectSame(config);
  });

  it('leaves spans rolled under another catalog (a changed target wait) to the raw path until rolled again', () => {
    const changed = { ...config, services: config.services.map((s, i) => (i === 0 ? { ...s, targetWaitMinutes: 3 } : s)) };
    expectSame(changed);
    expect(createRollups({ db, catalog: createHallCatalog(changed, 'http://localhost:8080'), clock }).rollAll()).toBeGreaterThan(90);
    expectSame(changed);
  });

  it('does not roll a day whose tickets are still moving', () => {
    db.prepare(`UPDATE tickets SET state = 'waiting' WHERE id = (SELECT id FROM tickets WHERE day = '2026-03-03' LIMIT 1)`).run();
    db.prepare(`DELETE FROM report_rolled WHERE start = '2026-03-03'`).run();
    createRollups({ db, catalog: createHallCatalog(config, 'http://localhost:8080'), clock }).rollAll();
    expect(db.prepare(`SELECT COUNT(*) FROM report_rolled WHERE start = '2026-03-03'`).pluck().get()).toBe(0);
    expectSame(config);
  });
});
