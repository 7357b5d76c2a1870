import type { z } from 'zod';
import { luotError } from './error-codes';
import type { LuotError, Result } from './result';

/** Turns a zod failure into the typed `invalid_payload` error, naming the field and the reason. */
export function zodToLuotError(error: z.ZodError): LuotError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  const why = issue?.message ?? 'invalid';
  const where = field ? `${field}: ` : '';
  return luotError(
    'invalid_payload',
    { vi: `Dữ liệu không hợp lệ — ${where}${why}`, en: `Invalid payload — ${where}${why}` },
    field,
  );
}

/** Parses an inbound payload with a schema, returning a `Result`. */
export function parsePayload<S extends z.ZodType>(schema: S, payload: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: zodToLuotError(parsed.error) };
}
