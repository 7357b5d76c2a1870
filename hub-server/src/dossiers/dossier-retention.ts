/**
 * The retention policy's writes on dossiers (driven by hall/retention-job.ts):
 * the applicant's personal data of closed dossiers erased, phone numbers
 * first. Each call changes at most `limit` rows, so the caller keeps each
 * transaction short. The rows stay: status, dates, timeliness, procedure and
 * service are what reports count, and none of them is personal.
 */
import type { WritableDb } from '../core/db/handles';
import { FINAL_DOSSIER_STATUSES } from './dossier-rules';

/**
 * Closed dossiers whose personal data is still kept: the terms of the partial
 * index `dossiers_closed_kept` (migration 0150), word for word, so SQLite uses
 * it. A closed dossier changes no more, so its `updated_at` is when it closed.
 */
export const CLOSED_KEPT = `personal_erased_at IS NULL AND status IN (${FINAL_DOSSIER_STATUSES.map((s) => `'${s}'`).join(', ')})`;

export type DossierRetention = ReturnType<typeof createDossierRetention>;

export function createDossierRetention(db: WritableDb) {
  const erase = db.prepare<{ before: number; now: number; limit: number }>(
    `UPDATE dossiers SET applicant_id_number = '', applicant_name = '', applicant_birth_date = '', applicant_address = '',
       applicant_phone = '', applicant_email = NULL, postal_address = NULL, personal_erased_at = @now
     WHERE id IN (SELECT id FROM dossiers WHERE ${CLOSED_KEPT} AND updated_at < @before LIMIT @limit)`,
  );
  const erasePhones = db.prepare<{ before: number; limit: number }>(
    `UPDATE dossiers SET applicant_phone = ''
     WHERE id IN (SELECT id FROM dossiers WHERE ${CLOSED_KEPT} AND updated_at < @before AND applicant_phone <> '' LIMIT @limit)`,
  );
  return {
    /** Erases the personal data of dossiers closed before `before`; returns how many. */
    eraseClosedBefore: (before: number, now: number, limit: number): number =>
      erase.run({ before, now, limit }).changes,
    /** Erases the phone numbers of dossiers closed before `before`; returns how many. */
    erasePhonesClosedBefore: (before: number, limit: number): number => erasePhones.run({ before, limit }).changes,
  };
}
