/** Making booking codes: random, from an alphabet without look-alikes (protocol's BOOKING_CODE_ALPHABET). */
import { randomInt } from 'node:crypto';
import { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH } from '@luot/protocol';

/**
 * A fresh code: 31^8 ≈ 8.5 × 10^11 codes, so with a few hundred live
 * bookings and the public lookup limit a walker finds none. `taken` says
 * whether a code is in use; a clash (rare) draws again.
 */
export function newBookingCode(taken: (code: string) => boolean): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < BOOKING_CODE_LENGTH; i++) code += BOOKING_CODE_ALPHABET[randomInt(BOOKING_CODE_ALPHABET.length)];
    if (!taken(code)) return code;
  }
}
