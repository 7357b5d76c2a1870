/**
 * The start-up half of migration 0150: rows written before personal data was
 * sealed are sealed with the hall's key, a few hundred per transaction so a
 * large hall's first start never holds the write lock long. Idempotent: a
 * sealed row is skipped, so an interrupted run resumes at the next start.
 * Then the WAL is checkpointed and truncated, so the plain values' old pages
 * do not linger beside the database (the connection runs with secure_delete,
 * which zeroes the space the old values took in the file itself).
 */
import type { WritableDb } from '../core/db/handles';
import type { FieldCipher } from '../core/personal-data/field-cipher';
import { PERSONAL_COLUMNS, sealPersonal, type PersonalValues } from './dossier-personal-fields';

export const SEAL_BATCH_ROWS = 200;

/** Seals every row not yet sealed; returns how many it sealed. */
export function sealExistingDossiers(db: WritableDb, cipher: FieldCipher, batchRows = SEAL_BATCH_ROWS): number {
  const next = db.prepare<[number], PersonalValues & { id: string }>(
    `SELECT id, ${PERSONAL_COLUMNS.join(', ')} FROM dossiers WHERE personal_sealed = 0 LIMIT ?`,
  );
  const seal = db.prepare(
    `UPDATE dossiers SET ${PERSONAL_COLUMNS.map((c) => `${c} = @${c}`).join(', ')}, personal_sealed = 1
     WHERE id = @id AND personal_sealed = 0`,
  );
  const step = db.transaction(() => {
    const rows = next.all(batchRows);
    for (const { id, ...values } of rows) seal.run({ id, ...sealPersonal(values, id, cipher) });
    return rows.length;
  });
  let total = 0;
  let n: number;
  do {
    n = step.immediate();
    total += n;
  } while (n === batchRows);
  if (total > 0) db.pragma('wal_checkpoint(TRUNCATE)');
  return total;
}
