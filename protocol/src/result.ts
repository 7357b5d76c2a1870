import type { ErrorCode } from './error-codes';

/** Text shown to people, Vietnamese first. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/** A typed, bilingual error: what every refused command or request returns. */
export interface LuotError {
  code: ErrorCode;
  message: LocalizedText;
  /** The payload field at fault, as a dotted path (`priority`, `to.service`). */
  field?: string;
}

/** Every command's acknowledgement and every API result has this shape. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: LuotError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: LuotError): Result<T> => ({ ok: false, error });
