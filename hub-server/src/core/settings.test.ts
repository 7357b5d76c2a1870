import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_HALL_CONFIG_PATH } from './config/load-hall-config';
import { readSettings, SettingsError } from './settings';

describe('readSettings', () => {
  it('is a real hall unless asked for the demo: no config and no LUOT_DEMO is refused in both languages', () => {
    expect(() => readSettings({})).toThrow(SettingsError);
    expect(() => readSettings({})).toThrow(/Chưa có cấu hình hội trường[\s\S]*No hall config/);
    expect(readSettings({ LUOT_CONFIG: 'hall.yaml' })).toMatchObject({ demo: false, configPath: resolve('hall.yaml') });
  });

  it('runs the bundled demo hall, or the given config, as the demo with LUOT_DEMO=1', () => {
    expect(readSettings({ LUOT_DEMO: '1' })).toMatchObject({ demo: true, configPath: DEMO_HALL_CONFIG_PATH });
    expect(readSettings({ LUOT_DEMO: '1', LUOT_CONFIG: 'all-day.yaml' })).toMatchObject({ demo: true, configPath: resolve('all-day.yaml') });
    expect(readSettings({ LUOT_DEMO: '0', LUOT_CONFIG: 'hall.yaml' }).demo).toBe(false);
  });

  it('reads the TLS settings: a certificate with its key, or self-signed, never half or both', () => {
    const hall = { LUOT_CONFIG: 'hall.yaml' };
    expect(readSettings(hall).tls).toBeNull();
    expect(readSettings({ ...hall, LUOT_TLS_CERT: 'hub.crt', LUOT_TLS_KEY: 'hub.key' }).tls).toEqual({ kind: 'files', certPath: resolve('hub.crt'), keyPath: resolve('hub.key') });
    expect(readSettings({ ...hall, LUOT_TLS: 'self-signed' }).tls).toEqual({ kind: 'self-signed' });
    expect(() => readSettings({ ...hall, LUOT_TLS_CERT: 'hub.crt' })).toThrow(/go together/);
    expect(() => readSettings({ ...hall, LUOT_TLS: 'yes' })).toThrow(/self-signed/);
    expect(() => readSettings({ ...hall, LUOT_TLS: 'self-signed', LUOT_TLS_CERT: 'a', LUOT_TLS_KEY: 'b' })).toThrow(/exclude each other/);
  });

  it('reads the allowed origins, refusing anything but an origin', () => {
    const hall = { LUOT_CONFIG: 'hall.yaml' };
    expect(readSettings({ ...hall, LUOT_ALLOWED_ORIGINS: 'http://localhost:5173, https://dev.hall.lan' }).allowedOrigins).toEqual(['http://localhost:5173', 'https://dev.hall.lan']);
    expect(() => readSettings({ ...hall, LUOT_ALLOWED_ORIGINS: 'http://localhost:5173/kiosk/' })).toThrow(/scheme, host and port only/);
    expect(() => readSettings({ ...hall, LUOT_ALLOWED_ORIGINS: 'localhost' })).toThrow(/not an origin/);
  });

  it('puts the personal-data key in the data directory unless LUOT_KEY_FILE moves it', () => {
    const hall = { LUOT_CONFIG: 'hall.yaml', LUOT_DATA_DIR: '/srv/luot' };
    expect(readSettings(hall).keyFile).toBe(join(resolve('/srv/luot'), 'luot.key'));
    expect(readSettings({ ...hall, LUOT_KEY_FILE: '/media/usb/hall.key' }).keyFile).toBe('/media/usb/hall.key');
  });
});
