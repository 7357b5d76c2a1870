/**
 * The dossier code from what the citizen scanned or typed. The receipt
 * slip's QR encodes `<publicUrl>/d/<tracking code>` (the hub's public status
 * page; the tracking code is the dossier code and its check key, which the
 * public lookup needs); a typed code may be in lower case.
 */
import { DOSSIER_CODE_PATTERN, DOSSIER_TRACKING_CODE_PATTERN } from '@luot/protocol/plain';

/**
 * @example extractDossierCode('http://hall.example/d/000.00.06.H56-261127-0001') // '000.00.06.H56-261127-0001'
 * @returns the code in upper case, or null when the text holds no dossier code.
 */
export function extractDossierCode(text: string): string | null {
  let raw = text.trim();
  const marker = raw.lastIndexOf('/d/');
  if (marker >= 0) {
    raw = raw.slice(marker + 3).replace(/[?#].*$/, '').replace(/\/+$/, '');
    try {
      raw = decodeURIComponent(raw);
    } catch {
      return null;
    }
  }
  const code = raw.trim().toUpperCase();
  return DOSSIER_TRACKING_CODE_PATTERN.test(code) || DOSSIER_CODE_PATTERN.test(code) ? code : null;
}
