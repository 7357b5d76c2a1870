/**
 * Issue 16: personal data is sealed at rest with a key kept outside the
 * database. A copied database file (or a backup) shows no ID number, name,
 * birth date, address, phone or email — neither in its raw bytes nor through
 * a plain SQLite connection — while staff still read the dossier in clear;
 * rows written before sealing are sealed at the first start; a missing or
 * different key file stops the hub instead of making a new key.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { APPLICANT, dossierHallConfig, MONDAY_9AM, startTestHub } from '@luot/testing';
import { ManualClock } from '../src/core/clock';
import { migrate } from '../src/core/db/migrate';
import { migrations } from '../src/core/db/migrations';
import { openDatabase } from '../src/core/db/open';
import { createLogger } from '../src/core/logger';
import { PersonalKeyError } from '../src/core/personal-data/personal-key';
import { createHub } from '../src/hub';
import { SEAL_BATCH_ROWS } from '../src/dossiers/seal-existing-dossiers';
import { ALL_PERSONAL, EMAIL, POSTAL, applicant, personalDataInFile, receivedDossier } from './personal-data-helpers';

const root = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
const freshDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'luot-sealed-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const PERSONAL_COLUMNS =
  'applicant_id_number, applicant_name, applicant_birth_date, applicant_address, applicant_phone, applicant_email, postal_address';

/** A data directory whose hub sealed one received dossier, and that dossier's id. */
async function hallWithOneDossier(): Promise<{ dir: string; id: string }> {
  const dir = freshDir();
  const hub = await startTestHub({ config: dossierHallConfig(), serveApps: false, dataDir: dir });
  const d = await receivedDossier(hub);
  await hub.close();
  return { dir, id: d.id };
}

