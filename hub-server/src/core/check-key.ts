/**
 * Short unguessable keys a citizen may have to type (the dossier's check key
 * on the receipt): base32 characters from the CSPRNG. 32 divides 256, so
 * taking each random byte modulo 32 keeps every character equally likely.
 */
import { randomBytes } from 'node:crypto';
import { DOSSIER_KEY_ALPHABET, DOSSIER_KEY_LENGTH } from '@luot/protocol';

/** @example newCheckKey() // 'K7QX3M' */
export function newCheckKey(length = DOSSIER_KEY_LENGTH): string {
  return Array.from(randomBytes(length), (b) => DOSSIER_KEY_ALPHABET[b % 32]).join('');
}
