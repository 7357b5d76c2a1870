/**
 * How an SMS gateway counts a text: GSM-7 (160 characters in one segment,
 * 153 each when split; a few signs take two) when every character is in the
 * GSM alphabet, else UCS-2 (70, then 67) — which any Vietnamese letter with a
 * diacritic forces. Hence the hall's no-diacritics setting.
 */

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';
const basic = new Set(GSM_BASIC);
const extended = new Set(GSM_EXTENDED);

export interface SmsSize {
  encoding: 'gsm7' | 'ucs2';
  /** Characters as the gateway counts them (GSM extended signs count 2; UCS-2 counts UTF-16 units). */
  units: number;
  segments: number;
}

export function smsSize(text: string): SmsSize {
  let units = 0;
  for (const ch of text) {
    if (basic.has(ch)) units += 1;
    else if (extended.has(ch)) units += 2;
    else return ucs2Size(text);
  }
  return { encoding: 'gsm7', units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
}

function ucs2Size(text: string): SmsSize {
  const units = text.length; // UTF-16 code units, as UCS-2 gateways count them
  return { encoding: 'ucs2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

/**
 * Vietnamese without its marks: "Hồ sơ đã có kết quả" → "Ho so da co ket qua".
 * NFD splits each letter from its tone and vowel marks; đ/Đ have no
 * decomposition and are mapped by hand.
 */
export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
