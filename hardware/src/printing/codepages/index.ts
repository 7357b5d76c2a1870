import type { EncodedText, VietnameseCodePage } from './code-page-types';
import { encodeTcvn3 } from './tcvn3';
import { encodeViscii } from './viscii';
import { encodeWpc1258 } from './wpc1258';

export * from './code-page-types';
export { encodeTcvn3, TCVN3_TABLE } from './tcvn3';
export { encodeViscii, VISCII_TABLE } from './viscii';
export { encodeWpc1258, WPC1258_TABLE } from './wpc1258';

/** Encodes Vietnamese text for one of the supported code pages. */
export function encodeVietnamese(text: string, codePage: VietnameseCodePage): EncodedText {
  switch (codePage) {
    case 'tcvn3':
      return encodeTcvn3(text);
    case 'wpc1258':
      return encodeWpc1258(text);
    case 'viscii':
      return encodeViscii(text);
  }
}
