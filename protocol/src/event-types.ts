/**
 * Types and a guard every side of the wire needs for the event maps in
 * `socket-events.ts`: what a command sends and what its ack carries, and how
 * to tell a `LuotError` in an untyped place (a connect error's `data`, an
 * HTTP error body). They belong to the contract, so they live here once.
 */
import type { LuotError, Result } from './result';

/** The payload of one event of a ClientToServer map: `PayloadOf<KioskClientToServer['ticket:issue']>`. */
export type PayloadOf<F> = F extends (payload: infer P, ack: never) => void ? P : never;

/** The value an event's ack carries when it is ok: `AckValue<KioskClientToServer['ticket:issue']>` is a `TicketReceipt`. */
export type AckValue<F> = F extends (payload: never, ack: infer A) => void
  ? A extends (result: Result<infer T>) => void
    ? T
    : never
  : never;

/** True for anything shaped like a `LuotError`: a string code and a message in both languages. */
export function isLuotError(value: unknown): value is LuotError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { code?: unknown; message?: { vi?: unknown; en?: unknown } | null };
  return typeof v.code === 'string' && typeof v.message?.vi === 'string' && typeof v.message.en === 'string';
}
