/**
 * The display shell's config: which hub, this board's device token and any
 * board settings (area, counters, layout…). A JSON file (LUOT_DISPLAY_CONFIG,
 * else `<userData>/display.json`) with environment overrides for quick setups:
 * LUOT_HUB_URL, LUOT_DISPLAY_TOKEN, LUOT_DISPLAY_QUERY (e.g. `area=Tầng 1`).
 */
import { SHA256_FINGERPRINT } from '@luot/hardware/ipc/certificate-pin';

export interface DisplayShellConfig {
  hubOrigin: string;
  /** `<hub>/display/?token=…&…` */
  boardUrl: string;
  /** Start the board when the user logs in (Windows, macOS). */
  autostart: boolean;
  allowDevTools: boolean;
  /** Trust this one certificate of the hub although no CA vouches for it (a closed LAN's self-signed one; `@luot/hardware/ipc/certificate-pin`). */
  hubCertificateSha256: string | null;
}

export type DisplayShellConfigResult = { ok: true; config: DisplayShellConfig } | { ok: false; problem: string };

const HUB_URL = /^https?:\/\/[^/\s]+\/?$/;
const KNOWN_KEYS = new Set(['hubUrl', 'token', 'query', 'autostart', 'allowDevTools', 'hubCertificateSha256']);

/** Validates the merged file + environment settings; every problem names its field. */
export function parseDisplayShellConfig(fromFile: unknown, env: Record<string, string | undefined>): DisplayShellConfigResult {
  if (typeof fromFile !== 'object' || fromFile === null || Array.isArray(fromFile)) return { ok: false, problem: '(root): must be a JSON object' };
  const file = fromFile as Record<string, unknown>;
  const unknown = Object.keys(file).find((k) => !KNOWN_KEYS.has(k));
  if (unknown) return { ok: false, problem: `${unknown}: unknown setting` };

  const hubUrl = env.LUOT_HUB_URL ?? file.hubUrl;
  if (typeof hubUrl !== 'string' || !HUB_URL.test(hubUrl)) return { ok: false, problem: 'hubUrl: the hub origin, e.g. http://10.0.0.2:8080' };
  const token = env.LUOT_DISPLAY_TOKEN ?? file.token;
  if (token !== undefined && (typeof token !== 'string' || token.length === 0 || token.length > 500)) return { ok: false, problem: 'token: 1–500 characters' };
  const query = env.LUOT_DISPLAY_QUERY ?? file.query ?? '';
  if (typeof query !== 'string' || query.length > 1000) return { ok: false, problem: 'query: board settings as a query string, e.g. area=Tầng 1&layout=portrait' };
  for (const key of ['autostart', 'allowDevTools'] as const) {
    if (file[key] !== undefined && typeof file[key] !== 'boolean') return { ok: false, problem: `${key}: true or false` };
  }

  const pin = env.LUOT_HUB_CERT_SHA256 ?? file.hubCertificateSha256;
  if (pin !== undefined && (typeof pin !== 'string' || !SHA256_FINGERPRINT.test(pin.toUpperCase()))) {
    return { ok: false, problem: 'hubCertificateSha256: the SHA-256 fingerprint the hub prints, AB:CD:… (32 bytes)' };
  }

  const hubOrigin = new URL(hubUrl).origin;
  const params = new URLSearchParams(query.replace(/^\?/, ''));
  if (typeof token === 'string') params.set('token', token);
  const search = params.toString();
  return {
    ok: true,
    config: {
      hubOrigin,
      boardUrl: `${hubOrigin}/display/${search ? `?${search}` : ''}`,
      autostart: file.autostart !== false,
      allowDevTools: file.allowDevTools === true,
      hubCertificateSha256: typeof pin === 'string' ? pin.toUpperCase() : null,
    },
  };
}
