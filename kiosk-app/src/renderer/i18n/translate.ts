/** Looks up a message and fills its `{name}` placeholders. Pure, so it is unit tested. */
import type { LocalizedText } from '@luot/protocol/plain';
import { en } from './en';
import { FALLBACK, LANGUAGE_INFO, type PackMessages } from './languages';
import { vi, type MessageKey, type Messages } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DICTIONARIES: Record<Language, Messages> = { vi, en };
/** Every language's dictionary as a possibly partial pack (i18n/languages.ts): missing texts fall back to Vietnamese. */
const PACKS: Record<Language, PackMessages> = DICTIONARIES;

export type MessageParams = Record<string, string | number>;

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = PACKS[language][key] ?? DICTIONARIES[FALLBACK][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Picks the hub's bilingual text in the current language (falls back to Vietnamese when English is blank). */
export function pickText(text: LocalizedText, language: Language): string {
  return LANGUAGE_INFO[language].hubText === 'en' && text.en.trim() !== '' ? text.en : text.vi;
}

/** The names of a template's placeholders, sorted. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
