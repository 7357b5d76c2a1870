import { describe, expect, it } from 'vitest';
import { isHubUrl, isRatingScreenUrl } from './url-policy';
import { parseShellConfig } from './shell-config';

const HUB = 'http://10.0.0.2:8080';

describe('counter shell URL policy', () => {
  it('keeps the window on the hub', () => {
    expect(isHubUrl('http://10.0.0.2:8080/counter/', HUB)).toBe(true);
    expect(isHubUrl('http://10.0.0.2:8081/counter/', HUB)).toBe(false);
    expect(isHubUrl('https://example.com/', HUB)).toBe(false);
    expect(isHubUrl('not a url', HUB)).toBe(false);
  });

  it('opens only the rating screen as a second window', () => {
    expect(isRatingScreenUrl('http://10.0.0.2:8080/counter/#rating', HUB)).toBe(true);
    expect(isRatingScreenUrl('http://10.0.0.2:8080/counter/?agent=x#rating', HUB)).toBe(true);
    expect(isRatingScreenUrl('http://10.0.0.2:8080/admin/#rating', HUB)).toBe(false);
    expect(isRatingScreenUrl('http://evil.example/counter/#rating', HUB)).toBe(false);
    expect(isRatingScreenUrl('http://10.0.0.2:8080/counter/', HUB)).toBe(false);
  });
});

describe('counter shell config', () => {
  it('needs the hub URL and names a bad field', () => {
    expect(parseShellConfig({}, {})).toMatchObject({ ok: false, problem: expect.stringContaining('hubUrl') });
    expect(parseShellConfig({ hubUrl: 'ftp://x' }, {})).toMatchObject({ ok: false });
  });

  it('takes the hub certificate’s fingerprint to trust, and refuses a malformed one', () => {
    const pin = Array(32).fill('ab').join(':');
    const r = parseShellConfig({ hubUrl: 'https://10.0.0.2:8080', hubCertificateSha256: pin }, {});
    expect(r.ok && r.config.hubCertificateSha256).toBe(pin.toUpperCase());
    expect(parseShellConfig({ hubUrl: 'https://10.0.0.2:8080' }, { LUOT_HUB_CERT_SHA256: pin })).toMatchObject({ ok: true, config: { hubCertificateSha256: pin.toUpperCase() } });
    expect(parseShellConfig({ hubUrl: 'https://10.0.0.2:8080' }, {})).toMatchObject({ ok: true, config: { hubCertificateSha256: null } });
    expect(parseShellConfig({ hubUrl: 'https://h:1', hubCertificateSha256: 'AB:CD' }, {})).toMatchObject({ ok: false, problem: expect.stringContaining('hubCertificateSha256') });
  });

  it('takes the hub from the environment, and loads /counter/', () => {
    const result = parseShellConfig({}, { LUOT_HUB_URL: 'http://10.0.0.2:8080/' });
    expect(result).toEqual({
      ok: true,
      config: {
        hubOrigin: HUB,
        counterUrl: `${HUB}/counter/`,
        devices: null,
        ratingWindow: true,
        allowDevTools: false,
        hubCertificateSha256: null,
        deviceToken: null,
      },
    });
  });

  it('takes this counter PC’s device token from the file or the environment, and refuses a malformed one', () => {
    const hubUrl = 'http://10.0.0.2:8080';
    expect(parseShellConfig({ hubUrl, deviceToken: 'demo-counter-token-1' }, {})).toMatchObject({ ok: true, config: { deviceToken: 'demo-counter-token-1' } });
    expect(parseShellConfig({ hubUrl, deviceToken: 'from-the-file' }, { LUOT_COUNTER_DEVICE_TOKEN: 'from-the-environment' })).toMatchObject({ ok: true, config: { deviceToken: 'from-the-environment' } });
    for (const bad of ['', 'short', 'a pasted token\n', 'x'.repeat(257), 42]) {
      expect(parseShellConfig({ hubUrl, deviceToken: bad }, {})).toMatchObject({ ok: false, problem: expect.stringContaining('deviceToken') });
    }
  });
});
