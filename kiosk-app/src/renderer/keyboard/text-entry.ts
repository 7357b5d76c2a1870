/**
 * What one tap on the on-screen keyboard does to a field's text. Pure, so the
 * Telex composition of a whole field is unit tested without a browser.
 *
 * With Telex on, a letter is applied to the word being typed (the trailing
 * run of letters) by `applyTelexKey`: "Nguyeen" + "x" → "Nguyễn". Anything
 * that is not a letter (space, digit, comma) ends the word, so the next
 * letter starts a new one.
 */
import { applyTelexKey, type ToneStyle } from './telex';

export type Capitalize = 'none' | 'words';

export interface TextEntryOptions {
  telex: boolean;
  /** 'words': the first letter of each word is a capital (names, addresses). */
  capitalize?: Capitalize;
  maxLength?: number;
  /** Telex tone placement (the kiosk's setting); modern by default. */
  toneStyle?: ToneStyle;
}

const TRAILING_LETTERS = /\p{L}+$/u;
const IS_LETTER = /^\p{L}$/u;

/** Applies one key (a single character, or ' ') to the text. */
export function typeKey(text: string, key: string, options: TextEntryOptions): string {
  const max = options.maxLength ?? 100;
  let next: string;
  if (key === ' ') {
    // One space between words; none at the start.
    next = text === '' || text.endsWith(' ') ? text : `${text} `;
  } else if (IS_LETTER.test(key)) {
    const word = TRAILING_LETTERS.exec(text)?.[0] ?? '';
    const before = text.slice(0, text.length - word.length);
    const typed = word === '' && options.capitalize === 'words' ? key.toUpperCase() : key;
    next = before + (options.telex ? applyTelexKey(word, typed, options.toneStyle) : word + typed);
  } else {
    next = text + key;
  }
  next = next.normalize('NFC');
  return Array.from(next).length > max ? text : next;
}

/** Removes the last character (a whole precomposed letter such as "ễ"). */
export function deleteLast(text: string): string {
  return Array.from(text).slice(0, -1).join('');
}

/**
 * Types a key sequence as taps, for tests and examples.
 * @example typeKeys('nguyeenx vawn', { telex: true, capitalize: 'words' }) // 'Nguyễn Văn'
 */
export function typeKeys(keys: string, options: TextEntryOptions): string {
  return Array.from(keys).reduce((text, key) => typeKey(text, key, options), '');
}
