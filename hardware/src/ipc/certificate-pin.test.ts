import { beforeAll, describe, expect, it } from 'vitest';
import { testCertificate } from '@luot/testing';
import { isPinnedHubCertificate, SHA256_FINGERPRINT } from './certificate-pin';

const HUB = 'https://10.0.0.2:8080';
let pem: string;
let fingerprint: string;
beforeAll(async () => {
  ({ cert: pem, fingerprint } = await testCertificate());
});

describe('isPinnedHubCertificate', () => {
  it('trusts the enrolled certificate, on the hub’s origin only', () => {
    expect(fingerprint).toMatch(SHA256_FINGERPRINT);
    expect(isPinnedHubCertificate(`${HUB}/page/`, pem, HUB, fingerprint)).toBe(true);
    expect(isPinnedHubCertificate('https://evil.example/', pem, HUB, fingerprint)).toBe(false);
  });

  it('refuses a certificate of another fingerprint, no pin, and garbage', () => {
    expect(isPinnedHubCertificate(`${HUB}/`, pem, HUB, Array(32).fill('AB').join(':'))).toBe(false);
    expect(isPinnedHubCertificate(`${HUB}/`, pem, HUB, null)).toBe(false);
    expect(isPinnedHubCertificate(`${HUB}/`, 'not a certificate', HUB, fingerprint)).toBe(false);
  });
});
