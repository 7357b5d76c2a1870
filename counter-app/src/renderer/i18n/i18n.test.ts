import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LANGUAGES, placeholdersOf, translate } from './i18n';
import { vi } from './vi';
import { en } from './en';

describe('translations', () => {
  it('have the same keys in every language, none empty', () => {
    const keys = Object.keys(vi).sort();
    for (const language of LANGUAGES) {
      const dictionary = DICTIONARIES[language];
      expect(Object.keys(dictionary).sort()).toEqual(keys);
      for (const key of keys) expect(dictionary[key as keyof typeof vi].trim(), `${language}:${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholdersOf(en[key]), key).toEqual(placeholdersOf(vi[key]));
    }
  });

  it('are really Vietnamese first (diacritics present)', () => {
    expect(vi['action.callNext']).toBe('Gọi số tiếp theo');
    expect(
      Object.values(vi).filter((text) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(text)).length,
    ).toBeGreaterThan(100);
  });

  it('fill placeholders and keep unknown ones visible', () => {
    expect(translate('vi', 'header.counter', { number: 5 })).toBe('Quầy 5');
    expect(translate('en', 'header.counter', { number: 5 })).toBe('Counter 5');
    expect(translate('vi', 'header.counter')).toBe('Quầy {number}');
  });
});
