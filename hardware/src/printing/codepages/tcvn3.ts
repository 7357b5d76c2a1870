import { type ByteTable, type EncodedRun, type EncodedText, fallbacksFor, tableFromHighHalf } from './code-page-types';

/**
 * TCVN 5712:1993 VN3 ("TCVN-3", the ABC fonts): lowercase letters with tones
 * and the seven uppercase base letters in 0xA1–0xFE. Uppercase letters with
 * tones have no slot of their own: VN3 prints them from a second, uppercase
 * font at the lowercase letter's byte. Epson selects the two as character
 * tables 30 (lowercase) and 31 (uppercase) with `ESC t n`.
 */
const HIGH_HALF =
  '\0'.repeat(32) +
  // A0–AF
  '\0ĂÂÊÔƠƯĐăâêôơưđ\0' +
  // B0–BF (B0–B4 are spacing tone marks in VN3; we never emit them)
  '\0\0\0\0\0àảãáạ\0ằẳẵắ\0' +
  // C0–CF
  '\0\0\0\0\0\0ặầẩẫấậè\0ẻẽ' +
  // D0–DF
  'éẹềểễếệìỉ\0\0\0ĩíịò' +
  // E0–EF
  '\0ỏõóọồổỗốộờởỡớợù' +
  // F0–FF
  '\0ủũúụừửữứựỳỷỹýỵ\0';

export const TCVN3_TABLE: ByteTable = tableFromHighHalf(HIGH_HALF);

/** Encodes text for TCVN-3, switching to the uppercase table only for uppercase letters with tones. */
export function encodeTcvn3(text: string): EncodedText {
  const runs: EncodedRun[] = [];
  const substituted: string[] = [];
  const push = (table: 0 | 1, byte: number) => {
    const last = runs[runs.length - 1];
    if (last && last.table === table) last.bytes = Buffer.concat([last.bytes, Buffer.of(byte)]);
    else runs.push({ table, bytes: Buffer.of(byte) });
  };
  const place = (char: string): boolean => {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      // ASCII prints the same from either table; stay in the current one.
      push(runs[runs.length - 1]?.table ?? 0, code);
      return true;
    }
    const lower = TCVN3_TABLE.get(char);
    if (lower !== undefined) {
      push(0, lower);
      return true;
    }
    const upperSlot = TCVN3_TABLE.get(char.toLowerCase());
    if (upperSlot !== undefined && char !== char.toLowerCase()) {
      push(1, upperSlot);
      return true;
    }
    return false;
  };
  for (const char of text.normalize('NFC')) {
    if (place(char)) continue;
    substituted.push(char);
    if (!fallbacksFor(char).some(place)) push(0, 0x3f);
  }
  return { runs, substituted };
}
