/**
 * Vietnamese number reading (shared/DOMAIN.md "Calling aloud"), pure.
 *
 * Whole-number rules that public libraries get wrong, kept by golden tests:
 * - after "mươi" (20–99): 1 → mốt, 4 → tư (or bốn), 5 → lăm; after "mười": 5 → lăm only;
 * - a zero tens digit inside a hundred → linh (north) / lẻ (south), never "lăm" after it (105);
 * - a zero hundreds digit inside a thousand group → "không trăm" (1023, 2001).
 */
import { word, type VoiceWord } from './voice-word';

export interface NumberReadingOptions {
  /** The word for a zero tens digit inside a hundred: linh (north) or lẻ (south). */
  zeroTens: 'linh' | 'le';
  /** nghìn (north) or ngàn (south). */
  thousand: 'nghin' | 'ngan';
  /** 4 after "mươi": tư (common) or bốn. */
  fourAfterTens: 'tu' | 'bon';
}

export const NORTHERN_READING: NumberReadingOptions = { zeroTens: 'linh', thousand: 'nghin', fourAfterTens: 'tu' };
export const SOUTHERN_READING: NumberReadingOptions = { zeroTens: 'le', thousand: 'ngan', fourAfterTens: 'tu' };

const DIGIT_TEXT = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** The word for one digit said on its own ("không", "một" … "chín"). */
export function digitWord(d: number): VoiceWord {
  const text = DIGIT_TEXT[d];
  if (text === undefined) throw new RangeError(`not a digit: ${d}`);
  return word(text, `num-${d}`);
}

export const NUMBER_WORDS = {
  ten: word('mười', 'num-10'),
  tens: word('mươi', 'num-muoi'),
  oneAfterTens: word('mốt', 'num-mot'),
  fourAfterTens: word('tư', 'num-tu'),
  fiveAfterTen: word('lăm', 'num-lam'),
  hundred: word('trăm', 'num-tram'),
  linh: word('linh', 'num-linh'),
  le: word('lẻ', 'num-le'),
  nghin: word('nghìn', 'num-nghin'),
  ngan: word('ngàn', 'num-ngan'),
  million: word('triệu', 'num-trieu'),
  billion: word('tỷ', 'num-ty'),
} as const;

/** Units digit after "mười" or "mươi" (tens ≥ 1). */
function unitsAfterTens(units: number, tens: number, opts: NumberReadingOptions): VoiceWord[] {
  if (units === 0) return [];
  if (units === 5) return [NUMBER_WORDS.fiveAfterTen];
  if (tens >= 2 && units === 1) return [NUMBER_WORDS.oneAfterTens];
  if (tens >= 2 && units === 4 && opts.fourAfterTens === 'tu') return [NUMBER_WORDS.fourAfterTens];
  return [digitWord(units)];
}

/** 0–99 with the tens/units rules; `inside` is true when a hundreds word came before. */
function readTensAndUnits(n: number, inside: boolean, opts: NumberReadingOptions): VoiceWord[] {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) {
    if (units === 0) return [];
    // 105 is "một trăm linh năm": plain digit names after linh / lẻ.
    return inside ? [opts.zeroTens === 'linh' ? NUMBER_WORDS.linh : NUMBER_WORDS.le, digitWord(units)] : [digitWord(units)];
  }
  const head = tens === 1 ? [NUMBER_WORDS.ten] : [digitWord(tens), NUMBER_WORDS.tens];
  return [...head, ...unitsAfterTens(units, tens, opts)];
}

/**
 * One group of three digits (0–999). A group that follows a higher group
 * (`full`) always says its hundreds, "không trăm" included.
 */
function readGroup(n: number, full: boolean, opts: NumberReadingOptions): VoiceWord[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0 && !full) return readTensAndUnits(rest, false, opts);
  return [digitWord(hundreds), NUMBER_WORDS.hundred, ...readTensAndUnits(rest, true, opts)];
}

const MAX_WHOLE = 999_999_999_999;

/**
 * Reads a whole number (0 … 999 999 999 999) as Vietnamese words.
 * @example readWholeNumber(1005) // một nghìn không trăm linh năm
 */
export function readWholeNumber(n: number, opts: NumberReadingOptions = NORTHERN_READING): VoiceWord[] {
  if (!Number.isSafeInteger(n) || n < 0 || n > MAX_WHOLE) throw new RangeError(`cannot read ${n}: a whole number 0…${MAX_WHOLE} is needed`);
  if (n === 0) return [digitWord(0)];
  const scales = [NUMBER_WORDS.billion, NUMBER_WORDS.million, opts.thousand === 'nghin' ? NUMBER_WORDS.nghin : NUMBER_WORDS.ngan];
  const groups = [Math.floor(n / 1e9), Math.floor(n / 1e6) % 1000, Math.floor(n / 1000) % 1000, n % 1000];
  const out: VoiceWord[] = [];
  groups.forEach((g, i) => {
    if (g === 0) return; // 1 000 000 is "một triệu": empty groups are not said.
    out.push(...readGroup(g, out.length > 0, opts));
    const scale = scales[i];
    if (scale) out.push(scale);
  });
  return out;
}

/** Reads a string of digits one by one ("0 1 5" → không một năm). */
export function readDigits(digits: string): VoiceWord[] {
  if (!/^\d+$/.test(digits)) throw new RangeError(`not a string of digits: ${digits}`);
  return [...digits].map((d) => digitWord(Number(d)));
}
