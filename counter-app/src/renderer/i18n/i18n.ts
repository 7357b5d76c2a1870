/**
 * Translation: Vietnamese first, English as the switch. The language is
 * remembered per terminal. `translate` is pure so it can be tested.
 */
import type { LocalizedText } from '@luot/protocol';
import { en } from './en';
import { vi, type Dictionary, type MessageKey } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DICTIONARIES: Record<Language, Dictionary> = { vi, en };

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; a placeholder without a value stays visible so it is noticed. */
export function translate(language: Language, key: MessageKey, params?: Params): string {
  const text = DICTIONARIES[language][key];
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Picks the language from a protocol `LocalizedText` (hub messages, service names). */
export const pick = (language: Language, text: LocalizedText): string => text[language];

/** The placeholders a text uses, sorted, for the completeness test. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

export type { MessageKey };
