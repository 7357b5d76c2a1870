/**
 * How a ticket code ("A015", "1023") or a counter number is read aloud.
 * The prefix is read sign by sign; the number either digit by digit or as a
 * whole number (leading zeros dropped: A015 → "a, mười lăm").
 * A prefix may mix letters and digits ("A1", protocol's TICKET_PREFIX_PATTERN):
 * A1015 is "a một, mười lăm" only if we know the prefix is A1, so callers pass
 * the service's prefix when they have it. A prefix of digits only ("1" in
 * 1023) is read with the number, as halls that number by digit say it.
 */
import { letterWord } from './vietnamese-letters';
import { NORTHERN_READING, digitWord, readDigits, readWholeNumber, type NumberReadingOptions } from './vietnamese-numbers';
import { type VoiceWord } from './voice-word';

export type NumberMode = 'whole' | 'digits';

export interface TicketReadingOptions extends NumberReadingOptions {
  mode: NumberMode;
}

export const DEFAULT_TICKET_READING: TicketReadingOptions = { ...NORTHERN_READING, mode: 'whole' };

/** Without a known prefix: everything up to the last letter is the prefix ("1A015" → 1A + 015). */
const CODE_SHAPE = /^((?:[A-ZĐ0-9]*[A-ZĐ])?)(\d+)$/u;
const HAS_LETTER = /[A-ZĐ]/u;

function split(code: string, prefix: string | undefined): [prefix: string, digits: string] | null {
  const p = prefix?.trim().toUpperCase();
  if (p && HAS_LETTER.test(p) && code.startsWith(p) && /^\d+$/.test(code.slice(p.length))) return [p, code.slice(p.length)];
  const m = CODE_SHAPE.exec(code);
  return m ? [m[1] ?? '', m[2] ?? ''] : null;
}

/**
 * @param prefix the service's ticket prefix, when known (from the hall snapshot)
 * @example readTicketCode('A015', { ...DEFAULT_TICKET_READING, mode: 'digits' }) // a không một năm
 * @example readTicketCode('A1015', DEFAULT_TICKET_READING, 'A1') // a một mười lăm
 * @throws RangeError when the code is not a prefix followed by digits.
 */
export function readTicketCode(code: string, opts: TicketReadingOptions = DEFAULT_TICKET_READING, prefix?: string): VoiceWord[] {
  const parts = split(code.trim().toUpperCase(), prefix);
  if (!parts) throw new RangeError(`not a ticket code: ${JSON.stringify(code)}`);
  const [signs, digits] = parts;
  const read = opts.mode === 'digits' ? readDigits(digits) : readWholeNumber(Number(digits), opts);
  return [...[...signs].map((ch) => (/\d/.test(ch) ? digitWord(Number(ch)) : letterWord(ch))), ...read];
}

/** Counter numbers are always read as whole numbers ("quầy số mười hai"). */
export function readCounterNumber(counter: number, opts: NumberReadingOptions = NORTHERN_READING): VoiceWord[] {
  return readWholeNumber(counter, opts);
}
