/**
 * The hall config as the database keeps it and as the admin exports it:
 * validated with the config file's own `hallConfigSchema`, without secrets
 * (first passwords and device tokens live in their own tables), and written
 * as YAML in exactly the format `LUOT_CONFIG` reads. Export → import → export
 * gives the same text, because what is stored is the schema's output, which
 * the schema reads back unchanged.
 */
import type { ConfigProblem } from '@luot/protocol';
import { stringify } from 'yaml';
import type { BilingualReason } from '../core/config/config-reason';
import { configRevision } from '../core/config/config-revision';
import { describeZodError, formatConfigPath } from '../core/config/describe-config-issue';
import { HallConfigError } from '../core/config/hall-config-error';
import { hallConfigSchema, type HallConfig } from '../core/config/hall-config-schema';
import { parseHallConfig, type HallConfigFormat } from '../core/config/load-hall-config';

/** The config without the demo's first passwords and device tokens. */
export function withoutSecrets(config: HallConfig): HallConfig {
  return {
    ...config,
    staff: config.staff.map(({ username, name, role }) => ({ username, name, role })),
    devices: config.devices.map(({ id, name, role }) => ({ id, name, role })),
  };
}

/** Equal configs (secrets aside), equal hashes. */
export const hashOf = (config: HallConfig): string => configRevision(config);

/** A schema problem in both languages: the place and the reason, each in its own language. */
export function schemaProblem(path: string, reason: BilingualReason): ConfigProblem {
  return {
    code: 'invalid_config',
    path,
    message: {
      vi: `${path === '' ? 'Cấu hình' : `Mục ${path}`} chưa đúng: ${reason.vi}`,
      en: `${path === '' ? 'The config' : path}: ${reason.en}`,
    },
  };
}

export type Validated = { ok: true; config: HallConfig } | { ok: false; problems: ConfigProblem[] };

/** Validates a config object (from the API) with the config file's schema. */
export function validateConfig(input: unknown): Validated {
  const parsed = hallConfigSchema.safeParse(input);
  if (parsed.success) return { ok: true, config: withoutSecrets(parsed.data) };
  return { ok: false, problems: describeZodError(parsed.error, input).map((i) => schemaProblem(formatConfigPath(i.path), i)) };
}

/** Validates a config file's text (an import); problems carry the file's line numbers in their text. */
export function validateConfigText(text: string, format: HallConfigFormat): Validated {
  try {
    return { ok: true, config: withoutSecrets(parseHallConfig(text, format, 'import')) };
  } catch (error) {
    if (!(error instanceof HallConfigError)) throw error;
    return {
      ok: false,
      problems: error.issues.map((i) =>
        schemaProblem(i.path, i.line === undefined ? { vi: i.vi, en: i.message } : { vi: `${i.vi} (dòng ${i.line})`, en: `${i.message} (line ${i.line})` }),
      ),
    };
  }
}

const HEADER = [
  '# Lượt hall config, exported from the admin console (/admin/).',
  '# The format LUOT_CONFIG reads: keep it in version control, or import it in the console.',
  '# First passwords and device tokens are not exported: accounts and devices live in the hub.',
  '',
].join('\n');

/** YAML text of a stored config, the format `LUOT_CONFIG` reads. */
export function exportYaml(config: HallConfig): string {
  return HEADER + stringify(withoutSecrets(config), { lineWidth: 0, aliasDuplicateObjects: false });
}
