/**
 * Formats of the codes people read and type: ticket codes, dossier codes,
 * national procedure codes.
 */

/**
 * The display code of a ticket: the service's prefix then the daily number
 * padded to the service's width.
 * @example formatTicketCode('A', 15, 3) // 'A015'; formatTicketCode('1', 15, 3) // '1015'
 */
export function formatTicketCode(prefix: string, number: number, width: number): string {
  return `${prefix}${String(number).padStart(width, '0')}`;
}

/**
 * A best guess at the prefix a ticket code was made with, for tickets and
 * logged calls from before the hub kept each ticket's prefix: the first
 * service whose prefix and width make exactly this code; without one (the
 * config changed since), everything before the number and its padding zeros.
 * Ambiguous where two services make the same code (prefix A width 4 and A0
 * width 3 both make A0001), which is why new tickets keep their prefix.
 * @example ticketPrefixOf('A1015', 15, [{ prefix: 'A1', numberWidth: 3 }]) // 'A1'
 */
export function ticketPrefixOf(code: string, number: number, services: readonly { prefix: string; numberWidth: number }[]): string {
  const made = services.find((s) => formatTicketCode(s.prefix, number, s.numberWidth) === code);
  if (made) return made.prefix;
  const digits = String(number);
  let end = code.endsWith(digits) ? code.length - digits.length : code.length;
  while (end > 1 && code[end - 1] === '0') end -= 1;
  return code.slice(0, end);
}

export const TICKET_PREFIX_PATTERN = /^[A-Z0-9]{1,2}$/;
export const TICKET_CODE_PATTERN = /^[A-Z0-9]{1,2}\d{1,5}$/;

/** Procedure code of the national database (`1.004227`), optionally with an agency suffix (`1.000948.H38`). */
export const PROCEDURE_CODE_PATTERN = /^\d\.\d{6}(\.[A-Z0-9]{1,10})?$/;

/** Dossier code `<agency code>-<yyMMdd>-<NNNN>`, e.g. `000.00.06.H56-231027-0361`. */
export const DOSSIER_CODE_PATTERN = /^([A-Z0-9.]{1,30})-(\d{6})-(\d{4})$/;

/**
 * The tracking code printed on the receipt and put in its QR: the dossier code
 * and a check key of 6 base32 characters drawn by the hub from a CSPRNG
 * (`000.00.06.H56-231027-0361-K7QX3M`). The public lookup needs the key, so
 * walking the daily sequence of codes finds nothing; staff open a dossier by
 * its plain code.
 */
export const DOSSIER_TRACKING_CODE_PATTERN = /^([A-Z0-9.]{1,30}-\d{6}-\d{4})-([A-Z2-7]{6})$/;

/** The check key's alphabet (RFC 4648 base32: no 0/1/8/9, so no O–0 or I–1 mix-up). */
export const DOSSIER_KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const DOSSIER_KEY_LENGTH = 6;

/** @example trackingCodeOf('000.00.06.H56-231027-0361', 'K7QX3M') // '000.00.06.H56-231027-0361-K7QX3M' */
export const trackingCodeOf = (code: string, key: string): string => `${code}-${key}`;

/** The plain code and the key of a tracking code, or null when `text` is not one. */
export function splitTrackingCode(text: string): { code: string; key: string } | null {
  const m = DOSSIER_TRACKING_CODE_PATTERN.exec(text);
  return m ? { code: m[1] as string, key: m[2] as string } : null;
}

/** A local calendar date `YYYY-MM-DD` (Asia/Ho_Chi_Minh). */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * @example formatDossierCode('000.00.06.H56', '2023-10-27', 361) // '000.00.06.H56-231027-0361'
 */
export function formatDossierCode(agencyCode: string, day: string, sequence: number): string {
  if (!DAY_PATTERN.test(day)) throw new RangeError(`day must be YYYY-MM-DD, got ${day}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 9999) {
    throw new RangeError(`dossier sequence must be 1..9999, got ${sequence}`);
  }
  const yymmdd = day.slice(2, 4) + day.slice(5, 7) + day.slice(8, 10);
  return `${agencyCode}-${yymmdd}-${String(sequence).padStart(4, '0')}`;
}

export interface ParsedDossierCode {
  agencyCode: string;
  /** `YYYY-MM-DD`, assuming the 2000s. */
  day: string;
  sequence: number;
}

export function parseDossierCode(code: string): ParsedDossierCode | null {
  const m = DOSSIER_CODE_PATTERN.exec(code.trim());
  if (!m) return null;
  const [, agencyCode, d, seq] = m as unknown as [string, string, string, string];
  return { agencyCode, day: `20${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4, 6)}`, sequence: Number(seq) };
}
