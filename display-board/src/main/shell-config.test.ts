import { describe, expect, it } from 'vitest';
import { parseDisplayShellConfig } from './shell-config';

describe('parseDisplayShellConfig', () => {
  it('builds the board URL from the file, with environment overrides', () => {
    const r = parseDisplayShellConfig({ hubUrl: 'http://10.0.0.2:8080/', token: 'abc', query: 'area=Tầng 1&layout=portrait' }, {});
    expect(r).toEqual({
      ok: true,
      config: {
        hubOrigin: 'http://10.0.0.2:8080',
        boardUrl: 'http://10.0.0.2:8080/display/?area=T%E1%BA%A7ng+1&layout=portrait&token=abc',
        autostart: true,
        allowDevTools: false,
        hubCertificateSha256: null,
      },
    });
    const env = parseDisplayShellConfig({ hubUrl: 'http://a:1' }, { LUOT_HUB_URL: 'http://b:2', LUOT_DISPLAY_TOKEN: 't' });
    expect(env.ok && env.config.boardUrl).toBe('http://b:2/display/?token=t');
  });

  it('takes the hub certificate’s fingerprint to trust, from the file or the environment', () => {
    const pin = Array(32).fill('ab').join(':');
    const r = parseDisplayShellConfig({ hubUrl: 'https://10.0.0.2:8080', hubCertificateSha256: pin }, {});
    expect(r.ok && r.config.hubCertificateSha256).toBe(pin.toUpperCase());
    const env = parseDisplayShellConfig({ hubUrl: 'https://10.0.0.2:8080' }, { LUOT_HUB_CERT_SHA256: pin });
    expect(env.ok && env.config.hubCertificateSha256).toBe(pin.toUpperCase());
    expect(parseDisplayShellConfig({ hubUrl: 'https://a:1', hubCertificateSha256: 'AB:CD' }, {})).toMatchObject({ ok: false, problem: expect.stringMatching(/^hubCertificateSha256:/) });
  });

  it('names the field at fault', () => {
    expect(parseDisplayShellConfig({}, {})).toEqual({ ok: false, problem: expect.stringMatching(/^hubUrl:/) });
    expect(parseDisplayShellConfig({ hubUrl: 'http://a:1/display' }, {})).toMatchObject({ ok: false, problem: expect.stringMatching(/^hubUrl:/) });
    expect(parseDisplayShellConfig({ hubUrl: 'http://a:1', autostart: 'yes' }, {})).toMatchObject({ ok: false, problem: expect.stringMatching(/^autostart:/) });
    expect(parseDisplayShellConfig({ hubUrl: 'http://a:1', colour: 'red' }, {})).toMatchObject({ ok: false, problem: 'colour: unknown setting' });
    expect(parseDisplayShellConfig([], {})).toMatchObject({ ok: false });
  });
});
