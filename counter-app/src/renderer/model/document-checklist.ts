/**
 * The documents the officer ticks when receiving a dossier: the procedure's
 * required list from the catalogue (with its expected originals and copies),
 * plus any document the officer adds. Pure; the panel keeps it in state.
 */
import type { ReceivedDocument } from '@luot/protocol';

export interface ChecklistItem {
  name: string;
  /** Required by the procedure (from the catalogue), or added by the officer. */
  required: boolean;
  received: boolean;
  originals: number;
  copies: number;
}

export type Checklist = readonly ChecklistItem[];

/** Counts the hub accepts per document (receivedDocumentSchema). */
export const MAX_COUNT = 99;

const clampCount = (n: number) => (Number.isFinite(n) ? Math.min(MAX_COUNT, Math.max(0, Math.trunc(n))) : 0);

/**
 * Builds the checklist: the catalogue's documents with their expected counts,
 * unticked; documents already recorded on the dossier (a dossier opened again)
 * come ticked with their recorded counts, and extra ones are appended.
 */
export function buildChecklist(
  required: readonly { name: string; originals: number; copies: number }[],
  recorded: readonly ReceivedDocument[] = [],
): ChecklistItem[] {
  const byName = new Map(recorded.map((d) => [d.name, d]));
  const items: ChecklistItem[] = required.map((doc) => {
    const got = byName.get(doc.name);
    byName.delete(doc.name);
    return got
      ? { name: doc.name, required: true, received: true, originals: got.originals, copies: got.copies }
      : { name: doc.name, required: true, received: false, originals: doc.originals, copies: doc.copies };
  });
  for (const got of byName.values()) items.push({ ...got, required: false, received: true });
  return items;
}

export function toggleItem(list: Checklist, index: number, received: boolean): ChecklistItem[] {
  return list.map((item, i) => (i === index ? { ...item, received } : item));
}

export function setCount(
  list: Checklist,
  index: number,
  field: 'originals' | 'copies',
  value: number,
): ChecklistItem[] {
  return list.map((item, i) => (i === index ? { ...item, [field]: clampCount(value) } : item));
}

/** Adds a document the catalogue does not list; a blank or duplicate name changes nothing. */
export function addItem(list: Checklist, name: string): ChecklistItem[] {
  const clean = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (clean === '' || list.some((item) => item.name === clean)) return [...list];
  return [...list, { name: clean, required: false, received: true, originals: 1, copies: 0 }];
}

export type ChecklistProblem = 'none_received' | 'empty_counts';

/** What `dossier:receive` gets: the ticked documents with their counts, or why not yet. */
export function receivedDocuments(
  list: Checklist,
): { ok: true; documents: ReceivedDocument[] } | { ok: false; problem: ChecklistProblem; name?: string } {
  const ticked = list.filter((item) => item.received);
  if (ticked.length === 0) return { ok: false, problem: 'none_received' };
  const empty = ticked.find((item) => item.originals + item.copies === 0);
  if (empty) return { ok: false, problem: 'empty_counts', name: empty.name };
  return { ok: true, documents: ticked.map(({ name, originals, copies }) => ({ name, originals, copies })) };
}

/** Required documents not ticked: the natural supplement items. */
export function missingDocuments(list: Checklist): string[] {
  return list.filter((item) => item.required && !item.received).map((item) => item.name);
}

/** Supplement items typed one per line: trimmed, blanks and repeats dropped. */
export function parseItemLines(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const clean = line.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (clean !== '') seen.add(clean);
  }
  return [...seen];
}
