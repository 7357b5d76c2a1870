/**
 * A hub on a closed LAN may serve HTTPS with the self-signed certificate it
 * made (LUOT_TLS=self-signed), which no CA vouches for. The shell is enrolled
 * with that certificate's SHA-256 fingerprint (`hubCertificateSha256`, as the
 * hub prints it at start) and trusts that one certificate, for the hub's
 * origin only; anything else Chromium refuses stays refused.
 */
import { X509Certificate } from 'node:crypto';

/** `AB:CD:…`, 32 bytes: the form the hub prints and browsers show. */
export const SHA256_FINGERPRINT = /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/;

export function isPinnedHubCertificate(url: string, pem: string, hubOrigin: string, pinned: string | null): boolean {
  if (pinned === null) return false;
  try {
    return new URL(url).origin === hubOrigin && new X509Certificate(pem).fingerprint256 === pinned;
  } catch {
    return false;
  }
}
