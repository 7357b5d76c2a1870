/**
 * `npm run restore -w @luot/hub-server -- <backup>`: brings a backup back as
 * the hall's database (LUOT_DATA_DIR). Stop the hub first. Exit codes: 0
 * restored, 1 usage or no such file, 2 a hub runs on the data directory,
 * 3 checksum or manifest, 4 integrity check, 5 a backup from a newer schema,
 * 6 the personal-data key file is missing or holds another key than the backup's.
 */
import { resolve } from 'node:path';
import { dataDirOf, keyFileOf } from '../core/settings';
import { RESTORE_EXIT, RestoreRefused, restoreBackup } from './restore-backup';

const USAGE = `Khôi phục / restore: npm run restore -w @luot/hub-server -- <backup.sqlite>
  Dừng máy chủ Lượt trước. / Stop the hub first.
  Bản sao lưu nằm trong <LUOT_DATA_DIR>/backups (npm run backup -w @luot/hub-server để tạo ngay).
  Backups are in <LUOT_DATA_DIR>/backups (npm run backup -w @luot/hub-server makes one now).`;

async function main(): Promise<number> {
  const backup = process.argv[2];
  if (!backup || backup === '--help' || backup === '-h') {
    console.log(USAGE);
    return backup ? RESTORE_EXIT.restored : RESTORE_EXIT.usage;
  }
  // No hall config needed: a restore is of the data directory.
  const dataDir = dataDirOf();
  const keyFile = keyFileOf(process.env, dataDir);
  try {
    // npm runs a workspace's script in its folder: a relative path means the caller's folder.
    const outcome = await restoreBackup({ dataDir, keyFile, backup: resolve(process.env.INIT_CWD ?? process.cwd(), backup) });
    const m = outcome.manifest;
    console.log(`✔ Đã khôi phục bản sao lưu lúc ${m.time} (${m.hall.name}, lược đồ ${m.schemaVersion}).`);
    console.log(`  Restored the backup of ${m.time} (${m.hall.name}, schema ${m.schemaVersion}) into ${dataDir}.`);
    console.log(`  Tickets / phiếu: ${m.counts.tickets ?? 0}, dossiers / hồ sơ: ${m.counts.dossiers ?? 0}, accounts / tài khoản: ${m.counts.users ?? 0}.`);
    if (outcome.keptAside) console.log(`  Cơ sở dữ liệu cũ được giữ lại / the previous database is kept at: ${outcome.keptAside}`);
    if (m.encryption) console.log(`  Dữ liệu cá nhân mã hóa bằng khóa / personal data sealed with key: ${m.encryption.keyIds.join(', ')} (${keyFile}).`);
    if (outcome.migratesAtStart) console.log('  Máy chủ sẽ nâng cấp lược đồ khi khởi động. / The hub migrates it at its next start.');
    return RESTORE_EXIT.restored;
  } catch (e) {
    if (e instanceof RestoreRefused) {
      console.error(`✖ Không khôi phục / not restored:\n  ${e.message}`);
      return e.exitCode;
    }
    throw e;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`✖ ${(e as Error).message}`);
      process.exit(RESTORE_EXIT.usage);
    },
  );
}
