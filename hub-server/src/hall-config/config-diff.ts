/**
 * A readable diff between two hall configs: one entry per field that was
 * added, removed or changed, at a path such as `services[code=A].prefix`.
 * Lists of things with a key (services, counters, procedures…) are matched
 * by that key, so inserting a service shows one service added, not every
 * later service changed. Pure.
 */
import type { ConfigDiffEntry } from '@luot/protocol';

/** The key each keyed list is matched by. */
const LIST_KEYS: Readonly<Record<string, string>> = {
  departments: 'code',
  services: 'code',
  counters: 'number',
  procedures: 'code',
  staff: 'username',
  devices: 'id',
  sessions: 'name',
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function diffConfigs(before: unknown, after: unknown): ConfigDiffEntry[] {
  const out: ConfigDiffEntry[] = [];
  walk(before, after, '', '', out);
  return out;
}

function walk(before: unknown, after: unknown, path: string, key: string, out: ConfigDiffEntry[]): void {
  if (before === undefined && after === undefined) return;
  if (before === undefined) return void out.push({ path, kind: 'added', after });
  if (after === undefined) return void out.push({ path, kind: 'removed', before });
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const k of keys) walk(before[k], after[k], path === '' ? k : `${path}.${k}`, k, out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const by = LIST_KEYS[key];
    if (by !== undefined && [...before, ...after].every((item) => isObject(item) && item[by] !== undefined)) {
      return keyedList(before as Record<string, unknown>[], after as Record<string, unknown>[], by, path, out);
    }
    if (!sameJson(before, after)) out.push({ path, kind: 'changed', before, after });
    return;
  }
  if (!sameJson(before, after)) out.push({ path, kind: 'changed', before, after });
}

function keyedList(before: Record<string, unknown>[], after: Record<string, unknown>[], by: string, path: string, out: ConfigDiffEntry[]): void {
  const label = (item: Record<string, unknown>) => `${path}[${by}=${String(item[by])}]`;
  const old = new Map(before.map((item) => [item[by], item]));
  const now = new Set(after.map((item) => item[by]));
  for (const item of after) walk(old.get(item[by]), item, label(item), '', out);
  for (const item of before) if (!now.has(item[by])) out.push({ path: label(item), kind: 'removed', before: item });
  // A list reordered (a counter's preference, the kiosk's order) is a change too.
  const order = (items: Record<string, unknown>[]) => items.map((i) => i[by]).filter((k) => old.has(k) && now.has(k));
  if (!sameJson(order(before) as Json, order(after) as Json)) out.push({ path, kind: 'changed', before: order(before), after: order(after) });
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
