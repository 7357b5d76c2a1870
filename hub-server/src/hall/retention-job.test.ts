import { afterEach, describe, expect, it } from 'vitest';
import { createAuditLog } from '../core/audit-log';
import { ManualClock } from '../core/clock';
import { retentionSchema } from '../core/config/hall-config-schema';
import { migrate } from '../core/db/migrate';
import { openDatabase } from '../core/db/open';
import { createLogger } from '../core/logger';
import { createRetentionJob } from './retention-job';

const DAY = 24 * 60 * 60 * 1000;
const at = (local: string) => Date.parse(`${local}+07:00`);
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** Waits for real time to pass (the schedule's timer runs on it; the hall's clock is the ManualClock). */
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the retention schedule', () => {
  it('runs at start, then once a day after its time, on the hall clock', async () => {
    const db = openDatabase(':memory:');
    migrate(db);
    const clock = new ManualClock(at('2026-11-23T09:00:00'));
    const audit = createAuditLog(db);
    const runs: number[] = [];
    const job = createRetentionJob({
      db,
      clock,
      logger: createLogger('silent'),
      audit,
      policy: retentionSchema.parse({}),
    });
    const original = job.run;
    job.run = () => {
      runs.push(clock.now());
      return original();
    };
    stops.push(job.start(5));
    expect(runs).toHaveLength(1);

    clock.set(at('2026-11-23T23:00:00'));
    await pause(80);
    clock.set(at('2026-11-24T03:29:00'));
    await pause(80);
    expect(runs).toHaveLength(1);

    // A command record 8 days old: the day's run deletes it and audits that.
    db.prepare("INSERT INTO commands (command_id, actor, name, result, at) VALUES ('c1', 'hub', 'x', '{}', ?)").run(
      at('2026-11-24T03:30:00') - 8 * DAY,
    );
    clock.set(at('2026-11-24T03:30:00'));
    await pause(80);
    expect(runs).toEqual([at('2026-11-23T09:00:00'), at('2026-11-24T03:30:00')]);
    await job.idle();
    expect(audit.since(0).map((e) => [e.action, e.detail?.commands])).toEqual([['retention', 1]]);
    await pause(80);
    expect(runs).toHaveLength(2);
  });

  it('stops after its current batch when the hub closes; the next run resumes', async () => {
    const db = openDatabase(':memory:');
    migrate(db);
    const clock = new ManualClock(at('2026-11-23T09:00:00'));
    const insert = db.prepare(
      "INSERT INTO commands (command_id, actor, name, result, at) VALUES (?, 'hub', 'x', '{}', ?)",
    );
    db.transaction(() => {
      for (let i = 0; i < 5000; i++) insert.run(`c${i}`, clock.now() - 30 * DAY);
    })();
    const deps = {
      db,
      clock,
      logger: createLogger('silent'),
      audit: createAuditLog(db),
      policy: retentionSchema.parse({}),
      batchRows: 100,
    };
    const job = createRetentionJob(deps);
    const stop = job.start(60_000);
    stop();
    await job.idle();
    const left = db.prepare('SELECT COUNT(*) FROM commands').pluck().get() as number;
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(5000);
    expect((await createRetentionJob(deps).run()).commands).toBe(left);
  });
});
