/** One rule for a citizen's mobile number, on every form that takes one. */
import { z } from 'zod';

/**
 * Vietnamese mobile numbers: 10 digits starting 03, 05, 07, 08 or 09 (the
 * prefixes in use since the 2018 renumbering), or the same with +84 / 84
 * instead of the leading 0. Spaces, dots and dashes are accepted and removed;
 * the parsed value is always the `0xxxxxxxxx` form.
 */
export const MOBILE_PHONE_PATTERN = /^0[35789]\d{8}$/;
export const phoneSchema = z
  .string()
  .max(20)
  .transform((s) => s.replace(/[\s.-]/g, '').replace(/^(\+84|84)(?=\d{9}$)/, '0'))
  .pipe(z.string().regex(MOBILE_PHONE_PATTERN, 'phone: a Vietnamese mobile number such as 0912 345 678'));
