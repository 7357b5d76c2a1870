import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadShellConfig } from './shell-config';
import { isAllowedUrl } from './url-policy';

const dir = mkdtempSync(join(tmpdir(), 'luot-shell-'));
const file = (name: string, body: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
  return path;
};

describe('shell config', () => {
  it('builds the kiosk URL from the file', () => {
    const r = loadShellConfig(file('a.json', { hubUrl: 'http://10.0.0.2:8080/', token: 'demo-kiosk-token-1', idleSeconds: 90 }), {});
    expect(r).toEqual({
      ok: true,
      config: { hubOrigin: 'http://10.0.0.2:8080', kioskUrl: 'http://10.0.0.2:8080/kiosk/?token=demo-kiosk-token-1&idle=90', devices: null, allowDevTools: false, hubCertificateSha256: null },
    });
  });

  it('takes the hub certificate’s fingerprint to trust (a closed LAN’s self-signed hub), and refuses a malformed one', () => {
    const pin = Array(32).fill('ab').join(':');
    const r = loadShellConfig(file('pin.json', { hubUrl: 'https://10.0.0.2:8080', hubCertificateSha256: pin }), {});
    expect(r.ok && r.config.hubCertificateSha256).toBe(pin.toUpperCase());
    const env = loadShellConfig(join(dir, 'missing.json'), { LUOT_HUB_URL: 'https://hub.local:8443', LUOT_HUB_CERT_SHA256: pin });
    expect(env.ok && env.config.hubCertificateSha256).toBe(pin.toUpperCase());
    expect(loadShellConfig(file('bad-pin.json', { hubUrl: 'https://h:1', hubCertificateSha256: 'AB:CD' }), {})).toMatchObject({ ok: false, problem: expect.stringContaining('hubCertificateSha256') });
  });

  it('lets the environment override the file, or stand alone', () => {
    const r = loadShellConfig(join(dir, 'missing.json'), { LUOT_HUB_URL: 'http://hub.local:8080', LUOT_KIOSK_TOKEN: 'tok' });
    expect(r.ok && r.config.kioskUrl).toBe('http://hub.local:8080/kiosk/?token=tok');
  });

  it('names the field at fault', () => {
    const r = loadShellConfig(file('b.json', { hubUrl: 'ftp://x' }), {});
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toContain('hubUrl');
    const unknown = loadShellConfig(file('c.json', { hubUrl: 'http://h:1', hubUlr: 'typo' }), {});
    expect(!unknown.ok && unknown.problem).toMatch(/hubUlr|Unrecognized/);
  });

  it('refuses a file that is not JSON, and a missing hub', () => {
    expect(loadShellConfig(file('d.json', '{ nope'), {}).ok).toBe(false);
    expect(loadShellConfig(join(dir, 'none.json'), {}).ok).toBe(false);
  });
});

describe('url policy', () => {
  const policy = { hubOrigin: 'http://10.0.0.2:8080', offlineUrl: 'file:///opt/luot/offline.html' };
  it('allows the hub origin and the offline page only', () => {
    expect(isAllowedUrl('http://10.0.0.2:8080/kiosk/?token=x', policy)).toBe(true);
    expect(isAllowedUrl('file:///opt/luot/offline.html?retry=10', policy)).toBe(true);
    expect(isAllowedUrl('http://10.0.0.2:8081/kiosk/', policy)).toBe(false);
    expect(isAllowedUrl('https://evil.example/', policy)).toBe(false);
    expect(isAllowedUrl('file:///etc/passwd', policy)).toBe(false);
    expect(isAllowedUrl('not a url', policy)).toBe(false);
  });
});
