/**
 * The counter shell's config: where the hub is, the counter PC's device
 * token, its devices, whether to open the rating screen on a second monitor.
 * A JSON file (LUOT_COUNTER_CONFIG, else `<userData>/counter.json`);
 * LUOT_HUB_URL and LUOT_COUNTER_DEVICE_TOKEN override it for quick setups.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { deviceServiceConfigSchema, type DeviceServiceConfig } from '@luot/hardware/device-service-config';
import { SHA256_FINGERPRINT } from '@luot/hardware/ipc/certificate-pin';

const shellConfigSchema = z.strictObject({
  hubUrl: z.string().regex(/^https?:\/\/[^/\s]+\/?$/, 'the hub origin, e.g. http://10.0.0.2:8080'),
  /**
   * This PC's token from its enrolment as a counter device (role `counter`),
   * for halls that bind counters to their PCs (`security.countersBoundToDevices`).
   * Same bounds as the hub's tokens (8–256 characters), no spaces: a pasted line break is refused here, not at the hub.
   */
  deviceToken: z.string().regex(/^[\x21-\x7e]{8,256}$/, 'the counter device token the admin gave when enrolling this PC (8–256 characters, no spaces)').optional(),
  /** The hub's self-signed certificate, by the SHA-256 fingerprint the hub prints (`@luot/hardware/ipc/certificate-pin`). */
  hubCertificateSha256: z.string().transform((v) => v.toUpperCase()).pipe(z.string().regex(SHA256_FINGERPRINT, 'the SHA-256 fingerprint the hub prints, AB:CD:… (32 bytes)')).optional(),
  /** Keypad, LED sign, rating pad (and a receipt printer) of this counter: see @luot/hardware. */
  devices: deviceServiceConfigSchema.optional(),
  /** Open the citizen-facing rating screen full screen on the second display, when there is one. */
  ratingWindow: z.boolean().default(true),
  /** Only for a technician's laptop. */
  allowDevTools: z.boolean().default(false),
});

export interface ShellConfig {
  hubOrigin: string;
  counterUrl: string;
  devices: DeviceServiceConfig | null;
  ratingWindow: boolean;
  allowDevTools: boolean;
  /** Trust this one certificate of the hub although no CA vouches for it (a closed LAN's self-signed one). */
  hubCertificateSha256: string | null;
  /** This counter PC's device token, handed only to the hub's /counter/ page (device-token-policy.ts); null when not set. */
  deviceToken: string | null;
}

export type ShellConfigResult = { ok: true; config: ShellConfig } | { ok: false; problem: string };

export function parseShellConfig(fromFile: unknown, env: NodeJS.ProcessEnv): ShellConfigResult {
  const merged = {
    ...(typeof fromFile === 'object' && fromFile !== null ? fromFile : {}),
    ...(env.LUOT_HUB_URL ? { hubUrl: env.LUOT_HUB_URL } : {}),
    ...(env.LUOT_HUB_CERT_SHA256 ? { hubCertificateSha256: env.LUOT_HUB_CERT_SHA256 } : {}),
    ...(env.LUOT_COUNTER_DEVICE_TOKEN ? { deviceToken: env.LUOT_COUNTER_DEVICE_TOKEN } : {}),
  };
  const parsed = shellConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid config' };
  }
  const c = parsed.data;
  const hubOrigin = new URL(c.hubUrl).origin;
  return {
    ok: true,
    config: {
      hubOrigin,
      counterUrl: `${hubOrigin}/counter/`,
      devices: c.devices ?? null,
      ratingWindow: c.ratingWindow,
      allowDevTools: c.allowDevTools,
      hubCertificateSha256: c.hubCertificateSha256 ?? null,
      deviceToken: c.deviceToken ?? null,
    },
  };
}

/** Reads the file (a missing file is fine when LUOT_HUB_URL is set) and validates it. */
export function loadShellConfig(file: string, env: NodeJS.ProcessEnv): ShellConfigResult {
  let fromFile: unknown = {};
  try {
    fromFile = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
      return { ok: false, problem: `${file}: ${err instanceof Error ? err.message : String(err)}` };
  }
  const result = parseShellConfig(fromFile, env);
  return result.ok ? result : { ok: false, problem: `${file}: ${result.problem}` };
}
