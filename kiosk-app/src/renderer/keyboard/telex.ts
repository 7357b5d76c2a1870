/**
 * Vietnamese Telex composition for the kiosk's on-screen keyboard: a pure
 * function that applies one key to the word being typed and returns the new
 * word ("Nguyê" + "n" → "Nguyên", "Nguyên" + "x" → "Nguyễn").
 *
 * Keys: aa â, aw ă, ee ê, oo ô, ow ơ, uw / w ư, uow ươ, dd đ; tones s (sắc),
 * f (huyền), r (hỏi), x (ngã), j (nặng); z removes the tone. Typing the same
 * modifier again undoes it and types the letter ("ás" + "s" → "as").
 *
 * One rule places the tone, whatever the key order (as Unikey and OpenKey do):
 * after every key the word is parsed as a syllable (onset, vowels, final
 * consonant) and its one tone is put back on the vowel the rule names, so the
 * tone key may come anywhere after the first vowel ("hoaf", "hofa", "tiếng"
 * as "tieengs", "tiseeng" or "tiengse") and moves as the syllable grows
 * ("gì" + "a" → "già", "qú" + "a" → "quá", "hoà" + "n" → "hoàn").
 *
 * The rule (`ToneStyle`):
 * - a marked vowel (ă â ê ô ơ ư) takes the tone, ơ before ư ("người", "trường");
 * - otherwise, with a final consonant or three vowels, the second vowel
 *   ("hoàng", "khuyến", "ngoài"); "u" of "qu" and "i" of "gi" are the onset's;
 * - otherwise, two vowels: the first ("mái", "múa", "gìa" never), except
 *   oa, oe, uy, which depend on the style:
 *   'modern' (kiểu mới, the Ministry of Education's rule of 1984, QĐ 240, and
 *   the kiosk's default): on the second, "hoà", "khoẻ", "thuỷ";
 *   'classic' (kiểu cũ): on the first, "hòa", "khỏe", "thủy".
 *
 * "uo" + w gives "uơ" while nothing follows ("thuở", "huơ") and becomes "ươ"
 * as soon as a final consonant or vowel does ("đuơ" + "c" → "đươc"); "ưo" is
 * completed to "ươ" the same way ("dduwocj" → "được").
 */

/** Where the tone of oa, oe, uy goes when nothing follows: see the module comment. */
export type ToneStyle = 'modern' | 'classic';
export const DEFAULT_TONE_STYLE: ToneStyle = 'modern';

const TONE_KEYS = ['s', 'f', 'r', 'x', 'j'] as const;
/** Index 0 is no tone; 1..5 follow TONE_KEYS. */
const TONED: Record<string, string> = {
  a: 'aáàảãạ',
  ă: 'ăắằẳẵặ',
  â: 'âấầẩẫậ',
  e: 'eéèẻẽẹ',
  ê: 'êếềểễệ',
  i: 'iíìỉĩị',
  o: 'oóòỏõọ',
  ô: 'ôốồổỗộ',
  ơ: 'ơớờởỡợ',
  u: 'uúùủũụ',
  ư: 'ưứừửữự',
  y: 'yýỳỷỹỵ',
};
const BASE_OF = new Map<string, { base: string; tone: number }>();
for (const [base, forms] of Object.entries(TONED)) {
  Array.from(forms).forEach((ch, tone) => BASE_OF.set(ch, { base, tone }));
}
const MARKED = new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư']);
const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
/** Codas after which only sắc and nặng exist. */
const STOP_CODAS = new Set(['c', 'ch', 'p', 't']);

/** One letter of the word: lower-case toneless base, its tone, and its case. */
interface Letter {
  base: string;
  tone: number;
  upper: boolean;
}

function toLetters(word: string): Letter[] {
  return Array.from(word.normalize('NFC')).map((ch) => {
    const lower = ch.toLowerCase();
    const info = BASE_OF.get(lower);
    return { base: info?.base ?? lower, tone: info?.tone ?? 0, upper: ch !== lower };
  });
}

function fromLetters(letters: Letter[]): string {
  return letters
    .map((l) => {
      const ch = TONED[l.base]?.[l.tone] ?? l.base;
      return l.upper ? ch.toUpperCase() : ch;
    })
    .join('');
}

const isVowel = (base: string) => base in TONED;

/** The word split into onset / vowel nucleus / coda, as indexes into the letters. */
interface Syllable {
  vowelStart: number;
  vowelEnd: number;
  coda: string;
}

/** Parses a toneless base string as one Vietnamese syllable, or null when it is not one. */
function parseSyllable(letters: Letter[]): Syllable | null {
  const s = letters.map((l) => l.base).join('');
  let onset = ONSETS.find((o) => s.startsWith(o)) ?? '';
  // "gi" and "qu" are onsets only when a vowel follows ("gì" is g + i; "giữa" is gi + ưa).
  if ((onset === 'gi' || onset === 'qu') && !isVowel(s[2] ?? '')) onset = onset[0] ?? '';
  const start = onset.length;
  let end = start;
  while (end < letters.length && isVowel(letters[end]?.base ?? '')) end++;
  const coda = s.slice(end);
  if (end === start || !CODAS.has(coda)) return null;
  return { vowelStart: start, vowelEnd: end, coda };
}

