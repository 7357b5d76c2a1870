/**
 * Issue 16: a backup holds the hall's personal data sealed, not the key. Its
 * manifest names the key; a stolen backup shows no personal data; a restore
 * refuses (exit code 6) when the hall's key file is missing or another key,
 * and with the right key the hub reads the restored dossiers in clear.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierHallConfig, startTestHub } from '@luot/testing';
import type { BackupManifest } from '../src/backups/backup-manifest';
import { RESTORE_EXIT, RestoreRefused, restoreBackup } from '../src/cli/restore-backup';
import { personalDataInFile, receivedDossier } from './personal-data-helpers';

const dir = mkdtempSync(join(tmpdir(), 'luot-backup-key-'));
const hallDir = join(dir, 'hall');
let manifest: BackupManifest;
let backupPath: string;
let dossierId: string;
let keyId: string;

beforeAll(async () => {
  const hub = await startTestHub({ config: dossierHallConfig(), serveApps: false, dataDir: hallDir });
  dossierId = (await receivedDossier(hub)).id;
  keyId = hub.db.prepare('SELECT key_id FROM sealing_keys').pluck().get() as string;
  manifest = (await hub.hub.backups!.backupNow('manual'))!;
  backupPath = join(hallDir, 'backups', manifest.file);
  await hub.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The refusal's exit code, or 'restored'. */
const tryRestore = (dataDir: string) =>
  restoreBackup({ dataDir, backup: backupPath }).then(
    () => 'restored' as const,
    (e: unknown) => {
      if (e instanceof RestoreRefused) return e.exitCode;
      throw e;
    },
  );

describe('a backup and the personal-data key', () => {
  it('names the key in its manifest and shows no personal data without it', () => {
    expect(manifest.encryption).toEqual({ scheme: 'aes-256-gcm-personal-fields', keyIds: [keyId] });
    expect(personalDataInFile(backupPath)).toEqual([]);
  });

  it('restores only next to the key it was sealed with', async () => {
    const newPc = join(dir, 'new-pc');
    mkdirSync(newPc, { mode: 0o700 });
    expect(await tryRestore(newPc)).toBe(RESTORE_EXIT.keyMismatch);
    // The refusal came before anything was copied: the new PC's folder is there, empty, for the key.
    expect(readdirSync(newPc)).toEqual([]);
    writeFileSync(join(newPc, 'luot.key'), randomBytes(32), { mode: 0o600 });
    expect(await tryRestore(newPc)).toBe(RESTORE_EXIT.keyMismatch);

    copyFileSync(join(hallDir, 'luot.key'), join(newPc, 'luot.key'));
    expect(await tryRestore(newPc)).toBe('restored');
    const hub = await startTestHub({ config: dossierHallConfig(), serveApps: false, dataDir: newPc });
    const back = hub.hub.services.dossiers.get(dossierId);
    expect(back.ok && back.value.applicant.name).toBe('Võ Việt Dũng');
    await hub.close();
  });
});
