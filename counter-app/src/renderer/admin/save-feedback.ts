/**
 * What the console says after a save: the hub's field issues by path (shown
 * next to the fields), and for a refusal that has a safe way round, which one.
 * Pure, so it is unit-tested.
 */
import type { LocalizedText } from '@luot/protocol';
import type { ConfigRefusal } from './config-api';

/** The safe path offered beside a refusal. */
export type SafePath = 'move-waiting-tickets' | 'apply-tomorrow' | 'sign-officer-out' | null;

/** `services[2].prefix`, `services.2.prefix` and `["services",2,"prefix"]` all name the same field. */
export function normalizePath(path: string | readonly (string | number)[]): string {
  const parts = typeof path === 'string' ? path.replace(/\[(\d+)\]/g, '.$1').split('.') : path.map(String);
  return parts.filter((p) => p !== '').join('.');
}

/** Field issues keyed by normalized path; a path given twice keeps both messages. */
export function fieldIssuesOf(error: ConfigRefusal | null): Map<string, (LocalizedText | string)[]> {
  const issues = new Map<string, (LocalizedText | string)[]>();
  if (error === null) return issues;
  const add = (path: string, message: LocalizedText | string) => {
    const key = normalizePath(path);
    issues.set(key, [...(issues.get(key) ?? []), message]);
  };
  for (const issue of error.issues ?? []) add(issue.path, issue.message);
  if ((error.issues ?? []).length === 0 && error.field !== undefined) add(error.field, error.message);
  return issues;
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
  switch (error.code as string) {
    case 'service_has_waiting_tickets':
      return 'move-waiting-tickets';
    case 'counter_has_officer':
    case 'counter_in_use':
      return 'sign-officer-out';
    case 'change_needs_tomorrow':
    case 'prefix_change_mid_day':
    case 'apply_from_tomorrow':
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
