import { describe, expect, it } from 'vitest';
import { readSettings, SettingsError } from './settings';

describe('the province link settings', () => {
  const hall = { LUOT_CONFIG: 'hall.yaml' };

  it('are off by default and on with a URL and a token', () => {
    expect(readSettings(hall).province).toBeUndefined();
    expect(
      readSettings({ ...hall, LUOT_PROVINCE_URL: 'https://tinh.example.vn', LUOT_PROVINCE_TOKEN: 'hall_x' }).province,
    ).toEqual({
      url: 'https://tinh.example.vn',
      token: 'hall_x',
    });
  });

  it('refuse one without the other, and a URL that is not http(s)', () => {
    expect(() => readSettings({ ...hall, LUOT_PROVINCE_URL: 'https://tinh.example.vn' })).toThrow(SettingsError);
    expect(() => readSettings({ ...hall, LUOT_PROVINCE_TOKEN: 'hall_x' })).toThrow(/go together/);
    expect(() =>
      readSettings({ ...hall, LUOT_PROVINCE_URL: 'tinh.example.vn', LUOT_PROVINCE_TOKEN: 'hall_x' }),
    ).toThrow(/http\(s\) URL/);
  });
});
