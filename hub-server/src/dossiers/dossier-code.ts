/**
 * The next dossier code `<agency code>-<yyMMdd>-<NNNN>` for one agency and one
 * local day. Pure: the caller reads the last sequence used (0 for none) and
 * stores the new one in the same transaction.
 */
import { DAY_PATTERN, fail, formatDossierCode, luotError, ok, type Result } from '@luot/protocol';

/** The code's sequence has 4 digits and restarts each day. */
export const MAX_DOSSIER_SEQUENCE = 9999;
const AGENCY_CODE = /^[A-Z0-9.]{1,30}$/;

export interface NextDossierCodeInput {
  /** e.g. `000.00.06.H56`. */
  agencyCode: string;
  /** The local day (Asia/Ho_Chi_Minh) `YYYY-MM-DD`. */
  day: string;
  /** The last sequence used for this agency and day; 0 when none. */
  lastSequence: number;
}

export interface NextDossierCode {
  code: string;
  sequence: number;
}

const isCalendarDay = (day: string) => DAY_PATTERN.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;

/**
 * @example nextDossierCode({ agencyCode: '000.00.06.H56', day: '2023-10-27', lastSequence: 360 })
 *   // ok({ code: '000.00.06.H56-231027-0361', sequence: 361 })
 */
export function nextDossierCode(input: NextDossierCodeInput): Result<NextDossierCode> {
  const { agencyCode, day, lastSequence } = input;
  if (!AGENCY_CODE.test(agencyCode)) {
    return fail(luotError('invalid_payload', { vi: `Mã cơ quan không hợp lệ: "${agencyCode}".`, en: `Invalid agency code: "${agencyCode}".` }, 'agencyCode'));
  }
  if (!isCalendarDay(day)) {
    return fail(luotError('invalid_payload', { vi: `Ngày không hợp lệ: "${day}".`, en: `Invalid day: "${day}" (YYYY-MM-DD).` }, 'day'));
  }
  if (!Number.isInteger(lastSequence) || lastSequence < 0 || lastSequence > MAX_DOSSIER_SEQUENCE) {
    return fail(luotError('invalid_payload', { vi: `Số thứ tự cuối không hợp lệ: ${lastSequence}.`, en: `Invalid last sequence: ${lastSequence}.` }, 'lastSequence'));
  }
  if (lastSequence === MAX_DOSSIER_SEQUENCE) {
    return fail(
      luotError(
        'daily_cap_reached',
        {
          vi: `Cơ quan ${agencyCode} đã dùng hết ${MAX_DOSSIER_SEQUENCE} mã hồ sơ trong ngày ${day}.`,
          en: `Agency ${agencyCode} has used all ${MAX_DOSSIER_SEQUENCE} dossier codes for ${day}.`,
        },
        'sequence',
      ),
    );
  }
  const sequence = lastSequence + 1;
  return ok({ code: formatDossierCode(agencyCode, day, sequence), sequence });
}
