import { type ByteTable, type EncodedText, fallbacksFor, tableFromHighHalf } from './code-page-types';

/**
 * VISCII (RFC 1456). Its six remaining uppercase letters (Ẳ Ẵ Ẫ Ỷ Ỹ Ỵ) sit
 * on control bytes 0x02, 0x05, 0x06, 0x14, 0x19, 0x1E, which a printer takes
 * as commands, so they are printed without their tone instead.
 */
const HIGH_HALF =
  'ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ' + // 80–8F
  'ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ' + // 90–9F
  'Õắằặấầẩậẽẹếềểễệố' + // A0–AF
  'ồổỗỠƠộờởịỰỨỪỬơớƯ' + // B0–BF
  'ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ' + // C0–CF
  'ĐứÒÓÔạỷừửÙÚỹỵÝỡư' + // D0–DF
  'àáâãảăữẫèéêẻìíĩỉ' + // E0–EF
  'đựòóôõỏọụùúũủýợỮ'; // F0–FF

export const VISCII_TABLE: ByteTable = tableFromHighHalf(HIGH_HALF);

export function encodeViscii(text: string): EncodedText {
  const bytes: number[] = [];
  const substituted: string[] = [];
  const place = (char: string): boolean => {
    const code = char.codePointAt(0) ?? 0;
    const byte = code < 0x80 ? code : VISCII_TABLE.get(char);
    if (byte === undefined) return false;
    bytes.push(byte);
    return true;
  };
  for (const char of text.normalize('NFC')) {
    if (place(char)) continue;
    substituted.push(char);
    if (!fallbacksFor(char).some(place)) bytes.push(0x3f);
  }
  return { runs: [{ table: 0, bytes: Buffer.from(bytes) }], substituted };
}
