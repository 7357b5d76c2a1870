/**
 * The hall's backups while the hub runs: nightly at a set time, at clean
 * shutdown, or on demand; one at a time, off the command path (the copy
 * yields to commands between steps), rotated, and every outcome logged and
 * written to the audit log. A failure never escapes: it is logged, audited
 * and shown in the status until a good backup follows.
 */
import { BACKUP_STALE_AFTER_MS, type BackupStatus } from '@luot/protocol';
import type { AuditLog } from '../core/audit-log';
import type { Clock } from '../core/clock';
import type { Db } from '../core/db/open';
import type { Logger } from '../core/logger';
import { listManifests, type BackupManifest } from './backup-manifest';
import { rotateBackups } from './backup-rotation';
import { backupStale, nightlyDue } from './backup-rules';
import { takeBackup } from './take-backup';

export interface BackupSettings {
  /** The backup folder (default `<data dir>/backups`). */
  dir: string;
  /** How many backups stay (the newest); older ones are deleted after each good backup. */
  keep: number;
  /** Local time of the nightly backup, `HH:mm`; null: none. */
  nightlyAt: string | null;
  /** Take one when the hub stops cleanly. */
  onShutdown: boolean;
  /** A second place (mounted USB disk, network share) each backup is copied to. */
  copyDir?: string | undefined;
}

export const DEFAULT_BACKUP_SETTINGS = { keep: 14, nightlyAt: '02:00', onShutdown: true } as const;

/** How often the schedule looks at the clock. */
export const BACKUP_TICK_MS = 60_000;

export interface BackupServiceDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  audit: Pick<AuditLog, 'append'>;
  hallName: string;
  settings: BackupSettings;
}

export type BackupService = ReturnType<typeof createBackupService>;

export function createBackupService(deps: BackupServiceDeps) {
  const { db, clock, logger, audit, settings } = deps;
  const startedAt = clock.now();
  let running: Promise<BackupManifest | null> | null = null;
  let lastFailure: { at: number; message: string } | null = null;
  // The newest backup on disk counts as tonight's attempt, so a restart after 02:00 does not take a second one.
  let lastAttemptAt: number | null = listManifests(settings.dir)[0]?.manifest.at ?? null;

  const run = async (reason: string, actor: string): Promise<BackupManifest | null> => {
    const at = clock.now();
    lastAttemptAt = at;
    try {
      const manifest = await takeBackup(db, { dir: settings.dir, at, reason, hallName: deps.hallName, copyDir: settings.copyDir });
      const dropped = rotateBackups(settings.dir, settings.keep);
      if (settings.copyDir && manifest.copy?.verified) rotateBackups(settings.copyDir, settings.keep);
      lastFailure = null;
      logger.info({ file: manifest.file, reason, bytes: manifest.bytes, durationMs: manifest.durationMs, copy: manifest.copy, dropped }, 'backup taken');
      if (manifest.copy && !manifest.copy.verified) logger.error({ file: manifest.file, copy: manifest.copy }, 'backup not copied to the second place');
      audit.append({
        at: clock.now(),
        actor,
        action: 'backup',
        subject: manifest.file,
        address: null,
        detail: { reason, bytes: manifest.bytes, durationMs: manifest.durationMs, copied: manifest.copy?.verified ?? null },
      });
      return manifest;
    } catch (err) {
      const message = (err as Error).message;
      lastFailure = { at, message };
      logger.error({ err, reason }, 'backup failed');
      try {
        audit.append({ at: clock.now(), actor, action: 'backup-failed', subject: null, address: null, detail: { reason, message } });
      } catch (auditErr) {
        // A full disk can fail both; the log line above already says it.
        logger.error({ err: auditErr }, 'backup failure not audited');
      }
      return null;
    }
  };

  const service = {
    settings,
    /** Takes a backup now (or joins the one running); resolves to its manifest, null when it failed. Never rejects. */
    backupNow(reason: string, actor = 'system'): Promise<BackupManifest | null> {
      running ??= run(reason, actor).finally(() => {
        running = null;
      });
      return running;
    },
    status(): BackupStatus {
      const now = clock.now();
      const listed = listManifests(settings.dir);
      const backups = listed.map(({ manifest: m, intact }) => ({
        file: m.file,
        at: m.at,
        bytes: m.bytes,
        reason: m.reason,
        schemaVersion: m.schemaVersion,
        verified: intact,
        copied: m.copy === null ? null : m.copy.verified,
      }));
      const lastGoodAt = backups.find((b) => b.verified)?.at ?? null;
      return {
        backups,
        lastGoodAt,
        lastGoodAgeMs: lastGoodAt === null ? null : now - lastGoodAt,
        stale: backupStale(now, lastGoodAt, startedAt, BACKUP_STALE_AFTER_MS),
        lastFailure: lastFailure && (lastGoodAt === null || lastFailure.at > lastGoodAt) ? lastFailure : null,
        schedule: { nightlyAt: settings.nightlyAt, onShutdown: settings.onShutdown, keep: settings.keep, secondPlace: Boolean(settings.copyDir) },
      };
    },
    /** Checks the clock every `everyMs` and takes the nightly backup when due; returns the stop function. */
    startSchedule(everyMs = BACKUP_TICK_MS): () => void {
      const nightlyAt = settings.nightlyAt;
      if (nightlyAt === null) return () => undefined;
      const timer = setInterval(() => {
        try {
          if (running === null && nightlyDue(clock.now(), nightlyAt, lastAttemptAt)) void service.backupNow('nightly');
        } catch (err) {
          logger.error({ err }, 'backup schedule failed');
        }
      }, everyMs);
      timer.unref();
      return () => clearInterval(timer);
    },
    /** Resolves when no backup is running (the hub waits for it before the database closes). */
    async idle(): Promise<void> {
      if (running) await running;
    },
    /** The shutdown backup, when configured; waits for a running one first. */
    async onShutdown(): Promise<void> {
      if (running) await running;
      if (settings.onShutdown) await service.backupNow('shutdown');
    },
  };
  return service;
}
