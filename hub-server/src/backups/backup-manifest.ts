/**
 * The manifest beside each backup (`<backup>.json`): what a restore checks
 * before it trusts the file, and what the backup list shows.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const BACKUP_PREFIX = 'luot-';
export const BACKUP_SUFFIX = '.sqlite';
export const MANIFEST_SUFFIX = '.json';
/** Personal columns sealed one by one with AES-256-GCM (core/personal-data/field-cipher.ts). */
export const SEALED_FIELDS_SCHEME = 'aes-256-gcm-personal-fields';

export const manifestSchema = z.object({
  format: z.literal(1),
  file: z.string().regex(/^[\w.-]+\.sqlite$/),
  at: z.number().int(),
  /** ISO time, for people reading the file. */
  time: z.string(),
  reason: z.string(),
  schemaVersion: z.number().int().min(0),
  hall: z.object({ name: z.string() }),
  /** Rows per main table, for a quick look and for the restore drill. */
  counts: z.record(z.string(), z.number().int()),
  bytes: z.number().int(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** `ok`: PRAGMA integrity_check on the copy said so before this manifest was written. */
  integrity: z.literal('ok'),
  durationMs: z.number(),
  /** The second place's copy: null when none is set; `verified` after its SHA-256 matched. */
  copy: z.object({ dir: z.string(), verified: z.boolean(), error: z.string().optional() }).nullable(),
  /**
   * How the personal data inside is protected: sealed field by field
   * (AES-256-GCM) with the named keys, which are NOT in the backup — the key
   * file is backed up apart. Null for a backup from before sealing (schema
   * below 150), whose personal data is in clear. The checksum is the stored
   * file's either way.
   */
  encryption: z
    .object({
      scheme: z.literal(SEALED_FIELDS_SCHEME),
      keyIds: z.array(z.string().regex(/^[0-9a-f]{8}$/)).min(1),
    })
    .nullable(),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

/** `luot-20261207T190000123Z.sqlite`: sorts by time, safe on every file system. */
export function backupFileName(at: number): string {
  return BACKUP_PREFIX + new Date(at).toISOString().replace(/[-:.]/g, '') + BACKUP_SUFFIX;
}

export const manifestPathOf = (backupPath: string): string => backupPath + MANIFEST_SUFFIX;

export function readManifest(backupPath: string): BackupManifest {
  return manifestSchema.parse(JSON.parse(readFileSync(manifestPathOf(backupPath), 'utf8')));
}

export interface ListedBackup {
  manifest: BackupManifest;
  /** The file is there with its manifest's size (a full check is the restore's SHA-256). */
  intact: boolean;
}

/** The manifests of a folder's backups, newest first; files without a readable manifest are skipped. */
export function listManifests(dir: string): ListedBackup[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(BACKUP_PREFIX) && n.endsWith(BACKUP_SUFFIX))
    .sort()
    .reverse()
    .flatMap((n) => {
      try {
        const manifest = readManifest(join(dir, n));
        if (manifest.file !== n) return [];
        return [{ manifest, intact: statSync(join(dir, n)).size === manifest.bytes }];
      } catch {
        return [];
      }
    });
}

/** SHA-256 of a file, streamed (a backup can be hundreds of megabytes). */
export function sha256OfFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
