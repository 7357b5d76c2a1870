/**
 * What the transport needs of the auth feature: turning a token into a
 * principal, and re-checking a principal on every socket command. The auth
 * feature implements it; the core only names it, so it imports no feature.
 */
import type { Principal, Result } from '@luot/protocol';

export interface Authenticator {
  /**
   * `from` is the client's address: wrong tokens are counted per address and
   * lock it out for a while (`too_many_attempts`), so every caller passes it.
   */
  authenticate(token: unknown, from: string): Result<Principal>;
  /** A session can expire or be revoked while its socket stays open. */
  stillValid(principal: Principal): Result<Principal>;
}
