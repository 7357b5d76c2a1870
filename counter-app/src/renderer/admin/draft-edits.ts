/**
 * Pure edits of the config draft the screens make: reorder, add, remove,
 * keep day lists sorted and unique. Each returns a new value (React state).
 */
import type { HallConfigDoc, ServiceDoc } from './config-doc';

/** Moves one item up (-1) or down (+1); out of range leaves the list as it is. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** Adds a day (YYYY-MM-DD) keeping the list sorted and without duplicates. */
export function addDay(days: readonly string[] | undefined, day: string): string[] {
  return [...new Set([...(days ?? []), day])].sort();
}

/** Adds a value that is not there yet, or takes it out: a service ticked on a counter, a weekday. */
export function toggle<T>(list: readonly T[] | undefined, value: T): T[] {
  const current = list ?? [];
  return current.includes(value) ? current.filter((x) => x !== value) : [...current, value];
}

/**
 * A new service with a code and a ticket prefix no other service uses, in the
 * first department: the admin then names it. Prefixes are tried A…Z, then two letters.
 */
export function newService(doc: HallConfigDoc): ServiceDoc {
  const codes = new Set(doc.services.map((s) => s.code));
  const prefixes = new Set(doc.services.map((s) => s.prefix));
  let n = doc.services.length + 1;
  while (codes.has(`dich-vu-${n}`)) n += 1;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
  const candidates = [...letters, ...letters.flatMap((a) => letters.map((b) => a + b))];
  const prefix = candidates.find((p) => !prefixes.has(p)) ?? 'ZZ';
  return {
    code: `dich-vu-${n}`,
    name: { vi: '', en: '' },
    department: doc.departments[0]?.code ?? '',
    prefix,
    numberWidth: 3,
    dailyCap: 999,
  };
}

/** "a, b ,c" → ["a","b","c"]: the console's short lists typed in one field. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/** A number field's text as the config's number; empty means "not set" (the schema's default). */
export function numberOrUndefined(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** Sets or removes an optional field, so "not set" never becomes an empty string the schema refuses. */
export function withOptional<T extends object, K extends keyof T>(item: T, key: K, value: T[K] | undefined | ''): T {
  const copy = { ...item };
  if (value === undefined || value === '') delete copy[key];
  else copy[key] = value;
  return copy;
}

/**
 * Sets the hall's holidays or make-up days. The processing calendar (due
 * dates) follows the hall's list unless the hall keeps a list of its own:
 * when its list is absent or was the same as the hall's, it moves along.
 */
export function setCalendarDays(doc: HallConfigDoc, key: 'holidays' | 'makeUpDays', days: string[]): HallConfigDoc {
  const processing = (doc.processing ?? undefined) as Record<string, unknown> | undefined;
  const before = doc.hours[key] ?? [];
  const own = processing?.[key];
  const follows = own === undefined || JSON.stringify(own) === JSON.stringify(before);
  return {
    ...doc,
    hours: { ...doc.hours, [key]: days },
    ...(processing !== undefined && follows && own !== undefined ? { processing: { ...processing, [key]: days } } : {}),
  };
}

/**
 * Removes a service and its place in every counter's preference list, so the
 * only problems left for the hub to name are real ones (procedures still
 * filed under it, a counter left with nothing to serve, citizens waiting).
 */
export function removeService(doc: HallConfigDoc, index: number): HallConfigDoc {
  const code = doc.services[index]?.code;
  if (code === undefined) return doc;
  return {
    ...doc,
    services: removeAt(doc.services, index),
    counters: doc.counters.map((c) => (c.services.includes(code) ? { ...c, services: c.services.filter((s) => s !== code) } : c)),
  };
}
