/**
 * Online backup of the hall's database with better-sqlite3's backup API:
 * safe while the hub runs. `npm run backup -w @luot/hub-server [-- <file>]`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { dataDirOf } from '../core/settings';

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

async function main(): Promise<void> {
  const dataDir = dataDirOf();
  const source = join(dataDir, 'luot.sqlite');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = resolve(process.argv[2] ?? join(dataDir, 'backups', `luot-${stamp}.sqlite`));
  mkdirSync(resolve(target, '..'), { recursive: true });
  await backupDatabase(source, target, (p) => process.stdout.write(`\rSao lưu / backing up… ${p}%`));
  console.log(`\nĐã sao lưu / backed up to ${target}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((e: unknown) => {
    console.error(`✖ ${(e as Error).message}`);
    process.exit(1);
  });
}
