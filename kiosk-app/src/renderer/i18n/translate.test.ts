import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LANGUAGES, pickText, placeholdersOf, translate } from './translate';
import { LANGUAGE_INFO, nextLanguage } from './languages';
import { vi } from './vi';

describe('translations', () => {
  const viKeys = Object.keys(vi).sort();

  it.each(LANGUAGES)('%s has exactly the Vietnamese keys', (language) => {
    expect(Object.keys(DICTIONARIES[language]).sort()).toEqual(viKeys);
  });

  it.each(LANGUAGES)('%s has no blank text', (language) => {
    const blank = Object.entries(DICTIONARIES[language]).filter(([, text]) => text.trim() === '');
    expect(blank).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = viKeys.filter(
      (key) => placeholdersOf(DICTIONARIES.vi[key as keyof typeof vi]).join() !== placeholdersOf(DICTIONARIES.en[key as keyof typeof vi]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('really translates: English differs from Vietnamese except for names', () => {
    const same = viKeys.filter((key) => DICTIONARIES.vi[key as keyof typeof vi] === DICTIONARIES.en[key as keyof typeof vi]);
    expect(same).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('vi', 'ticket.peopleAhead', { count: 3 })).toBe('Có 3 người chờ trước quý khách');
    expect(translate('en', 'ticket.wait', { minutes: 12 })).toBe('Estimated wait: about 12 min');
    expect(translate('vi', 'ticket.wait')).toBe('Thời gian chờ dự kiến: khoảng {minutes} phút');
  });

  it('picks the hub text in the current language, Vietnamese when English is blank', () => {
    expect(pickText({ vi: 'Đất đai', en: 'Land' }, 'en')).toBe('Land');
    expect(pickText({ vi: 'Đất đai', en: 'Land' }, 'vi')).toBe('Đất đai');
    expect(pickText({ vi: 'Đất đai', en: ' ' }, 'en')).toBe('Đất đai');
  });
});

describe('languages', () => {
  it('names every language in itself, for the switch', () => {
    expect(LANGUAGES.map((l) => LANGUAGE_INFO[l].autonym)).toEqual(['Tiếng Việt', 'English']);
    // The switch text of each dictionary is the other language's own name.
    expect(translate('vi', 'lang.switch')).toBe(LANGUAGE_INFO.en.autonym);
    expect(translate('en', 'lang.switch')).toBe(LANGUAGE_INFO.vi.autonym);
  });

  it('goes through every language in order, back to the first', () => {
    expect(nextLanguage(LANGUAGES, 'vi')).toBe('en');
    expect(nextLanguage(LANGUAGES, 'en')).toBe('vi');
    expect(nextLanguage(['vi', 'en', 'tay'], 'en')).toBe('tay');
    expect(nextLanguage(['vi', 'en', 'tay'], 'tay')).toBe('vi');
  });
});
