/**
 * `npm run backup -w @luot/hub-server`: a backup now, into the backup folder
 * (LUOT_BACKUP_DIR, default <data dir>/backups), safe while the hub runs.
 */
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { createBackupService } from '../backups/backup-service';
import { createAuditLog } from '../core/audit-log';
import { systemClock } from '../core/clock';
import { loadHallConfig } from '../core/config/load-hall-config';
import { openDatabase } from '../core/db/open';
import { createLogger } from '../core/logger';
import { dataDirOf, readBackupSettings } from '../core/settings';

/** A plain online copy of a database file to `target` (no checks, no manifest). */
export async function backupDatabase(source: string, target: string, onProgress?: (percent: number) => void): Promise<void> {
  if (!existsSync(source)) throw new Error(`No database at ${source}. Is LUOT_DATA_DIR right?`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.(totalPages === 0 ? 100 : Math.round(((totalPages - remainingPages) / totalPages) * 100));
        return 200;
      },
    });
    onProgress?.(100);
  } finally {
    db.close();
  }
}

/** The hall's name from the config, for the manifest; the file name when the config cannot be read. */
function hallName(configPath: string | undefined): string {
  if (!configPath) return '(LUOT_CONFIG not set)';
  try {
    return loadHallConfig(configPath).hall.name.vi;
  } catch {
    return configPath;
  }
}

/**
 * A backup now, exactly as the hub's nightly one (checked, described,
 * rotated, copied to the second place, audited), safe while the hub runs:
 * it reads through its own connection and writes only the audit row.
 */
async function main(): Promise<void> {
  // No hall config needed: a backup is of the data directory (LUOT_CONFIG, when set, names the hall).
  const dataDir = dataDirOf();
  const backupSettings = readBackupSettings(process.env, dataDir);
  const source = join(dataDir, 'luot.sqlite');
  if (!existsSync(source)) throw new Error(`Không có cơ sở dữ liệu / no database at ${source}. Is LUOT_DATA_DIR right?`);
  const db = openDatabase(source);
  try {
    // An older database (not yet migrated) may have no audit log: the backup is still taken.
    const hasAudit = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").get() !== undefined;
    const backups = createBackupService({
      db,
      clock: systemClock,
      logger: createLogger('silent'),
      audit: hasAudit ? createAuditLog(db) : { append: () => undefined },
      hallName: hallName(process.env.LUOT_CONFIG),
      settings: backupSettings,
    });
    const manifest = await backups.backupNow('manual', `cli:${userInfo().username}`);
    if (!manifest) {
      throw new Error(`Sao lưu thất bại / backup failed: ${backups.status().lastFailure?.message ?? 'unknown'}`);
    }
    console.log(`✔ Đã sao lưu / backed up: ${join(backupSettings.dir, manifest.file)}`);
    console.log(`  ${manifest.bytes} bytes, ${manifest.durationMs} ms, integrity ok, SHA-256 ${manifest.sha256}`);
    if (manifest.copy) {
      console.log(manifest.copy.verified ? `  Đã chép sang / copied to ${manifest.copy.dir}` : `  ✖ Không chép được sang / not copied to ${manifest.copy.dir}: ${manifest.copy.error ?? ''}`);
    }
  } finally {
    db.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((e: unknown) => {
    console.error(`✖ ${(e as Error).message}`);
    process.exit(1);
  });
}
