/**
 * A hall's token: 32 random bytes, shown once at enrolment; the province keeps
 * only its SHA-256. A slow password hash buys nothing for a random 256-bit
 * secret, and the ingest looks the hash up on every batch.
 */
import { createHash, randomBytes } from 'node:crypto';

export function makeHallToken(): string {
  return `hall_${randomBytes(32).toString('base64url')}`;
}

export function hashHallToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
