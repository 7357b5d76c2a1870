/**
 * A configurable call phrase: text with `{number}` and `{counter}` slots,
 * e.g. "Mời công dân có số thứ tự {number} đến quầy số {counter}".
 * Each run of fixed text is one voice-pack clip, named from the text
 * (`phrase-` + the text without diacritics, lower case, words joined by `-`),
 * so a hall that changes the wording records one file with a predictable name.
 */
import type { LuotError, Result } from '@luot/protocol/plain';
import { fail, ok } from '@luot/protocol/plain';
import { word, type VoiceWord } from './voice-word';

export const DEFAULT_PHRASE_VI = 'Mời công dân có số thứ tự {number} đến quầy số {counter}';
export const DEFAULT_PHRASE_EN = 'Number {number}, please go to counter {counter}';

export type PhrasePart = { kind: 'text'; word: VoiceWord } | { kind: 'slot'; slot: 'number' | 'counter' };

export interface PhraseTemplate {
  source: string;
  parts: PhrasePart[];
}

/** Strips Vietnamese diacritics and punctuation: "Mời công dân" → "moi-cong-dan". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const invalid = (vi: string, en: string, field: string): LuotError => ({ code: 'invalid_payload', message: { vi, en }, field });

/**
 * @param prefix clip-id prefix: `phrase-` for Vietnamese, `en-phrase-` for English.
 */
export function parsePhraseTemplate(source: string, field = 'phrase', prefix = 'phrase-'): Result<PhraseTemplate> {
  const text = source.trim();
  if (text.length === 0 || text.length > 200) {
    return fail(invalid('Câu gọi phải có 1–200 ký tự.', 'The call phrase must have 1–200 characters.', field));
  }
  const unknown = /\{(?!number\}|counter\})[^}]*\}/.exec(text);
  if (unknown) {
    return fail(invalid(`Câu gọi có chỗ trống lạ ${unknown[0]}; chỉ dùng {number} và {counter}.`, `Unknown slot ${unknown[0]}; use {number} and {counter}.`, field));
  }
  if (!text.includes('{number}')) {
    return fail(invalid('Câu gọi phải có {number}.', 'The call phrase must contain {number}.', field));
  }
  const parts: PhrasePart[] = [];
  for (const piece of text.split(/(\{number\}|\{counter\})/)) {
    if (piece === '{number}') parts.push({ kind: 'slot', slot: 'number' });
    else if (piece === '{counter}') parts.push({ kind: 'slot', slot: 'counter' });
    else {
      const spoken = piece.replace(/^[\s,.;:!]+|[\s,.;:!]+$/g, '');
      const slug = slugify(spoken);
      if (slug) parts.push({ kind: 'text', word: word(spoken, prefix + slug) });
    }
  }
  return ok({ source: text, parts });
}
