import type { z } from 'zod';
import { luotError } from './error-codes';
import type { LuotError, Result } from './result';

type Issue = z.core.$ZodIssue;

const SIZE_WORDS: Record<string, { small: string; big: string }> = {
  string: { small: 'quá ngắn', big: 'quá dài' },
  array: { small: 'quá ít phần tử', big: 'quá nhiều phần tử' },
  set: { small: 'quá ít phần tử', big: 'quá nhiều phần tử' },
};

/** The reason in Vietnamese; zod's own messages are English and stay in the English text. */
function vietnameseReason(issue: Issue, missing: boolean): string {
  switch (issue.code) {
    case 'invalid_type':
      return missing ? 'thiếu, bắt buộc phải có' : 'sai kiểu dữ liệu';
    case 'too_small':
      return `${SIZE_WORDS[issue.origin]?.small ?? 'quá nhỏ'} (tối thiểu ${String(issue.minimum)})`;
    case 'too_big':
      return `${SIZE_WORDS[issue.origin]?.big ?? 'quá lớn'} (tối đa ${String(issue.maximum)})`;
    case 'invalid_format':
      return 'sai định dạng';
    case 'invalid_value':
      return 'giá trị không được chấp nhận';
    case 'unrecognized_keys':
      return `có trường không được phép: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'không đúng dạng nào được chấp nhận';
    default:
      return 'không hợp lệ';
  }
}

/** The value at an issue's path in the input, to tell a missing field from a wrong one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Turns a zod failure into the typed `invalid_payload` error, naming the field
 * and the reason. Give the input when you have it: a missing field then says so.
 */
export function zodToLuotError(error: z.ZodError, input?: unknown): LuotError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  const why = issue?.message ?? 'invalid';
  const where = field ? `${field}: ` : '';
  const missing = issue !== undefined && issue.path.length > 0 && valueAt(input, issue.path) === undefined;
  const vi = issue ? vietnameseReason(issue, missing) : 'không hợp lệ';
  return luotError('invalid_payload', { vi: `Dữ liệu không hợp lệ — ${where}${vi}.`, en: `Invalid payload — ${where}${why}` }, field);
}

/** Parses an inbound payload with a schema, returning a `Result`. */
export function parsePayload<S extends z.ZodType>(schema: S, payload: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: zodToLuotError(parsed.error, payload) };
}