describe('personal data at rest', () => {
  it('a stolen database file shows no personal data; staff still read it in clear', async () => {
    const dir = freshDir();
    const hub = await startTestHub({ config: dossierHallConfig(), serveApps: false, dataDir: dir });
    const d = await receivedDossier(hub);
    // Staff see the applicant as given, through the service and after a restart.
    expect(d.applicant).toMatchObject({
      idNumber: APPLICANT.idNumber,
      name: APPLICANT.name,
      address: APPLICANT.address,
      phone: '0912345678',
      email: EMAIL,
    });
    await hub.restart();
    const again = hub.hub.services.dossiers.get(d.code!);
    expect(again.ok && again.value.applicant).toEqual(d.applicant);
    expect(again.ok && again.value).toMatchObject({ returnMethod: 'post', postalAddress: POSTAL });
    await hub.close();

    const file = join(dir, 'luot.sqlite');
    // The search does find text stored in clear (the documents' names, the procedure's service)…
    expect(personalDataInFile(file, ['Giấy đề nghị đăng ký hộ kinh doanh', 'DKKD'])).toHaveLength(2);
    // …and finds none of the applicant's.
    expect(personalDataInFile(file)).toEqual([]);

    const key = readFileSync(join(dir, 'luot.key'));
    expect(key).toHaveLength(32);
    expect(statSync(join(dir, 'luot.key')).mode & 0o777).toBe(0o600);

    const plain = new Database(file, { readonly: true });
    try {
      const row = plain
        .prepare(`SELECT ${PERSONAL_COLUMNS}, applicant_sex, personal_sealed FROM dossiers`)
        .get() as Record<string, string | number>;
      const keyId = (plain.prepare('SELECT key_id FROM sealing_keys').get() as { key_id: string }).key_id;
      for (const column of PERSONAL_COLUMNS.split(', '))
        expect(String(row[column])).toMatch(new RegExp(`^p1\\.${keyId}\\.`));
      expect(row).toMatchObject({ applicant_sex: 'male', personal_sealed: 1 });
      // The event log and the command records carry ids and codes, never the applicant's data.
      const logged = [
        ...plain.prepare('SELECT payload FROM events').pluck().all(),
        ...plain.prepare('SELECT result FROM commands').pluck().all(),
        ...plain.prepare("SELECT COALESCE(note, '') FROM dossier_history").pluck().all(),
      ].join('\n');
      expect(logged).toContain(d.id);
      for (const value of ALL_PERSONAL) expect(logged).not.toContain(value);
    } finally {
      plain.close();
    }
  });

  it('seals the rows of an older database at the first start, and leaves no plain copy in the file', async () => {
    const dir = freshDir();
    const file = join(dir, 'luot.sqlite');
    const old = openDatabase(file);
    migrate(
      old,
      migrations.filter((m) => m.version <= 90),
    );
    const insert = old.prepare(
      `INSERT INTO dossiers (id, agency_code, procedure_code, service, status, applicant_id_number, applicant_name, applicant_birth_date,
         applicant_sex, applicant_address, applicant_phone, applicant_email, return_method, postal_address, registered_at, registered_day, updated_at)
       VALUES (?, 'KHDT', '1.001612', 'DKKD', 'registered', ?, ?, ?, 'male', ?, ?, ?, 'post', ?, ?, '2026-11-20', ?)`,
    );
    // Enough rows to fill pages and be sealed in several transactions (SEAL_BATCH_ROWS).
    for (let i = 1; i <= SEAL_BATCH_ROWS + 50; i++) {
      insert.run(
        `old-${i}`,
        applicant.idNumber,
        applicant.name,
        applicant.dateOfBirth,
        applicant.address,
        applicant.phone,
        EMAIL,
        POSTAL,
        MONDAY_9AM,
        MONDAY_9AM,
      );
    }
    old.close();
    expect(personalDataInFile(file)).not.toEqual([]);

    const hub = await startTestHub({ config: dossierHallConfig(), serveApps: false, dataDir: dir });
    for (const id of ['old-1', `old-${SEAL_BATCH_ROWS + 50}`]) {
      const view = hub.hub.services.dossiers.get(id);
      expect(view.ok && view.value.applicant).toMatchObject({
        idNumber: applicant.idNumber,
        name: applicant.name,
        email: EMAIL,
      });
    }
    expect(hub.db.prepare('SELECT COUNT(*) FROM dossiers WHERE personal_sealed = 0').pluck().get()).toBe(0);
    await hub.close();
    expect(personalDataInFile(file)).toEqual([]);
  });

  it('refuses to start with a missing or a different key file, and never makes a new one', async () => {
    const { dir } = await hallWithOneDossier();
    const keyFile = join(dir, 'luot.key');
    const start = async () => {
      const db = openDatabase(join(dir, 'luot.sqlite'));
      try {
        const hub = await createHub({
          db,
          clock: new ManualClock(MONDAY_9AM),
          config: dossierHallConfig(),
          logger: createLogger('silent'),
          serveApps: false,
          // The test hall was made as the demo (startTestHub's default).
          demo: true,
        });
        await hub.close();
      } finally {
        db.close();
      }
    };
    renameSync(keyFile, keyFile + '.saved');
    await expect(start()).rejects.toThrow(PersonalKeyError);
    await expect(start()).rejects.toThrow(/missing/);
    expect(existsSync(keyFile)).toBe(false);
    writeFileSync(keyFile, randomBytes(32), { mode: 0o600 });
    await expect(start()).rejects.toThrow(
      /holds key [0-9a-f]{8}, but this database's personal data is sealed with key/,
    );
    renameSync(keyFile + '.saved', keyFile);
    await expect(start()).resolves.toBeUndefined();
  });

  it('the hub command says the key file is missing and exits non-zero', async () => {
    const { dir } = await hallWithOneDossier();
    rmSync(join(dir, 'luot.key'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'hub-server/src/main.ts')], {
      cwd: root,
      env: {
        ...process.env,
        LUOT_DATA_DIR: dir,
        LUOT_PORT: '0',
        LUOT_LOG_LEVEL: 'silent',
        LUOT_BACKUP_AT: 'off',
        LUOT_BACKUP_ON_SHUTDOWN: 'off',
        LUOT_DEMO: '1',
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('personal-data key file');
    expect(r.stderr).toContain('is missing');
    expect(existsSync(join(dir, 'luot.key'))).toBe(false);
  });
});
