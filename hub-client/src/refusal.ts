/**
 * Reading a refused handshake. The hub's auth middleware refuses with a
 * `LuotError` as the connect error's `data`; any other connect error is the
 * network's (hub down, link cut) and says nothing about the token.
 */
import { isLuotError, type LuotError } from '@luot/protocol/plain';

export function refusalOf(err: unknown): LuotError | null {
  if (typeof err !== 'object' || err === null) return null;
  const data = (err as { data?: unknown }).data;
  return isLuotError(data) ? data : null;
}