/** Which letter of the nucleus carries the tone. */
function tonePosition(letters: Letter[], syl: Syllable, style: ToneStyle): number {
  const nucleus = letters.slice(syl.vowelStart, syl.vowelEnd).map((l) => l.base);
  // "ưo" still waiting for its w ("ngừ" + "o"): the tone waits on the o that becomes ơ, never "ngừo".
  if (nucleus.join('').endsWith('ưo')) return syl.vowelEnd - 1;
  const horn = nucleus.indexOf('ơ');
  if (horn >= 0) return syl.vowelStart + horn;
  const marked = nucleus.findIndex((b) => MARKED.has(b));
  if (marked >= 0) return syl.vowelStart + marked;
  if (nucleus.length >= 3) return syl.vowelStart + 1;
  if (nucleus.length === 2) {
    const pair = nucleus.join('');
    const second = syl.coda !== '' || (style === 'modern' && (pair === 'oa' || pair === 'oe' || pair === 'uy'));
    return syl.vowelStart + (second ? 1 : 0);
  }
  return syl.vowelStart;
}

const currentTone = (letters: Letter[]) => letters.find((l) => l.tone !== 0)?.tone ?? 0;

/** Moves the word's tone (if any) onto the right vowel; leaves non-syllables as they are. */
function placeTone(letters: Letter[], tone: number): Letter[] {
  const syl = parseSyllable(letters);
  if (!syl) return letters;
  const cleared = letters.map((l) => ({ ...l, tone: 0 }));
  if (tone === 0) return cleared;
  const at = tonePosition(cleared, syl, DEFAULT_TONE_STYLE);
  const target = cleared[at];
  if (target) target.tone = tone;
  return cleared;
}

const append = (word: string, key: string) => word + key;

function applyTone(word: string, letters: Letter[], key: string, tone: number): string {
  const syl = parseSyllable(letters);
  if (!syl) return append(word, key);
  if (STOP_CODAS.has(syl.coda) && tone !== 1 && tone !== 5) return append(word, key);
  const existing = currentTone(letters);
  // Same tone key twice: undo the tone and type the letter ("ás" + "s" → "as").
  if (existing === tone) return fromLetters(placeTone(letters, 0)) + key;
  return fromLetters(placeTone(letters, tone));
}

const CIRCUMFLEX: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' };

function applyCircumflex(word: string, letters: Letter[], key: string, lower: string): string {
  const syl = parseSyllable(letters);
  if (!syl) return append(word, key);
  const tone = currentTone(letters);
  for (let i = syl.vowelEnd - 1; i >= syl.vowelStart; i--) {
    const l = letters[i];
    if (!l) continue;
    if (l.base === lower) {
      const next = letters.map((x, j) => (j === i ? { ...x, base: CIRCUMFLEX[lower] ?? x.base } : x));
      return fromLetters(placeTone(next, tone));
    }
    if (l.base === CIRCUMFLEX[lower]) {
      // "aa" + "a" → "aa": undo the circumflex and type the letter.
      const next = letters.map((x, j) => (j === i ? { ...x, base: lower } : x));
      return fromLetters(placeTone(next, tone)) + key;
    }
  }
  return append(word, key);
}

const HORN_UNDO: Record<string, string> = { ă: 'a', ơ: 'o', ư: 'u' };

function applyHorn(word: string, letters: Letter[], key: string): string {
  const upperKey = key !== key.toLowerCase();
  if (letters.length === 0) return upperKey ? 'Ư' : 'ư';
  const syl = parseSyllable(letters);
  const tone = currentTone(letters);
  if (!syl) {
    // A consonant onset alone ("tr" + "w" → "trư"): w types ư.
    const onsetOnly = ONSETS.includes(letters.map((l) => l.base).join(''));
    return onsetOnly ? word + (upperKey ? 'Ư' : 'ư') : append(word, key);
  }
  const nucleus = letters.slice(syl.vowelStart, syl.vowelEnd);
  const bases = nucleus.map((l) => l.base).join('');
  const set = (changes: Record<number, string>) =>
    fromLetters(placeTone(letters.map((l, j) => (changes[j - syl.vowelStart] ? { ...l, base: changes[j - syl.vowelStart] as string } : l)), tone));

  if (bases.includes('ă') || bases.includes('ơ') || (bases.includes('ư') && !bases.includes('ưo'))) {
    // w again: undo the horns / breve and type w ("ư" + "w" → "uw").
    const undone = letters.map((l, j) => (j >= syl.vowelStart && j < syl.vowelEnd ? { ...l, base: HORN_UNDO[l.base] ?? l.base } : l));
    return fromLetters(placeTone(undone, tone)) + key;
  }
  const uo = bases.search(/[uư]o/);
  // A plain "uo" closing the syllable takes one horn ("thuơ" → "thuở", "huơ"); settle() adds the second when the syllable grows.
  if (uo >= 0 && bases === `${bases.slice(0, uo)}uo` && syl.coda === '') return set({ [uo + 1]: 'ơ' });
  if (uo >= 0) return set({ [uo]: 'ư', [uo + 1]: 'ơ' });
  // "mua" + w → "mưa": after a plain u, a means ưa (uă only follows qu, an onset).
  if (bases.startsWith('ua')) return set({ 0: 'ư' });
  for (const [plain, marked] of [['a', 'ă'], ['o', 'ơ'], ['u', 'ư']] as const) {
    const i = bases.indexOf(plain);
    if (i >= 0) return set({ [i]: marked });
  }
  return append(word, key);
}

