/**
 * The kiosk shell's small config: where the hub is, this kiosk's device
 * token, and its devices. A JSON file (LUOT_KIOSK_CONFIG, else
 * `<userData>/kiosk.json`), with environment overrides for quick setups:
 * LUOT_HUB_URL, LUOT_KIOSK_TOKEN.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { deviceServiceConfigSchema, type DeviceServiceConfig } from '@luot/hardware/device-service-config';
import { SHA256_FINGERPRINT } from '@luot/hardware/ipc/certificate-pin';

const shellConfigSchema = z.strictObject({
  hubUrl: z.string().regex(/^https?:\/\/[^/\s]+\/?$/, 'the hub origin, e.g. http://10.0.0.2:8080'),
  token: z.string().min(1).max(500).optional(),
  /** The hub's self-signed certificate, by the SHA-256 fingerprint the hub prints (`@luot/hardware/ipc/certificate-pin`). */
  hubCertificateSha256: z.string().transform((v) => v.toUpperCase()).pipe(z.string().regex(SHA256_FINGERPRINT, 'the SHA-256 fingerprint the hub prints, AB:CD:… (32 bytes)')).optional(),
  /** Seconds without a touch before the kiosk goes home (the UI's ?idle=). */
  idleSeconds: z.number().int().min(3).max(3600).optional(),
  /** The device service: printer target and serial ports (see @luot/hardware). */
  devices: deviceServiceConfigSchema.optional(),
  /** Only for a technician's laptop: allows the developer tools. */
  allowDevTools: z.boolean().default(false),
});

export interface ShellConfig {
  hubOrigin: string;
  /** The kiosk page to load: `<hub>/kiosk/?token=…`. */
  kioskUrl: string;
  devices: DeviceServiceConfig | null;
  allowDevTools: boolean;
  /** Trust this one certificate of the hub although no CA vouches for it (a closed LAN's self-signed one). */
  hubCertificateSha256: string | null;
}

export type ShellConfigResult = { ok: true; config: ShellConfig } | { ok: false; problem: string };

export function loadShellConfig(file: string, env: NodeJS.ProcessEnv): ShellConfigResult {
  let fromFile: unknown = {};
  try {
    fromFile = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    if (!missing) return { ok: false, problem: `${file}: ${err instanceof Error ? err.message : String(err)}` };
  }
  const merged = {
    ...(typeof fromFile === 'object' && fromFile !== null ? fromFile : {}),
    ...(env.LUOT_HUB_URL ? { hubUrl: env.LUOT_HUB_URL } : {}),
    ...(env.LUOT_KIOSK_TOKEN ? { token: env.LUOT_KIOSK_TOKEN } : {}),
    ...(env.LUOT_HUB_CERT_SHA256 ? { hubCertificateSha256: env.LUOT_HUB_CERT_SHA256 } : {}),
  };
  const parsed = shellConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `${file}: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}` };
  }
  const c = parsed.data;
  const hubOrigin = new URL(c.hubUrl).origin;
  const params = new URLSearchParams();
  if (c.token) params.set('token', c.token);
  if (c.idleSeconds) params.set('idle', String(c.idleSeconds));
  const query = params.toString();
  return {
    ok: true,
    config: {
      hubOrigin,
      kioskUrl: `${hubOrigin}/kiosk/${query ? `?${query}` : ''}`,
      devices: c.devices ?? null,
      allowDevTools: c.allowDevTools,
      hubCertificateSha256: c.hubCertificateSha256 ?? null,
    },
  };
}
