/**
 * How a ticket code ("A015", "1023") or a counter number is read aloud.
 * Letters are read one by one; the digits either one by one or as a whole
 * number (leading zeros dropped: A015 → "a, mười lăm").
 */
import { letterWord } from './vietnamese-letters';
import { NORTHERN_READING, readDigits, readWholeNumber, type NumberReadingOptions } from './vietnamese-numbers';
import { type VoiceWord } from './voice-word';

export type NumberMode = 'whole' | 'digits';

export interface TicketReadingOptions extends NumberReadingOptions {
  mode: NumberMode;
}

export const DEFAULT_TICKET_READING: TicketReadingOptions = { ...NORTHERN_READING, mode: 'whole' };

const CODE_SHAPE = /^([A-ZĐ]*)(\d+)$/u;

/**
 * @example readTicketCode('A015', { ...DEFAULT_TICKET_READING, mode: 'digits' }) // a không một năm
 * @throws RangeError when the code is not letters followed by digits.
 */
export function readTicketCode(code: string, opts: TicketReadingOptions = DEFAULT_TICKET_READING): VoiceWord[] {
  const m = CODE_SHAPE.exec(code.trim().toUpperCase());
  if (!m) throw new RangeError(`not a ticket code: ${JSON.stringify(code)}`);
  const letters = m[1] ?? '';
  const digits = m[2] ?? '';
  const read = opts.mode === 'digits' ? readDigits(digits) : readWholeNumber(Number(digits), opts);
  return [...[...letters].map(letterWord), ...read];
}

/** Counter numbers are always read as whole numbers ("quầy số mười hai"). */
export function readCounterNumber(counter: number, opts: NumberReadingOptions = NORTHERN_READING): VoiceWord[] {
  return readWholeNumber(counter, opts);
}
