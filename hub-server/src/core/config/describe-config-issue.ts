/**
 * Turns zod's issues into the plain sentences a hall administrator reads, in
 * Vietnamese and in English: the field as a path (`services[3].prefix`) and
 * why it is wrong, with the value that was found where that helps.
 */
import type { z } from 'zod';
import { vietnameseOf, vietnameseParam, type BilingualReason } from './config-reason';

export type ConfigPath = readonly PropertyKey[];

/** `['services', 3, 'prefix']` → `services[3].prefix`. */
export function formatConfigPath(path: ConfigPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** The value found at `path` in the parsed file, or undefined when the path goes nowhere. */
export function valueAt(root: unknown, path: ConfigPath): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** A short, human description of a value found in the file, in both languages. */
export function describeValue(value: unknown): BilingualReason {
  if (value === undefined) return { vi: 'không có gì', en: 'nothing' };
  if (value === null) return { vi: 'một giá trị rỗng', en: 'an empty value' };
  if (typeof value === 'string') {
    const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    return { vi: shown, en: shown };
  }
  if (typeof value === 'number' || typeof value === 'boolean') return { vi: String(value), en: String(value) };
  if (Array.isArray(value)) return { vi: `một danh sách ${value.length} mục`, en: `a list of ${value.length}` };
  return { vi: 'một nhóm trường', en: 'a group of fields' };
}

const TYPE_WORDS: Record<string, BilingualReason> = {
  string: { vi: 'một đoạn chữ', en: 'a text' },
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'a whole number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'một danh sách', en: 'a list' },
  object: { vi: 'một nhóm trường', en: 'a group of fields' },
};

/** Counted things: [Vietnamese, English singular, English plural]. */
const UNIT_WORDS: Record<string, [string, string, string]> = {
  string: ['ký tự', 'character', 'characters'],
  array: ['mục', 'item', 'items'],
  set: ['mục', 'item', 'items'],
};

function bound(origin: string, limit: number | bigint, inclusive: boolean | undefined, side: 'min' | 'max'): BilingualReason {
  const unit = UNIT_WORDS[origin];
  const n = Number(limit);
  if (unit) {
    if (side === 'min' && n === 1) {
      return origin === 'string'
        ? { vi: 'không được để trống', en: 'must not be empty' }
        : { vi: 'phải có ít nhất 1 mục', en: 'must have at least 1 item' };
    }
    const noun = n === 1 ? unit[1] : unit[2];
    return side === 'min'
      ? { vi: `phải có ít nhất ${n} ${unit[0]}`, en: `must have at least ${n} ${noun}` }
      : { vi: `không được quá ${n} ${unit[0]}`, en: `must have at most ${n} ${noun}` };
  }
  if (side === 'min') {
    return inclusive === false
      ? { vi: `phải lớn hơn ${n}`, en: `must be more than ${n}` }
      : { vi: `phải từ ${n} trở lên`, en: `must be at least ${n}` };
  }
  return inclusive === false
    ? { vi: `phải nhỏ hơn ${n}`, en: `must be less than ${n}` }
    : { vi: `không được lớn hơn ${n}`, en: `must be at most ${n}` };
}

/** "must be <noun>" in both languages, with the value found. */
function mustBe(noun: BilingualReason, found: BilingualReason): BilingualReason {
  return { vi: `phải là ${noun.vi} (đang là ${found.vi})`, en: `must be ${noun.en} (found ${found.en})` };
}

/** A sentence with the value found appended. */
function withFound(text: BilingualReason, found: BilingualReason): BilingualReason {
  return { vi: `${text.vi} (đang là ${found.vi})`, en: `${text.en} (found ${found.en})` };
}

const listOf = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** One of a fixed set of values. */
function oneOf(values: readonly unknown[], found: BilingualReason): BilingualReason {
  return withFound({ vi: `phải là một trong các giá trị ${listOf(values)}`, en: `must be one of ${listOf(values)}` }, found);
}

/**
 * A schema's own noun or sentence in both languages: the Vietnamese registered
 * beside it with `reason()`, or a plain Vietnamese fallback for a message
 * nobody registered (the test of the schemas keeps that from happening).
 */
function schemaWords(en: string, fallbackVi: string): BilingualReason {
  return { vi: vietnameseOf(en) ?? fallbackVi, en };
}

/**
 * What a string must look like, as a noun: the schema phrases its patterns as
 * nouns ("a time HH:mm such as 07:30") registered with `reason()`; a pattern
 * nobody phrased says only that the form is wrong.
 */
function formatNoun(format: string, message: string): BilingualReason {
  const registered = vietnameseOf(message);
  if (registered !== undefined) return { vi: registered, en: message };
  if (format === 'regex') return { vi: 'một giá trị đúng định dạng', en: message };
  if (format === 'url') return { vi: 'một địa chỉ web, ví dụ http://192.168.1.10:8080', en: 'a web address such as http://192.168.1.10:8080' };
  return { vi: `một ${format} hợp lệ`, en: `a valid ${format}` };
}

export type DescribedIssue = { path: ConfigPath } & BilingualReason;

/**
 * One zod issue may become several config issues (an object with two unknown
 * fields gives one line per field).
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): DescribedIssue[] {
  const found = describeValue(valueAt(input, issue.path));
  const at = (text: BilingualReason, path: ConfigPath = issue.path): DescribedIssue[] => [{ path, ...text }];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...issue.path, key],
        vi: 'trường không có trong cấu hình hội trường (kiểm tra chính tả và thụt lề)',
        en: 'unknown field: the hall config has no such field (check its spelling and indentation)',
      }));
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) {
        return at({ vi: 'đang thiếu; trường này là bắt buộc', en: 'is missing; this field is required' });
      }
      const expected = TYPE_WORDS[issue.expected] ?? { vi: issue.expected, en: issue.expected };
      return at(mustBe(expected, found));
    }
    case 'too_small':
      return at(withFound(bound(issue.origin, issue.minimum, issue.inclusive, 'min'), found));
    case 'too_big':
      return at(withFound(bound(issue.origin, issue.maximum, issue.inclusive, 'max'), found));
    case 'invalid_format':
      return at(mustBe(formatNoun(issue.format, issue.message), found));
    case 'invalid_value':
      return at(oneOf(issue.values, found));
    case 'invalid_union': {
      const discriminator =
        'discriminator' in issue && typeof issue.discriminator === 'string' ? issue.discriminator : undefined;
      if (discriminator) {
        const path = issue.path.at(-1) === discriminator ? issue.path : [...issue.path, discriminator];
        const kind = describeValue(valueAt(input, path));
        return at(withFound({ vi: 'không phải là một loại được phép', en: 'is not one of the allowed kinds' }, kind), path);
      }
      // A union of literals (ratingScale: 3 | 5) reads best as the list of allowed values.
      const values = issue.errors.flatMap((branch) =>
        branch.length === 1 && branch[0]?.code === 'invalid_value' ? branch[0].values : [null],
      );
      if (values.length > 0 && !values.includes(null)) return at(oneOf(values, found));
      return at(withFound({ vi: 'không khớp với dạng nào được phép', en: 'does not match any allowed form' }, found));
    }
    case 'invalid_key': {
      // A record's key (a header name): say what the name must be, with the name found.
      const key = issue.path.at(-1);
      const inner = issue.issues.flatMap((i) => describeIssue(i, key))[0];
      if (inner === undefined) return at({ vi: 'tên này không được dùng ở đây', en: 'this name is not allowed here' });
      return at({ vi: `tên ${inner.vi}`, en: `the name ${inner.en}` });
    }
    case 'not_multiple_of':
      return at(withFound({ vi: `phải là bội số của ${String(issue.divisor)}`, en: `must be a multiple of ${String(issue.divisor)}` }, found));
    case 'custom': {
      // Cross-checks carry their Vietnamese in params; refinements registered theirs with `reason()`.
      const carried = vietnameseParam(issue.params);
      if (carried !== undefined) return at({ vi: carried, en: issue.message });
      const words = schemaWords(issue.message, 'không hợp lệ');
      // "a …" refinements are nouns and need the value; sentences already name it.
      return at(/^an? /.test(issue.message) ? mustBe(words, found) : words);
    }
    default:
      return at({ vi: `không hợp lệ (đang là ${found.vi})`, en: issue.message });
  }
}

/** All of a zod error's issues as config issues, without line numbers yet. */
export function describeZodError(error: z.ZodError, input: unknown): DescribedIssue[] {
  return error.issues.flatMap((issue) => describeIssue(issue, input));
}
