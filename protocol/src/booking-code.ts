/** An appointment's booking code as citizens type, scan and read it: schema-free, so the kiosk checks a code in without zod's schemas. */
/** Booking codes: 8 letters and digits without the look-alikes 0/O, 1/I/L. */
export const BOOKING_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const BOOKING_CODE_LENGTH = 8;
const BOOKING_CODE = new RegExp(`^[${BOOKING_CODE_ALPHABET}]{${BOOKING_CODE_LENGTH}}$`);

/** A code as typed or scanned ("ab3k-7mqp", a QR's `/dat-lich/?ma=AB3K7MQP`) → `AB3K7MQP`, or null. */
export function normalizeBookingCode(input: string): string | null {
  const fromQr = /[?&]ma=([^&#\s]+)/.exec(input);
  const raw = (fromQr ? decodeURIComponent(fromQr[1]!) : input).toUpperCase().replace(/[\s.-]/g, '');
  return BOOKING_CODE.test(raw) ? raw : null;
}

/** How a code is shown: two groups of four. */
export const formatBookingCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;
