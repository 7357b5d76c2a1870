/**
 * A dossier code as a citizen types it on a phone (spaces, lower case, a
 * dash the keyboard turned into "–"), and the words for what is wrong with it.
 */
import { DOSSIER_CODE_PATTERN, type LocalizedText, type LuotError } from '@luot/protocol';

/** `" 000.00.06.h56 – 231027 – 0361 "` → `000.00.06.H56-231027-0361`. */
export function normalizeTypedCode(typed: string): string {
  return typed.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, '').toUpperCase();
}

export const isDossierCode = (code: string): boolean => DOSSIER_CODE_PATTERN.test(code);

export const MALFORMED_CODE: LocalizedText = {
  vi: 'Mã hồ sơ không đúng dạng. Mã gồm mã cơ quan, ngày tiếp nhận và số thứ tự, ví dụ 000.00.06.H56-231027-0361.',
  en: 'This is not a dossier code. A code has the agency, the day of reception and a number, e.g. 000.00.06.H56-231027-0361.',
};

export const UNKNOWN_CODE: LocalizedText = {
  vi: 'Không tìm thấy hồ sơ này. Vui lòng kiểm tra lại mã in trên giấy tiếp nhận.',
  en: 'No such dossier. Please check the code printed on the receipt slip.',
};

/** What the public page says for a failed lookup. */
export const lookupProblemOf = (error: LuotError): LocalizedText => (error.code === 'not_found' ? UNKNOWN_CODE : MALFORMED_CODE);
