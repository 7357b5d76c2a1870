import { describe, expect, it } from 'vitest';
import { DOSSIER_TRACKING_CODE_PATTERN } from '@luot/protocol';
import { openDatabase } from '../open';
import { migrate } from '../migrate';
import { migrations } from './index';

describe('0110-dossier-check-keys', () => {
  it('gives each dossier from before its own check key', () => {
    const db = openDatabase(':memory:');
    const before = migrations.filter((m) => m.version < 110);
    migrate(db, before);
    const insert = db.prepare(
      `INSERT INTO dossiers (id, code, day, sequence, agency_code, procedure_code, service, status, applicant_id_number, applicant_name,
         applicant_birth_date, applicant_sex, applicant_address, applicant_phone, return_method, registered_at, registered_day, updated_at)
       VALUES (?, ?, '2026-11-23', ?, 'X', '1.000001', 'S', 'received', '046201000152', 'A', '2001-07-30', 'male', 'B', '0912345678', 'counter', 0, '2026-11-23', 0)`,
    );
    for (let n = 1; n <= 50; n++) insert.run(`d${n}`, `X-261123-${String(n).padStart(4, '0')}`, n);
    migrate(db);
    const rows = db.prepare('SELECT code, check_key FROM dossiers').all() as { code: string; check_key: string }[];
    expect(rows).toHaveLength(50);
    for (const r of rows) expect(`${r.code}-${r.check_key}`).toMatch(DOSSIER_TRACKING_CODE_PATTERN);
    // 50 keys of 30 random bits: all different unless the generator is broken.
    expect(new Set(rows.map((r) => r.check_key)).size).toBe(50);
    db.close();
  });
});
