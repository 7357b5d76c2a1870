import { createContext } from 'react';
import type { LocalizedText } from '@luot/protocol/plain';
import type { Language, MessageParams } from './translate';
import type { MessageKey } from './vi';

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: MessageParams): string;
  pick(text: LocalizedText): string;
}

export const I18nContext = createContext<I18n | null>(null);
