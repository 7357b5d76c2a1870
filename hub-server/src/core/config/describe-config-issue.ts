/**
 * Turns zod's issues into the plain sentences a hall administrator reads:
 * the field as a path (`services[3].prefix`) and why it is wrong, with the
 * value that was found where that helps.
 */
import type { z } from 'zod';
import type { HallConfigIssue } from './hall-config-error';

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

/** A short, human description of a value found in the file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'a group of fields';
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

const UNIT_WORDS: Record<string, [string, string]> = {
  string: ['character', 'characters'],
  array: ['item', 'items'],
  set: ['item', 'items'],
};

function bound(origin: string, limit: number | bigint, inclusive: boolean | undefined, side: 'min' | 'max'): string {
  const unit = UNIT_WORDS[origin];
  const n = Number(limit);
  if (unit) {
    if (side === 'min' && n === 1) return origin === 'string' ? 'must not be empty' : 'must have at least 1 item';
    const noun = n === 1 ? unit[0] : unit[1];
    return side === 'min' ? `must have at least ${n} ${noun}` : `must have at most ${n} ${noun}`;
  }
  if (side === 'min') return inclusive === false ? `must be more than ${n}` : `must be at least ${n}`;
  return inclusive === false ? `must be less than ${n}` : `must be at most ${n}`;
}

/**
 * One zod issue may become several config issues (an object with two unknown
 * fields gives one line per field).
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): Array<{ path: ConfigPath; message: string }> {
  const found = valueAt(input, issue.path);
  const got = ` (found ${describeValue(found)})`;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...issue.path, key],
        message: 'unknown field: the hall config has no such field (check its spelling and indentation)',
      }));
    case 'invalid_type': {
      if (found === undefined) return [{ path: issue.path, message: 'is missing; this field is required' }];
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return [{ path: issue.path, message: `must be ${expected}${got}` }];
    }
    case 'too_small':
      return [{ path: issue.path, message: bound(issue.origin, issue.minimum, issue.inclusive, 'min') + got }];
    case 'too_big':
      return [{ path: issue.path, message: bound(issue.origin, issue.maximum, issue.inclusive, 'max') + got }];
    case 'invalid_format': {
      // The schema phrases its patterns as nouns ("a time HH:mm such as 07:30").
      const what =
        issue.format === 'regex'
          ? issue.message
          : issue.format === 'url'
            ? 'a web address such as http://192.168.1.10:8080'
            : `a valid ${issue.format}`;
      return [{ path: issue.path, message: `must be ${what}${got}` }];
    }
    case 'invalid_value':
      return [
        { path: issue.path, message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got}` },
      ];
    case 'invalid_union': {
      const discriminator =
        'discriminator' in issue && typeof issue.discriminator === 'string' ? issue.discriminator : undefined;
      if (discriminator) {
        const path = issue.path.at(-1) === discriminator ? issue.path : [...issue.path, discriminator];
        return [
          { path, message: `is not one of the allowed kinds${` (found ${describeValue(valueAt(input, path))})`}` },
        ];
      }
      // A union of literals (ratingScale: 3 | 5) reads best as the list of allowed values.
      const values = issue.errors.flatMap((branch) =>
        branch.length === 1 && branch[0]?.code === 'invalid_value' ? branch[0].values : [null],
      );
      if (values.length > 0 && !values.includes(null)) {
        return [
          { path: issue.path, message: `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}${got}` },
        ];
      }
      return [{ path: issue.path, message: `does not match any allowed form${got}` }];
    }
    case 'not_multiple_of':
      return [{ path: issue.path, message: `must be a multiple of ${String(issue.divisor)}${got}` }];
    case 'custom':
      // Our own refinements: "must" sentences need the value, others already name it.
      return [
        {
          path: issue.path,
          message: issue.message.startsWith('a ') ? `must be ${issue.message}${got}` : issue.message,
        },
      ];
    default:
      return [{ path: issue.path, message: issue.message }];
  }
}

/** All of a zod error's issues as config issues, without line numbers yet. */
export function describeZodError(
  error: z.ZodError,
  input: unknown,
): Array<{ path: ConfigPath } & Omit<HallConfigIssue, 'path'>> {
  return error.issues.flatMap((issue) => describeIssue(issue, input));
}
