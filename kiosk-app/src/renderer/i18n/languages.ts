/**
 * The kiosk's languages and how a new one joins: each language is named in
 * itself on the switch ("Tiếng Việt", "English"), so a citizen finds theirs
 * without reading the current one.
 *
 * Room for a minority-language pack (Tày, Nùng, H'Mông, Dao…): a pack is a
 * dictionary of the kiosk's texts that may be partial (`PackMessages`): what
 * it does not translate yet is shown in Vietnamese (`FALLBACK`), and the hub's
 * own bilingual texts (department names, its errors) are shown in the
 * language the pack names in `hubText`. Adding one: a file beside vi.ts
 * (`export const tay = {…} satisfies PackMessages`), its code in LANGUAGES
 * (translate.ts), its entry here with the name its speakers use, and its
 * weekday names (dossier/appointment-day.ts). The switch then goes through
 * every language in order.
 */
import type { Messages } from './vi';

export type PackMessages = Partial<Messages>;

export interface LanguageInfo {
  /** The language's name in the language itself. */
  autonym: string;
  /** Which half of the hub's { vi, en } texts this language shows. */
  hubText: 'vi' | 'en';
}

/** Texts a partial pack leaves out are shown in this language. */
export const FALLBACK = 'vi' as const;

export const LANGUAGE_INFO = {
  vi: { autonym: 'Tiếng Việt', hubText: 'vi' },
  en: { autonym: 'English', hubText: 'en' },
} as const satisfies Record<string, LanguageInfo>;

/** The language the switch offers next, in the order given (back to the first after the last). */
export function nextLanguage<L extends string>(languages: readonly L[], current: L): L {
  const at = languages.indexOf(current);
  return languages[(at + 1) % languages.length] ?? current;
}
