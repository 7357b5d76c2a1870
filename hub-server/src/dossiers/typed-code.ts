/**
 * A dossier code as a citizen types it on a phone (spaces, lower case, a
 * dash the keyboard turned into "–"), and the words for what is wrong with it.
 */
import { DOSSIER_CODE_PATTERN, DOSSIER_TRACKING_CODE_PATTERN, type LocalizedText, type LuotError } from '@luot/protocol';

/** `" 000.00.06.h56 – 231027 – 0361 "` → `000.00.06.H56-231027-0361`. */
export function normalizeTypedCode(typed: string): string {
  return typed.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, '').toUpperCase();
}

/** What the public lookup takes: the tracking code (dossier code and check key). */
export const isTrackingCode = (code: string): boolean => DOSSIER_TRACKING_CODE_PATTERN.test(code);

export const MALFORMED_CODE: LocalizedText = {
  vi: 'Mã hồ sơ không đúng dạng. Mã tra cứu gồm mã cơ quan, ngày tiếp nhận, số thứ tự và mã kiểm tra, ví dụ 000.00.06.H56-231027-0361-K7QX3M.',
  en: 'This is not a dossier code. A tracking code has the agency, the day of reception, a number and a check key, e.g. 000.00.06.H56-231027-0361-K7QX3M.',
};

/** A plain dossier code, without the check key: said apart so the citizen knows what is missing. */
export const KEY_MISSING: LocalizedText = {
  vi: 'Thiếu mã kiểm tra: hãy nhập đủ mã tra cứu in cạnh mã QR trên giấy tiếp nhận, cả 6 chữ và số ở cuối (ví dụ …-0361-K7QX3M).',
  en: 'The check key is missing: type the whole tracking code printed by the QR code on the receipt, with its last 6 letters and digits (e.g. …-0361-K7QX3M).',
};

/** Why a typed text is not a tracking code. */
export const malformedProblemOf = (code: string): LocalizedText => (DOSSIER_CODE_PATTERN.test(code) ? KEY_MISSING : MALFORMED_CODE);

export const UNKNOWN_CODE: LocalizedText = {
  vi: 'Không tìm thấy hồ sơ này. Vui lòng kiểm tra lại mã in trên giấy tiếp nhận.',
  en: 'No such dossier. Please check the code printed on the receipt slip.',
};

/** What the public page says for a failed lookup. */
export const lookupProblemOf = (error: LuotError, code: string): LocalizedText => (error.code === 'not_found' ? UNKNOWN_CODE : malformedProblemOf(code));

/**
 * A dossier reference as a scanner or a paste gives it: the receipt's QR is
 * the `/d/<tracking code>` address, a typed code may have spaces or a
 * typographic dash. Anything else (a dossier id) is kept as it is.
 */
export function dossierRefOfScan(scanned: string): string {
  const text = scanned.trim();
  const path = /\/d\/([^/?#\s]+)\/?(?:[?#].*)?$/.exec(text)?.[1];
  let candidate = text;
  if (path !== undefined) {
    try {
      candidate = decodeURIComponent(path);
    } catch {
      return text;
    }
  }
  const code = normalizeTypedCode(candidate);
  return isTrackingCode(code) || DOSSIER_CODE_PATTERN.test(code) ? code : text;
}
