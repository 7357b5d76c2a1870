import { type ByteTable, type EncodedText, fallbacksFor, tableFromHighHalf } from './code-page-types';

/**
 * Windows-1258 (Epson WPC1258, `ESC t 52`). It has the base letters (â ă ê
 * ô ơ ư đ) and some letters with tones precomposed (à á é ó …), and five
 * combining tone marks. A letter it lacks is written as base letter + tone
 * mark; where a precomposed form exists we use it, because cheap printers
 * print a combining mark as a separate cell instead of composing it.
 */
const HIGH_HALF =
  '€\0‚ƒ„…†‡ˆ‰\0‹Œ\0\0\0' + // 80–8F
  '\0‘’“”•–—˜™\0›œ\0\0Ÿ' + // 90–9F
  '\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯' + // A0–AF
  '°±²³´µ¶·¸¹º»¼½¾¿' + // B0–BF
  'ÀÁÂĂÄÅÆÇÈÉÊË\u0300ÍÎÏ' + // C0–CF
  'ĐÑ\u0309ÓÔƠÖ×ØÙÚÛÜƯ\u0303ß' + // D0–DF
  'àáâăäåæçèéêë\u0301íîï' + // E0–EF
  'đñ\u0323óôơö÷øùúûüư₫ÿ'; // F0–FF

export const WPC1258_TABLE: ByteTable = tableFromHighHalf(HIGH_HALF);

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** Splits a letter into its base (with circumflex, breve or horn kept) and its tone mark. */
function splitTone(char: string): { base: string; tone: string } | null {
  const decomposed = char.normalize('NFD');
  const tone = [...decomposed].find((c) => TONE_MARKS.test(c));
  if (!tone) return null;
  return { base: decomposed.replace(tone, '').normalize('NFC'), tone };
}

export function encodeWpc1258(text: string): EncodedText {
  const bytes: number[] = [];
  const substituted: string[] = [];
  const single = (char: string): number | undefined => {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x80 ? code : WPC1258_TABLE.get(char);
  };
  const place = (char: string): boolean => {
    const direct = single(char);
    if (direct !== undefined) {
      bytes.push(direct);
      return true;
    }
    const parts = splitTone(char);
    const base = parts && single(parts.base);
    const tone = parts && single(parts.tone);
    if (base == null || tone == null) return false;
    bytes.push(base, tone);
    return true;
  };
  for (const char of text.normalize('NFC')) {
    if (place(char)) continue;
    substituted.push(char);
    if (!fallbacksFor(char).some(place)) bytes.push(0x3f);
  }
  return { runs: [{ table: 0, bytes: Buffer.from(bytes) }], substituted };
}
