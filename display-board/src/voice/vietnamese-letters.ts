/**
 * Vietnamese names of letters, for reading ticket prefixes letter by letter.
 * F, J, W, Z are not Vietnamese letters; we use the names people say for them
 * when reading foreign codes (ép, gi, vê kép, dét).
 * G is "gờ", as children learn it at school and as halls call it: its other
 * name "giê" sounds like D's "dê" in most of the country (and in espeak-ng),
 * and the same hall may have services D and G.
 */
import { word, type VoiceWord } from './voice-word';

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
