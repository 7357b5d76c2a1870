/**
 * A dossier code typed by the officer or read from the receipt's QR code,
 * whose text is the public tracking URL `<hub>/d/<code>`. Pure.
 */
import { DOSSIER_CODE_PATTERN } from '@luot/protocol';

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
  return DOSSIER_CODE_PATTERN.test(candidate) ? candidate : null;
}
