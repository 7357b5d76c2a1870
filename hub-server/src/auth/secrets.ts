/** Password hashing (scrypt) and bearer tokens (random, stored only as SHA-256). */
import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scryptAsync = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scrypt(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))));

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 } as const;

/**
 * `scrypt$N$r$p$salt$hash`, all base64url. Asynchronous like the check: one
 * scrypt costs tens of milliseconds, which on the event loop would stall
 * every kiosk and counter while an admin creates or changes an account.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password.normalize('NFC'), salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/**
 * Checks a password off the event loop (scrypt runs in libuv's pool), so a
 * burst of sign-ins at the start of the day does not stall the queue.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scryptAsync(password.normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(expected, actual);
}

let decoy: Promise<string> | undefined;
/**
 * A hash to check unknown usernames against, so they take as long as known
 * ones. Made in the pool when first asked (the seed asks right after start-up),
 * not while the module loads, where it held up every start by one scrypt.
 */
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword(randomBytes(16).toString('base64url')));

export const newToken = (): string => randomBytes(32).toString('base64url');
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
export const newId = (): string => randomBytes(12).toString('base64url');
