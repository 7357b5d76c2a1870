/** Keeps the N newest backups of a folder: older ones go with their manifests, leftovers of a crash too. */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_PREFIX, BACKUP_SUFFIX, MANIFEST_SUFFIX } from './backup-manifest';
import { backupsToDrop } from './backup-rules';

/** Deletes all but the `keep` newest backups in `dir`; returns the names deleted. */
export function rotateBackups(dir: string, keep: number): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const backups = names.filter((n) => n.startsWith(BACKUP_PREFIX) && n.endsWith(BACKUP_SUFFIX));
  const dropped = backupsToDrop(backups, keep);
  for (const name of dropped) {
    rmSync(join(dir, name), { force: true });
    rmSync(join(dir, name + MANIFEST_SUFFIX), { force: true });
  }
  // A `.partial` is a copy a crash or power cut interrupted: never a backup.
  for (const name of names.filter((n) => n.startsWith(BACKUP_PREFIX) && n.endsWith('.partial'))) rmSync(join(dir, name), { force: true });
  return dropped;
}
