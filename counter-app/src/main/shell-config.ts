/**
 * The counter shell's config: where the hub is, the counter PC's devices,
 * whether to open the rating screen on a second monitor. A JSON file
 * (LUOT_COUNTER_CONFIG, else `<userData>/counter.json`); LUOT_HUB_URL
 * overrides the hub for quick setups.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { deviceServiceConfigSchema, type DeviceServiceConfig } from '@luot/hardware/device-service-config';
import { SHA256_FINGERPRINT } from './certificate-pin';

const shellConfigSchema = z.strictObject({
  hubUrl: z.string().regex(/^https?:\/\/[^/\s]+\/?$/, 'the hub origin, e.g. http://10.0.0.2:8080'),
  /** The hub's self-signed certificate, by the SHA-256 fingerprint the hub prints (certificate-pin.ts). */
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
}

export type ShellConfigResult = { ok: true; config: ShellConfig } | { ok: false; problem: string };

export function parseShellConfig(fromFile: unknown, env: NodeJS.ProcessEnv): ShellConfigResult {
  const merged = {
    ...(typeof fromFile === 'object' && fromFile !== null ? fromFile : {}),
    ...(env.LUOT_HUB_URL ? { hubUrl: env.LUOT_HUB_URL } : {}),
    ...(env.LUOT_HUB_CERT_SHA256 ? { hubCertificateSha256: env.LUOT_HUB_CERT_SHA256 } : {}),
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
