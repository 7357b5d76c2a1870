/**
 * English reading for the optional second announcement: letters and digits
 * one by one for the ticket ("A zero one five"), the counter as a whole
 * number up to 999 ("counter twelve").
 */
import { word, type VoiceWord } from './voice-word';

const UNITS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const;
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;

const small = (n: number): VoiceWord => word(UNITS[n] ?? String(n), `en-num-${n}`);

/** The clip ids and texts of every English number word, for the voice-pack generator. */
export const ENGLISH_NUMBER_WORDS: VoiceWord[] = [
  ...UNITS.map((_, n) => small(n)),
  ...TENS.slice(2).map((t, i) => word(t, `en-num-${(i + 2) * 10}`)),
  word('hundred', 'en-num-hundred'),
];

export function readEnglishWholeNumber(n: number): VoiceWord[] {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`English reading covers 0…999, got ${n}`);
  const out: VoiceWord[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) out.push(small(hundreds), word('hundred', 'en-num-hundred'));
  if (rest === 0) return out.length > 0 ? out : [small(0)];
  if (rest < 20) return [...out, small(rest)];
  out.push(word(TENS[Math.floor(rest / 10)] ?? '', `en-num-${Math.floor(rest / 10) * 10}`));
  if (rest % 10 > 0) out.push(small(rest % 10));
  return out;
}

export const englishLetterWord = (letter: string): VoiceWord => {
  const l = letter.toUpperCase();
  if (!/^[A-Z]$/.test(l)) throw new RangeError(`no English name for ${JSON.stringify(letter)}`);
  return word(l, `en-letter-${l.toLowerCase()}`);
};

/** "A015" → A zero one five. */
export function readEnglishTicketCode(code: string): VoiceWord[] {
  const c = code.trim().toUpperCase();
  if (!/^[A-Z0-9]*\d$/.test(c)) throw new RangeError(`not a ticket code: ${JSON.stringify(code)}`);
  return [...c].map((ch) => (/\d/.test(ch) ? small(Number(ch)) : englishLetterWord(ch)));
}