function applyStroke(word: string, letters: Letter[], key: string): string {
  const first = letters[0];
  if (!first) return append(word, key);
  if (first.base === 'd') return fromLetters([{ ...first, base: 'đ' }, ...letters.slice(1)]);
  // "đ" + "d" → "dd": undo the stroke and type the letter.
  if (first.base === 'đ' && letters.length === 1) return fromLetters([{ ...first, base: 'd' }]) + key;
  return append(word, key);
}

/**
 * Completes a horn pair the syllable has grown past and puts its tone back on
 * the vowel the style names: the one step after every key that makes every key
 * order give one spelling. Words that are no syllable are left as typed.
 */
function settle(word: string, style: ToneStyle): string {
  const letters = toLetters(word);
  const syl = parseSyllable(letters);
  if (!syl) return word;
  const tone = currentTone(letters);
  const nucleus = letters.slice(syl.vowelStart, syl.vowelEnd);
  const bases = nucleus.map((l) => l.base).join('');
  const grown = (at: number) => at + 2 < nucleus.length || syl.coda !== '';
  const uo = bases.indexOf('uơ');
  const wo = bases.indexOf('ưo');
  // "uơ" or "ưo" followed by anything is "ươ" ("đuơc" → "đươc", "đưoc" → "đươc").
  const pair = uo >= 0 && grown(uo) ? uo : wo >= 0 && grown(wo) ? wo : -1;
  const completed =
    pair < 0 ? letters : letters.map((l, j) => (j === syl.vowelStart + pair ? { ...l, base: 'ư' } : j === syl.vowelStart + pair + 1 ? { ...l, base: 'ơ' } : l));
  const cleared = completed.map((l) => ({ ...l, tone: 0 }));
  const target = tone === 0 ? undefined : cleared[tonePosition(cleared, syl, style)];
  if (target) target.tone = tone;
  return fromLetters(cleared);
}

/**
 * Applies one key to the word being typed and returns the new word. Keys that
 * are not letters (space, digits, punctuation) are appended as typed; the
 * keyboard starts a new word after them.
 * @example applyTelexKey('Nguyên', 'x') // 'Nguyễn'
 * @example applyTelexKey('hoa', 'f', 'classic') // 'hòa'
 */
export function applyTelexKey(word: string, key: string, style: ToneStyle = DEFAULT_TONE_STYLE): string {
  if (Array.from(key).length !== 1) return word + key;
  return settle(applyKey(word, key), style);
}

/** The key's own change, before the tone is settled. */
function applyKey(word: string, key: string): string {
  const lower = key.toLowerCase();
  const letters = toLetters(word);
  const toneIndex = TONE_KEYS.indexOf(lower as (typeof TONE_KEYS)[number]);
  if (word === '' && lower !== 'w') return key;
  if (toneIndex >= 0) return applyTone(word, letters, key, toneIndex + 1);
  if (lower === 'z') {
    const tone = currentTone(letters);
    return tone === 0 ? append(word, key) : fromLetters(letters.map((l) => ({ ...l, tone: 0 })));
  }
  if (lower in CIRCUMFLEX) return applyCircumflex(word, letters, key, lower);
  if (lower === 'w') return applyHorn(word, letters, key);
  if (lower === 'd') return applyStroke(word, letters, key);
  // Any other letter: type it, then re-place the tone ("hoá" + "n" keeps it on a; "gì" + "a" → "già").
  const next = toLetters(word + key);
  const tone = currentTone(next);
  return tone === 0 || !parseSyllable(next) ? word + key : fromLetters(placeTone(next, tone));
}

/**
 * Types a whole key sequence; spaces separate words.
 * @example composeTelex('Nguyeenx Vawn Aan') // 'Nguyễn Văn Ân'
 */
export function composeTelex(keys: string, style: ToneStyle = DEFAULT_TONE_STYLE): string {
  return keys
    .split(' ')
    .map((w) => Array.from(w).reduce((word, key) => applyTelexKey(word, key, style), ''))
    .join(' ');
}
