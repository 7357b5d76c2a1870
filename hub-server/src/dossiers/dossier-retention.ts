/**
 * The retention policy's writes on dossiers (driven by hall/retention-job.ts):
 * the applicant's personal data of closed dossiers erased, phone numbers
 * first. Each call changes at most `limit` rows, so the caller keeps each
 * transaction short. The rows stay: status, dates, timeliness, procedure and
 * service are what reports count, and none of them is personal.
 */
import type { WritableDb } from '../core/db/handles';
import { FINAL_DOSSIER_STATUSES } from './dossier-rules';

const FINAL = `status IN (${FINAL_DOSSIER_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * Dossiers that will not move again and still hold personal data: closed
 * ones (a final status), and registrations that never got a code — never
 * received, or sent home for a supplement (the citizen registers again). The
 * partial index `dossiers_closed_kept` (migration 0150) has exactly this
 * condition, so SQLite uses it for both statements. Such a dossier changes
 * no more, so its `updated_at` is when it closed.
 */
export const CLOSED_KEPT = `personal_erased_at IS NULL AND (${FINAL} OR (code IS NULL AND status IN ('registered', 'supplement_requested')))`;

export type DossierRetention = ReturnType<typeof createDossierRetention>;

export function createDossierRetention(db: WritableDb) {
  const erase = db.prepare<{ before: number; now: number; limit: number }>(
    `UPDATE dossiers SET applicant_id_number = '', applicant_name = '', applicant_birth_date = '', applicant_address = '',
       applicant_phone = '', applicant_email = NULL, postal_address = NULL, personal_erased_at = @now
     WHERE id IN (SELECT id FROM dossiers WHERE ${CLOSED_KEPT} AND updated_at < @before LIMIT @limit)`,
  );
  // Phones go early only from closed dossiers: an uncoded registration may still be today's, its citizen in the queue.
  const erasePhones = db.prepare<{ before: number; limit: number }>(
    `UPDATE dossiers SET applicant_phone = ''
     WHERE id IN (SELECT id FROM dossiers WHERE ${CLOSED_KEPT} AND ${FINAL} AND updated_at < @before AND applicant_phone <> '' LIMIT @limit)`,
  );
  return {
    /** Erases the personal data of dossiers closed (or left uncoded) before `before`; returns how many. */
    eraseClosedBefore: (before: number, now: number, limit: number): number =>
      erase.run({ before, now, limit }).changes,
    /** Erases the phone numbers of dossiers closed before `before`; returns how many. */
    erasePhonesClosedBefore: (before: number, limit: number): number => erasePhones.run({ before, limit }).changes,
  };
}
