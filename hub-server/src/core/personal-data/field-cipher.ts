/**
 * Sealing one personal value (an ID number, a name, an address…) for storage:
 * AES-256-GCM with a random 12-byte nonce per value, and the table, column and
 * row id as associated data, so a sealed value copied into another row or
 * column does not open. The stored text names the key it was sealed with
 * (`p1.<keyId>.<base64url(nonce ‖ ciphertext ‖ tag)>`), so a key can be
 * rotated later: values of an older key stay readable while it is kept.
 *
 * The master key (the key file) is never used directly: HKDF derives the
 * sealing key and the key id, so the id reveals nothing of the key. (No
 * lookup reads a personal value — dossiers are found by id or code — so no
 * blind index is kept; one would be an HMAC under another derived key.)
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

export const MASTER_KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const PREFIX = 'p1.';

export class SealError extends Error {}

/** Where a value lives: what the associated data binds it to. */
export interface FieldPlace {
  table: string;
  column: string;
  rowId: string;
}

export interface FieldCipher {
  /** Short public name of the key (hex), stored with each value. */
  readonly keyId: string;
  seal(plain: string, at: FieldPlace): string;
  /** Opens a sealed value; throws SealError when it was sealed elsewhere, with another key, or changed. */
  open(sealed: string, at: FieldPlace): string;
  /**
   * A keyed digest (HMAC-SHA256 under a key derived for `purpose`), for a
   * value that must be compared but not read back — the outbox's dedupe key
   * holds a phone number this way, since a bare hash of a 10-digit number is
   * reversed by trying them all.
   */
  fingerprint(plain: string, purpose: string): string;
}

const derive = (master: Buffer, info: string, bytes: number) =>
  Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, bytes));

/** The key id of a master key: 8 hex digits, derived, so it reveals nothing of the key. */
export const keyIdOf = (master: Buffer): string => derive(master, 'luot key id v1', 4).toString('hex');

const aad = (at: FieldPlace) => Buffer.from(`${at.table}\u0000${at.column}\u0000${at.rowId}`, 'utf8');

/** Whether a stored value is sealed (legacy rows hold plain text until the start-up job seals them). */
export const isSealed = (stored: string): boolean => stored.startsWith(PREFIX);

/** The key id a sealed value names. */
export function keyIdOfSealed(stored: string): string | null {
  if (!isSealed(stored)) return null;
  return stored.slice(PREFIX.length).split('.', 1)[0] ?? null;
}

export function createFieldCipher(master: Buffer): FieldCipher {
  if (master.length !== MASTER_KEY_BYTES)
    throw new SealError(`a personal-data key has ${MASTER_KEY_BYTES} bytes, got ${master.length}`);
  const keyId = keyIdOf(master);
  const sealKey = derive(master, 'luot field seal v1', 32);
  return {
    keyId,
    fingerprint(plain, purpose) {
      const key = derive(master, `luot fingerprint v1 ${purpose}`, 32);
      return createHmac('sha256', key).update(plain, 'utf8').digest('base64url');
    },
    seal(plain, at) {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', sealKey, nonce);
      cipher.setAAD(aad(at));
      const body = Buffer.concat([nonce, cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${PREFIX}${keyId}.${body.toString('base64url')}`;
    },
    open(sealed, at) {
      const [id, encoded] = sealed.slice(PREFIX.length).split('.');
      if (!isSealed(sealed) || !id || encoded === undefined)
        throw new SealError(`${at.table}.${at.column} of ${at.rowId} is not a sealed value`);
      if (id !== keyId)
        throw new SealError(
          `${at.table}.${at.column} of ${at.rowId} was sealed with key ${id}, not with this hub's key ${keyId}`,
        );
      const body = Buffer.from(encoded, 'base64url');
      if (body.length < NONCE_BYTES + TAG_BYTES)
        throw new SealError(`${at.table}.${at.column} of ${at.rowId} is truncated`);
      const decipher = createDecipheriv('aes-256-gcm', sealKey, body.subarray(0, NONCE_BYTES));
      decipher.setAAD(aad(at));
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      try {
        return Buffer.concat([
          decipher.update(body.subarray(NONCE_BYTES, body.length - TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new SealError(
          `${at.table}.${at.column} of ${at.rowId} does not open: sealed for another row or column, or changed`,
        );
      }
    },
  };
}
