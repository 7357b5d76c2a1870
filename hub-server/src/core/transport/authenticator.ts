/**
 * What the transport needs of the auth feature: turning a token into a
 * principal, and re-checking a principal on every socket command. The auth
 * feature implements it; the core only names it, so it imports no feature.
 */
import type { Principal, Result } from '@luot/protocol';

export interface Authenticator {
  authenticate(token: unknown): Result<Principal>;
  /** A session can expire or be revoked while its socket stays open. */
  stillValid(principal: Principal): Result<Principal>;
}
