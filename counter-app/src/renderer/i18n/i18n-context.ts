import { createContext, useContext } from 'react';
import type { LocalizedText } from '@luot/protocol';
import type { Language, MessageKey, Params } from './i18n';

export interface I18n {
  language: Language;
  toggle(): void;
  t(key: MessageKey, params?: Params): string;
  /** The current language's side of a LocalizedText (service names, hub errors). */
  pick(text: LocalizedText): string;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
