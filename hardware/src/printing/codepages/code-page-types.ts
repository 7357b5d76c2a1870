/** The Vietnamese code pages a printer can be told to use in text mode. */
export const VIETNAMESE_CODE_PAGES = ['tcvn3', 'wpc1258', 'viscii'] as const;
export type VietnameseCodePage = (typeof VIETNAMESE_CODE_PAGES)[number];

/**
 * A run of bytes meant for one printer character table. TCVN-3 needs two
 * tables (lowercase and uppercase fonts), so an encoder may return several.
 */
export interface EncodedRun {
  /** Which of the code page's tables: 0 = the main one, 1 = TCVN-3 uppercase. */
  table: 0 | 1;
  bytes: Buffer;
}

export interface EncodedText {
  runs: EncodedRun[];
  /** Characters that had no slot and were replaced by a simpler form. */
  substituted: string[];
}

/** A lookup from one character (NFC) to its byte in a single-byte table. */
export type ByteTable = ReadonlyMap<string, number>;

/** Builds a lookup from a string of 128 characters for bytes 0x80–0xFF ('\0' = unused). */
export function tableFromHighHalf(chars: string): Map<string, number> {
  const list = Array.from(chars);
  if (list.length !== 128) throw new Error(`code page table must have 128 entries, got ${list.length}`);
  const map = new Map<string, number>();
  list.forEach((char, i) => {
    if (char !== '\0') map.set(char, 0x80 + i);
  });
  return map;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ALL_MARKS = /[\u0300-\u036f]/gu;

/**
 * Simpler spellings of a character to try when a code page has no slot for
 * it: first without the tone mark, then the bare letter (đ → d).
 */
export function fallbacksFor(char: string): string[] {
  const decomposed = char.normalize('NFD');
  const withoutTone = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  const bare = decomposed.replace(ALL_MARKS, '').replace('đ', 'd').replace('Đ', 'D');
  return [withoutTone, bare].filter((s, i, all) => s !== char && all.indexOf(s) === i);
}
