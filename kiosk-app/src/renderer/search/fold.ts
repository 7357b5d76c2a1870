/**
 * Diacritic folding for Vietnamese search: a citizen on a touch screen types
 * "dat dai" and must find "Đất đai". NFD splits a letter from its tone and
 * vowel marks; đ/Đ is a separate letter in Unicode (no decomposition), so it
 * is mapped by hand.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^a-z0-9]+/g;

/** Lower case, no diacritics, đ → d, punctuation to single spaces, trimmed. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim();
}

/** Folded words of a text, in order. */
export function foldWords(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}
