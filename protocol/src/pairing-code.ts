/**
 * A device's pairing code (issue 17) as people read and type it: schema-free,
 * so the board and the kiosk can show a code without evaluating zod.
 */
/**
 * The letters of a pairing code: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, so a code
 * read off a kiosk across the room is typed right the first time.
 */
export const PAIRING_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
/** How long a code lives: long enough to walk to the admin's tablet, short enough that a photo of it is soon worthless. */
export const PAIRING_TTL_MS = 10 * 60_000;
/** Six letters, shown as two groups of three (`KMA-7RX`). */
export const PAIRING_CODE_LENGTH = 6;

/** Whatever the admin typed (spaces, a dash, lower case) as the hub stores it, or null when it cannot be a code. */
export function normalizePairingCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== PAIRING_CODE_LENGTH) return null;
  return [...code].every((c) => PAIRING_ALPHABET.includes(c)) ? code : null;
}

/** `KMA7RX` → `KMA-7RX`: how screens show a code. */
export const formatPairingCode = (code: string): string => `${code.slice(0, 3)}-${code.slice(3)}`;
