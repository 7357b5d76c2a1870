/**
 * The hub's TLS certificate: the hall's own (LUOT_TLS_CERT + LUOT_TLS_KEY,
 * PEM files), or one the hub makes for a closed LAN (LUOT_TLS=self-signed),
 * kept in the data directory so its fingerprint stays the same across
 * restarts: each PC enrols (trusts) it once, checking the SHA-256 fingerprint
 * the hub prints against the one shown by the browser.
 */
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';

export interface HubCertificate {
  cert: string;
  key: string;
  /** SHA-256 of the certificate, as browsers show it (AB:CD:…). */
  fingerprint: string;
}

export class CertificateError extends Error {}

function read(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new CertificateError(`Không đọc được ${what} / Cannot read the ${what === 'chứng chỉ' ? 'certificate' : 'private key'} ${path}: ${(e as Error).message}`);
  }
}

/** Checks a certificate and its key belong together, and tells its fingerprint. */
export function checkCertificate(cert: string, key: string, source: string): HubCertificate {
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(cert);
  } catch {
    throw new CertificateError(`${source}: không phải chứng chỉ PEM / not a PEM certificate.`);
  }
  let matches: boolean;
  try {
    matches = x509.checkPrivateKey(createPrivateKey(key));
  } catch {
    throw new CertificateError(`${source}: khóa riêng không đọc được (PEM, không mật khẩu) / the private key cannot be read (PEM, no passphrase).`);
  }
  if (!matches) throw new CertificateError(`${source}: khóa riêng không khớp với chứng chỉ / the private key does not belong to the certificate.`);
  return { cert, key, fingerprint: x509.fingerprint256 };
}

export function loadCertificate(certPath: string, keyPath: string): HubCertificate {
  return checkCertificate(read(certPath, 'chứng chỉ'), read(keyPath, 'khóa riêng'), certPath);
}

/** The names a hall's PCs may use to reach this machine. */
function localNames(): { dns: string[]; ips: string[] } {
  const ips = ['127.0.0.1', '::1'];
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) if (!a.internal) ips.push(a.address);
  return { dns: [...new Set(['localhost', hostname()])], ips: [...new Set(ips)] };
}

/**
 * The certificate in `dir` (hub-cert.pem, hub-key.pem), made on first use:
 * EC P-256, valid five years, for localhost, this machine's name and its
 * addresses. Remove the two files to make a new one (after a change of address).
 */
export async function selfSignedCertificate(dir: string, now = new Date()): Promise<HubCertificate & { created: boolean }> {
  const certPath = join(dir, 'hub-cert.pem');
  const keyPath = join(dir, 'hub-key.pem');
  if (existsSync(certPath) && existsSync(keyPath)) return { ...loadCertificate(certPath, keyPath), created: false };
  // Loaded only to make one (about 90 ms of CPU for selfsigned and its X.509 library): most starts
  // have no TLS or a certificate already, and start-up is measured (issue 21: /healthz within 1 s).
  const { generate } = await import('selfsigned');
  const { dns, ips } = localNames();
  const until = new Date(now);
  until.setFullYear(until.getFullYear() + 5);
  const made = await generate([{ name: 'commonName', value: `Lượt hub ${hostname()}` }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate: until,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [...dns.map((value) => ({ type: 2 as const, value })), ...ips.map((ip) => ({ type: 7 as const, ip }))] },
    ],
  });
  mkdirSync(dir, { recursive: true });
  // The key is the hub's alone: readable by its user only.
  writeFileSync(keyPath, made.private, { mode: 0o600 });
  writeFileSync(certPath, made.cert);
  return { ...checkCertificate(made.cert, made.private, certPath), created: true };
}
