/**
 * A self-signed certificate for tests of the hub over HTTPS/WSS, made once
 * per test process by the hub's own maker (the one LUOT_TLS=self-signed
 * uses) in a temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selfSignedCertificate, type HubCertificate } from '@luot/hub-server';

let made: Promise<HubCertificate> | undefined;

export function testCertificate(): Promise<HubCertificate> {
  made ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'luot-tls-'));
    try {
      const { cert, key, fingerprint } = await selfSignedCertificate(dir);
      return { cert, key, fingerprint };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  return made;
}
