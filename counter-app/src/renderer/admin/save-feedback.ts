/**
 * What the console says after a save: the hub's field issues by path (shown
 * next to the fields), and for a refusal that has a safe way round, which one.
 * Pure, so it is unit-tested.
 */
import type { LocalizedText } from '@luot/protocol';
import type { ConfigProblem, ConfigRefusal } from './config-api';

/** The safe path offered beside a refusal. */
export type SafePath = 'move-waiting-tickets' | 'apply-tomorrow' | 'sign-officer-out' | null;

/** `services[2].prefix`, `services.2.prefix` and `["services",2,"prefix"]` all name the same field. */
export function normalizePath(path: string | readonly (string | number)[]): string {
  const parts = typeof path === 'string' ? path.replace(/\[(\d+)\]/g, '.$1').split('.') : path.map(String);
  return parts.filter((p) => p !== '').join('.');
}

/**
 * Field issues keyed by normalized path; a path given twice keeps both messages.
 * From a refusal's problems (or its single field), or a dry run's problems.
 */
export function fieldIssuesOf(error: ConfigRefusal | null, problems: readonly ConfigProblem[] = []): Map<string, (LocalizedText | string)[]> {
  const issues = new Map<string, (LocalizedText | string)[]>();
  const add = (path: string, message: LocalizedText | string) => {
    const key = normalizePath(path);
    issues.set(key, [...(issues.get(key) ?? []), message]);
  };
  for (const problem of problems) add(problem.path, problem.message);
  if (error === null) return issues;
  for (const problem of error.problems ?? []) add(problem.path, problem.message);
  if ((error.problems ?? []).length === 0 && error.field !== undefined) add(error.field, error.message);
  return issues;
}

/** A change the hub answered without writing it, because of problems: read as a refusal (the first problem's words). */
export function refusalFromProblems(problems: readonly ConfigProblem[]): ConfigRefusal | null {
  const first = problems[0];
  if (first === undefined) return null;
  return { code: first.code as ConfigRefusal['code'], message: first.message, problems: [...problems] };
}

/** The issues of one field and, with `nested`, of everything under it (a whole service's row). */
export function issuesAt(
  issues: Map<string, (LocalizedText | string)[]>,
  path: string,
  nested = false,
): (LocalizedText | string)[] {
  const key = normalizePath(path);
  if (!nested) return issues.get(key) ?? [];
  return [...issues.entries()].filter(([k]) => k === key || k.startsWith(`${key}.`)).flatMap(([, v]) => v);
}

/** Which safe path a refusal offers, from its code. */
export function safePathOf(error: ConfigRefusal | null): SafePath {
  if (error === null) return null;
  const codes = [error.code as string, ...(error.problems ?? []).map((p) => p.code)];
  for (const code of codes) {
    const path = safePathOfCode(code);
    if (path !== null) return path;
  }
  return null;
}

function safePathOfCode(code: string): SafePath {
  switch (code) {
    case 'service_has_waiting_tickets':
      return 'move-waiting-tickets';
    case 'counter_has_officer':
      return 'sign-officer-out';
    case 'numbering_change_mid_day':
      return 'apply-tomorrow';
    default:
      return null;
  }
}

/** A one-line reason is required for every change: trimmed, at least 3 characters, at most 200. */
export function reasonProblem(reason: string): 'empty' | 'too-long' | null {
  const r = reason.trim();
  if (r.length < 3) return 'empty';
  if (r.length > 200) return 'too-long';
  return null;
}
