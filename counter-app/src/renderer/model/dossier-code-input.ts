/**
 * A dossier code typed by the officer or read from the receipt's QR code,
 * whose text is the public tracking URL `<hub>/d/<tracking code>`. The
 * tracking code (code and check key) is kept whole: with it the hub lets an
 * officer who never handled the dossier open it, because the citizen showed
 * the receipt (the return desk). Pure.
 */
import { DOSSIER_CODE_PATTERN, DOSSIER_TRACKING_CODE_PATTERN } from '@luot/protocol';

/** The dossier code in `text`, upper-cased, or null when there is none. */
export function dossierCodeFrom(text: string): string | null {
  let candidate = text.trim();
  const path = /\/d\/([^/?#\s]+)\/?(?:[?#].*)?$/.exec(candidate);
  if (path?.[1] !== undefined) {
    try {
      candidate = decodeURIComponent(path[1]);
    } catch {
      return null;
    }
  }
  candidate = candidate.toUpperCase();
  return DOSSIER_TRACKING_CODE_PATTERN.test(candidate) || DOSSIER_CODE_PATTERN.test(candidate) ? candidate : null;
}
