/**
 * How a ticket code ("A015", "1023") or a counter number is read aloud.
 * The prefix is read sign by sign; the number either digit by digit or as a
 * whole number (leading zeros dropped: A015 → "a, mười lăm").
 * A prefix may mix letters and digits ("A1", protocol's TICKET_PREFIX_PATTERN):
 * A1015 is "a một, mười lăm" only if we know the prefix is A1, which is why a
 * call carries its prefix and number. A prefix of digits only ("1" in 1023)
 * is read with the number, as halls that number by digit say it.
 *
 * Letters have their Vietnamese names (below).
 * F, J, W, Z are not Vietnamese letters; we use the names people say for them
 * when reading foreign codes (ép, gi, vê kép, dét).
 * G is "gờ", as children learn it at school and as halls call it: its other
 * name "giê" sounds like D's "dê" in most of the country (and in espeak-ng),
 * and the same hall may have services D and G.
 */
import { NORTHERN_READING, digitWord, readDigits, readWholeNumber, type NumberReadingOptions } from './vietnamese-numbers';
import { word, type VoiceWord } from './voice-word';

export type NumberMode = 'whole' | 'digits';

export interface TicketReadingOptions extends NumberReadingOptions {
  mode: NumberMode;
}

export const DEFAULT_TICKET_READING: TicketReadingOptions = { ...NORTHERN_READING, mode: 'whole' };

const LETTER_NAMES: Record<string, [text: string, clip: string]> = {
  A: ['a', 'letter-a'],
  B: ['bê', 'letter-b'],
  C: ['xê', 'letter-c'],
  D: ['dê', 'letter-d'],
  Đ: ['đê', 'letter-dd'],
  E: ['e', 'letter-e'],
  F: ['ép', 'letter-f'],
  G: ['gờ', 'letter-g'],
  H: ['hát', 'letter-h'],
  I: ['i', 'letter-i'],
  J: ['gi', 'letter-j'],
  K: ['ca', 'letter-k'],
  L: ['e-lờ', 'letter-l'],
  M: ['em-mờ', 'letter-m'],
  N: ['en-nờ', 'letter-n'],
  O: ['o', 'letter-o'],
  P: ['pê', 'letter-p'],
  Q: ['quy', 'letter-q'],
  R: ['e-rờ', 'letter-r'],
  S: ['ét-xì', 'letter-s'],
  T: ['tê', 'letter-t'],
  U: ['u', 'letter-u'],
  V: ['vê', 'letter-v'],
  W: ['vê kép', 'letter-w'],
  X: ['ích-xì', 'letter-x'],
  Y: ['i dài', 'letter-y'],
  Z: ['dét', 'letter-z'],
};

/** Every letter this module can read, for the voice-pack generator. */
export const LETTERS = Object.keys(LETTER_NAMES);

/** The word for one letter (case-insensitive); throws RangeError for anything else. */
export function letterWord(letter: string): VoiceWord {
  const entry = LETTER_NAMES[letter.toUpperCase()];
  if (!entry) throw new RangeError(`no Vietnamese name for the letter ${JSON.stringify(letter)}`);
  return word(entry[0], entry[1]);
}

const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const isLetter = (ch: string): boolean => (ch >= 'A' && ch <= 'Z') || ch === 'Đ';
const allDigits = (text: string): boolean => text.length > 0 && [...text].every(isDigit);

/**
 * Reads a ticket from its parts, as a call carries them: the prefix sign by
 * sign, then the digits (zero-padded, as printed). A prefix of digits only is
 * read with the number.
 * @example readTicket('A1', '015', DEFAULT_TICKET_READING) // a một mười lăm
 */
export function readTicket(prefix: string, digits: string, opts: TicketReadingOptions = DEFAULT_TICKET_READING): VoiceWord[] {
  const signs = [...prefix].some(isLetter) ? prefix : '';
  const number = signs ? digits : prefix + digits;
  if (!allDigits(number)) throw new RangeError(`not a ticket number: ${JSON.stringify(prefix + digits)}`);
  const read = opts.mode === 'digits' ? readDigits(number) : readWholeNumber(Number(number), opts);
  return [...[...signs].map((ch) => (isDigit(ch) ? digitWord(Number(ch)) : letterWord(ch))), ...read];
}

/** Without a known prefix: everything up to the last letter is the prefix ("1A015" → 1A + 015). */
function splitAtLastLetter(code: string): [prefix: string, digits: string] | null {
  let end = code.length;
  while (end > 0 && isDigit(code[end - 1]!)) end -= 1;
  const prefix = code.slice(0, end);
  const digits = code.slice(end);
  if (digits === '' || ![...prefix].every((ch) => isLetter(ch) || isDigit(ch))) return null;
  return [prefix, digits];
}

/**
 * Reads a ticket code alone (a call carries its parts: prefer `readTicket`).
 * @param prefix the service's ticket prefix, when known
 * @example readTicketCode('A015', { ...DEFAULT_TICKET_READING, mode: 'digits' }) // a không một năm
 * @example readTicketCode('A1015', DEFAULT_TICKET_READING, 'A1') // a một mười lăm
 * @throws RangeError when the code is not a prefix followed by digits.
 */
export function readTicketCode(code: string, opts: TicketReadingOptions = DEFAULT_TICKET_READING, prefix?: string): VoiceWord[] {
  const c = code.trim().toUpperCase();
  const p = prefix?.trim().toUpperCase();
  const known = p && [...p].some(isLetter) && c.startsWith(p) && allDigits(c.slice(p.length)) ? ([p, c.slice(p.length)] as const) : null;
  const parts = known ?? splitAtLastLetter(c);
  if (!parts) throw new RangeError(`not a ticket code: ${JSON.stringify(code)}`);
  return readTicket(parts[0], parts[1], opts);
}

/** Counter numbers are always read as whole numbers ("quầy số mười hai"). */
export function readCounterNumber(counter: number, opts: NumberReadingOptions = NORTHERN_READING): VoiceWord[] {
  return readWholeNumber(counter, opts);
}
