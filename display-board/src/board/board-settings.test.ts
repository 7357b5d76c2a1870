import { describe, expect, it } from 'vitest';
import { parseBoardSettings, TOKEN_STORAGE_KEY } from './board-settings';
import { formatVietnameseDate, formatVietnameseTime } from './vietnamese-clock';

const memoryStorage = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
};

describe('parseBoardSettings', () => {
  it('remembers the token from the URL and reuses it later', () => {
    const storage = memoryStorage();
    expect(parseBoardSettings('?token=abc', storage, '/display/voice/vi/').settings.token).toBe('abc');
    expect(storage.m.get(TOKEN_STORAGE_KEY)).toBe('abc');
    expect(parseBoardSettings('', storage, '/display/voice/vi/').settings.token).toBe('abc');
  });

  it('reads filters, layout, voice and reading options', () => {
    const { settings, problems } = parseBoardSettings(
      '?area=tang-1&counters=1,2,3&layout=portrait&voice=speech&reading=digits&dialect=south&repeat=3&english=1&flash=5&page=4&recent=8',
      null,
      '/v/',
    );
    expect(problems).toEqual([]);
    expect(settings.filter).toEqual({ area: 'tang-1', counters: [1, 2, 3] });
    expect(settings.layout).toBe('portrait');
    expect(settings.voice).toBe('speech');
    expect(settings.announcement.reading).toMatchObject({ mode: 'digits', zeroTens: 'le', thousand: 'ngan' });
    expect(settings.announcement.repeat).toBe(3);
    expect(settings.announcement.english).not.toBeNull();
    expect(settings.flashSeconds).toBe(5);
    expect(settings.pageSeconds).toBe(4);
    expect(settings.recentCount).toBe(8);
  });

  it('defaults to six recent calls and pages turning every eight seconds; refuses a page time under two', () => {
    expect(parseBoardSettings('', null, '/v/').settings).toMatchObject({ recentCount: 6, pageSeconds: 8 });
    const { settings, problems } = parseBoardSettings('?page=1', null, '/v/');
    expect(problems.map((p) => p.field)).toEqual(['page']);
    expect(settings.pageSeconds).toBe(8);
  });

  it('takes a custom phrase', () => {
    const { settings } = parseBoardSettings(`?phrase=${encodeURIComponent('Xin mời số {number} đến quầy {counter}')}`, null, '/v/');
    expect(settings.announcement.phrase.source).toBe('Xin mời số {number} đến quầy {counter}');
  });

  it('reports bad values as typed errors and falls back to defaults', () => {
    const { settings, problems } = parseBoardSettings('?counters=1,x&layout=round&repeat=9&phrase=hello', null, '/v/');
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['invalid_payload', 'counters'],
      ['invalid_payload', 'phrase'],
      ['invalid_payload', 'layout'],
      ['invalid_payload', 'repeat'],
    ]);
    expect(settings.filter.counters).toBeNull();
    expect(settings.layout).toBe('auto');
    expect(settings.announcement.repeat).toBe(2);
    expect(settings.announcement.phrase.source).toContain('Mời công dân');
  });
});

describe('Vietnamese clock', () => {
  it('formats the date and time in Vietnam time', () => {
    const t = Date.UTC(2026, 10, 23, 2, 5, 9); // 09:05:09 in Vietnam
    expect(formatVietnameseDate(t)).toBe('Thứ Hai, 23/11/2026');
    expect(formatVietnameseTime(t)).toBe('09:05');
    expect(formatVietnameseTime(t, true)).toBe('09:05:09');
    expect(formatVietnameseDate(Date.UTC(2026, 10, 22, 18, 0))).toBe('Thứ Hai, 23/11/2026'); // 01:00 next day local
    expect(formatVietnameseDate(Date.UTC(2026, 10, 22, 12, 0))).toBe('Chủ Nhật, 22/11/2026');
  });
});
