/** The backup service: the nightly schedule, rotation, the second place, and failures that never escape. */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackupService, type BackupSettings } from '../src/backups/backup-service';
import { readManifest, sha256OfFile } from '../src/backups/backup-manifest';
import { createAuditLog } from '../src/core/audit-log';
import { ManualClock } from '../src/core/clock';
import { migrate } from '../src/core/db/migrate';
import { openDatabase } from '../src/core/db/open';
import { createLogger } from '../src/core/logger';
import { until } from '@luot/testing';

const root = mkdtempSync(join(tmpdir(), 'luot-backups-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A migrated database and a backup service over it, with a log kept in memory. */
function setUp(name: string, settings: Partial<BackupSettings>, now = Date.parse('2026-12-07T01:59:00+07:00')) {
  const dir = mkdtempSync(join(root, `${name}-`));
  const db = openDatabase(join(dir, 'luot.sqlite'));
  migrate(db);
  const clock = new ManualClock(now);
  const lines: { level: number; msg: string; durationMs?: number }[] = [];
  const logger = createLogger('info', { write: (l: string) => void lines.push(JSON.parse(l) as (typeof lines)[number]) });
  const audit = createAuditLog(db);
  const backups = createBackupService({
    db,
    clock,
    logger,
    audit,
    hallName: 'Trung tâm thử',
    settings: { dir: join(dir, 'backups'), keep: 14, nightlyAt: '02:00', onShutdown: true, ...settings },
  });
  return { dir, db, clock, lines, audit, backups };
}

const files = (dir: string) => readdirSync(dir).sort();

describe('the nightly backup', () => {
  it('waits for 02:00 hall time, takes one backup that night, and logs how long it took', async () => {
    const { db, clock, lines, backups } = setUp('nightly', {});
    const stop = backups.startSchedule(20);
    await new Promise((r) => setTimeout(r, 100));
    expect(backups.status().backups).toEqual([]);
    clock.advance(60_000); // 02:00
    await until(() => backups.status().backups.length === 1, 5000, 'the nightly backup');
    await new Promise((r) => setTimeout(r, 100));
    expect(backups.status().backups).toHaveLength(1); // once, not at every tick
    stop();
    expect(backups.status().backups[0]).toMatchObject({ reason: 'nightly', verified: true, copied: null, at: Date.parse('2026-12-07T02:00:00+07:00') });
    const line = lines.find((l) => l.msg === 'backup taken');
    expect(line?.durationMs).toEqual(expect.any(Number));
    db.close();
  });
});

describe('rotation and the second place', () => {
  it('keeps the N newest, here and in the second place, each copy checked by its checksum', async () => {
    const copyDir = join(root, 'usb-disk', 'luot');
    const { db, clock, backups, dir } = setUp('rotation', { keep: 2, copyDir });
    const taken = [];
    for (let i = 0; i < 3; i++) {
      db.prepare('INSERT INTO hall_state (key, value) VALUES (?, ?)').run(`k${i}`, 'v');
      taken.push((await backups.backupNow('manual'))!);
      clock.advance(60_000);
    }
    const kept = taken.slice(1).flatMap((m) => [m.file, `${m.file}.json`]);
    expect(files(join(dir, 'backups'))).toEqual(kept);
    expect(files(copyDir)).toEqual(kept);
    for (const m of taken.slice(1)) {
      expect(m.copy).toEqual({ dir: copyDir, verified: true });
      expect(await sha256OfFile(join(copyDir, m.file))).toBe(m.sha256);
      expect(statSync(join(copyDir, m.file)).mode & 0o777).toBe(0o600);
      expect(readManifest(join(copyDir, m.file))).toEqual(m);
    }
    expect(backups.status().backups.map((b) => b.copied)).toEqual([true, true]);
    db.close();
  });

  it('a second place that cannot be written: the backup stands, shown as not copied', async () => {
    const blocked = join(root, 'not-a-dir');
    writeFileSync(blocked, 'a file where the share should be mounted');
    const { db, backups } = setUp('no-copy', { copyDir: blocked });
    const m = await backups.backupNow('manual');
    expect(m?.copy).toMatchObject({ dir: blocked, verified: false, error: expect.any(String) });
    expect(backups.status()).toMatchObject({ lastFailure: null, backups: [{ verified: true, copied: false }] });
    db.close();
  });
});

describe('off the command path', () => {
  it('lets writes run while it copies, and the copy holds them', async () => {
    const { db, backups } = setUp('busy', {});
    const insert = db.prepare('INSERT INTO hall_state (key, value) VALUES (?, ?)');
    const page = 'x'.repeat(4000);
    db.transaction(() => {
      for (let i = 0; i < 5000; i++) insert.run(`fill-${i}`, page); // about 20 MB
    })();
    let written = 0;
    let longestGapMs = 0;
    let last = performance.now();
    const writer = setInterval(() => {
      const now = performance.now();
      longestGapMs = Math.max(longestGapMs, now - last);
      last = now;
      insert.run(`during-${written++}`, 'v');
    }, 1);
    const started = performance.now();
    const m = await backups.backupNow('manual');
    const tookMs = performance.now() - started;
    clearInterval(writer);
    expect(m).not.toBeNull();
    // Commands ran between the copy's steps: the loop was never held for long.
    expect(written).toBeGreaterThan(3);
    expect(longestGapMs).toBeLessThan(Math.max(250, tookMs / 4));
    expect(m!.counts).toBeDefined();
    const copy = new Database(join(backups.settings.dir, m!.file), { readonly: true });
    const rows = copy.prepare("SELECT COUNT(*) FROM hall_state WHERE key LIKE 'during-%'").pluck().get() as number;
    copy.close();
    // Everything committed before the copy finished is in it (same connection: no restart).
    expect(rows).toBeGreaterThan(0);
    console.log(`backup of ~20 MB: ${Math.round(tookMs)} ms, ${written} writes meanwhile, longest event-loop gap ${Math.round(longestGapMs)} ms`);
    db.close();
  });
});

describe('failures', () => {
  it('are caught, logged, audited and shown until a good backup follows', async () => {
    const { db, dir, lines, audit, backups, clock } = setUp('failing', {});
    // The backup folder cannot be made: a file holds its name.
    writeFileSync(join(dir, 'backups'), '');
    expect(await backups.backupNow('nightly')).toBeNull();
    expect(lines.some((l) => l.msg === 'backup failed')).toBe(true);
    expect(audit.since(0).map((e) => e.action)).toEqual(['backup-failed']);
    expect(backups.status()).toMatchObject({ lastGoodAt: null, stale: false, lastFailure: { at: clock.now(), message: expect.any(String) } });
    // More than a day without a good backup: stale.
    clock.advance(25 * 60 * 60 * 1000);
    expect(backups.status().stale).toBe(true);
    rmSync(join(dir, 'backups'));
    expect(await backups.backupNow('manual')).not.toBeNull();
    expect(backups.status()).toMatchObject({ stale: false, lastFailure: null, lastGoodAgeMs: 0 });
    db.close();
  });

  it('one at a time: a second call joins the backup running', async () => {
    const { db, backups } = setUp('joined', {});
    const [a, b] = await Promise.all([backups.backupNow('manual'), backups.backupNow('manual')]);
    expect(a).toBe(b);
    expect(backups.status().backups).toHaveLength(1);
    db.close();
  });

  it('the shutdown backup, when set', async () => {
    const on = setUp('shutdown-on', {});
    await on.backups.onShutdown();
    expect(on.backups.status().backups.map((b) => b.reason)).toEqual(['shutdown']);
    on.db.close();
    const off = setUp('shutdown-off', { onShutdown: false });
    await off.backups.onShutdown();
    expect(off.backups.status().backups).toEqual([]);
    off.db.close();
    expect(existsSync(join(off.dir, 'backups'))).toBe(false);
  });
});
