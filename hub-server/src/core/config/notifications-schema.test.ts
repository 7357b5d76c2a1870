import { describe, expect, it } from 'vitest';
import { configRevision } from './config-revision';
import { DEMO_HALL_CONFIG_PATH, loadHallConfig } from './load-hall-config';
import { notificationsSchema, publicSenderSettings } from './notifications-schema';

describe("the hall config's notifications", () => {
  it('defaults to the log sender, diacritics kept, told at 3rd in line, no kiosk phone offer', () => {
    expect(notificationsSchema.parse({})).toEqual({
      sender: { kind: 'log' },
      withoutDiacritics: false,
      kioskPhoneOffer: false,
      nearTurnPosition: 3,
      retry: { firstSeconds: 5, maxSeconds: 600, maxAttempts: 12 },
    });
  });

  it('refuses an unknown sender and a sender without its URL or token, with the field named', () => {
    expect(notificationsSchema.safeParse({ sender: { kind: 'pigeon' } }).success).toBe(false);
    const noUrl = notificationsSchema.safeParse({ sender: { kind: 'http_sms' } });
    expect(noUrl.success || noUrl.error.issues[0]?.path).toEqual(['sender', 'url']);
    const noToken = notificationsSchema.safeParse({ sender: { kind: 'zalo_oa' } });
    expect(noToken.success || noToken.error.issues[0]?.path).toEqual(['sender', 'accessToken']);
  });

  it('shows no credential, body, header value or URL query in its public form, nor in the config revision', () => {
    const n = notificationsSchema.parse({
      sender: {
        kind: 'http_sms',
        url: 'https://sms.example.vn/send?ApiKey=SECRET-KEY',
        headers: { 'x-api-key': 'SECRET-HEADER' },
        basicAuth: { user: 'hall', password: 'SECRET-PASSWORD' },
        body: '{"SecretKey":"SECRET-BODY","to":"{{to}}"}',
      },
    });
    const shown = JSON.stringify(publicSenderSettings(n));
    for (const secret of ['SECRET-KEY', 'SECRET-HEADER', 'SECRET-PASSWORD', 'SECRET-BODY']) expect(shown).not.toContain(secret);
    expect(publicSenderSettings(n).sender).toMatchObject({ url: 'https://sms.example.vn/send', headerNames: ['x-api-key'], basicAuth: true });
    const zalo = publicSenderSettings(notificationsSchema.parse({ sender: { kind: 'zalo_oa', accessToken: 'SECRET-TOKEN' } }));
    expect(JSON.stringify(zalo)).not.toContain('SECRET-TOKEN');
    // Two configs that differ only in a secret have the same revision: the audit log holds nothing to guess it from.
    const demo = loadHallConfig(DEMO_HALL_CONFIG_PATH);
    const withSecret = (secret: string) => ({ ...demo, notifications: notificationsSchema.parse({ sender: { kind: 'zalo_oa', accessToken: secret } }) });
    expect(configRevision(withSecret('one'))).toBe(configRevision(withSecret('two')));
  });
});
