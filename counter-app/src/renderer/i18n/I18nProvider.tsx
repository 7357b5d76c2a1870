import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { I18nContext, type I18n } from './i18n-context';
import { LANGUAGES, translate, type Language } from './i18n';

const STORAGE_KEY = 'luot.language';

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  const language = LANGUAGES.find((l) => l === saved) ?? 'vi';
  document.documentElement.lang = language;
  return language;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const toggle = useCallback(() => {
    setLanguage((current) => {
      const next: Language = current === 'vi' ? 'en' : 'vi';
      localStorage.setItem(STORAGE_KEY, next);
      document.documentElement.lang = next;
      return next;
    });
  }, []);
  const value = useMemo<I18n>(
    () => ({ language, toggle, t: (key, params) => translate(language, key, params), pick: (text) => text[language] }),
    [language, toggle],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
