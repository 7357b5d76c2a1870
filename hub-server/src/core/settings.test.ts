import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings } from './settings';

describe('the personal-data key setting', () => {
  it('defaults to luot.key in the data directory, and LUOT_KEY_FILE moves it', () => {
    expect(readSettings({ LUOT_DATA_DIR: '/srv/luot' }).keyFile).toBe(join(resolve('/srv/luot'), 'luot.key'));
    expect(readSettings({ LUOT_DATA_DIR: '/srv/luot', LUOT_KEY_FILE: '/media/usb/hall.key' }).keyFile).toBe(
      '/media/usb/hall.key',
    );
  });
});
