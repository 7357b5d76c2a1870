import { describe, expect, it } from 'vitest';
import { ago, monthToDate, officerLabel, TEXTS } from './texts';

describe('the province view texts', () => {
  it('have both languages for every word, Vietnamese with its diacritics', () => {
    for (const [key, text] of Object.entries(TEXTS)) {
      expect(text.vi.length, key).toBeGreaterThan(0);
      expect(text.en.length, key).toBeGreaterThan(0);
    }
    expect(TEXTS.longestWait.vi).toBe('Chờ lâu nhất');
  });

  it('say how long ago, in either language', () => {
    const now = Date.parse('2026-11-23T03:00:00Z');
    expect(ago(null, now, 'vi')).toBe('chưa bao giờ');
    expect(ago(now - 20_000, now, 'en')).toBe('just now');
    expect(ago(now - 5 * 60_000, now, 'vi')).toBe('5 phút trước');
    expect(ago(now - 5 * 3_600_000, now, 'en')).toBe('5 h ago');
  });

  it('default the report to the month so far in the hall time zone', () => {
    expect(monthToDate(Date.parse('2026-11-30T18:00:00Z'))).toEqual({ from: '2026-12-01', to: '2026-12-01' });
    expect(monthToDate(Date.parse('2026-11-23T03:00:00Z'))).toEqual({ from: '2026-11-01', to: '2026-11-23' });
  });

  it("name an officer line by the hall's name, or as unknown when the hub did not say", () => {
    expect(officerLabel('Nguyễn Văn An', 'en')).toBe('Nguyễn Văn An');
    expect(officerLabel(null, 'vi')).toBe('Không rõ cán bộ');
    expect(officerLabel(null, 'en')).toBe('Unknown officer');
  });
});
