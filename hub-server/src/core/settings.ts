/** The hub's settings from the environment, with DESIGN.md's defaults. */
import { resolve } from 'node:path';
import { DEMO_HALL_CONFIG_PATH } from './config/load-hall-config';

export interface Settings {
  port: number;
  dataDir: string;
  configPath: string;
  adminPassword: string | undefined;
  publicUrl: string | undefined;
  /** LUOT_SOCKET_COMMAND_LIMIT=off lifts the per-socket command limit (the bench only); unset: the limit holds. */
  socketCommandLimit: boolean;
  /** LUOT_PROVINCE_URL + LUOT_PROVINCE_TOKEN: ship the hall's events to the province; unset: no link. */
  province: { url: string; token: string } | undefined;
}

export class SettingsError extends Error {}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const rawPort = env.LUOT_PORT ?? '8080';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) throw new SettingsError(`LUOT_PORT must be a port number 0–65535, got "${rawPort}".`);
  const provinceUrl = env.LUOT_PROVINCE_URL || undefined;
  const provinceToken = env.LUOT_PROVINCE_TOKEN || undefined;
  if ((provinceUrl === undefined) !== (provinceToken === undefined)) {
    throw new SettingsError('LUOT_PROVINCE_URL and LUOT_PROVINCE_TOKEN go together: set both to link the hall to the province, or neither.');
  }
  if (provinceUrl !== undefined && !/^https?:\/\/[^/]/.test(provinceUrl)) {
    throw new SettingsError(`LUOT_PROVINCE_URL must be an http(s) URL, got "${provinceUrl}".`);
  }
  return {
    port,
    dataDir: resolve(env.LUOT_DATA_DIR ?? './data'),
    configPath: resolve(env.LUOT_CONFIG ?? DEMO_HALL_CONFIG_PATH),
    adminPassword: env.LUOT_ADMIN_PASSWORD || undefined,
    publicUrl: env.LUOT_PUBLIC_URL || undefined,
    socketCommandLimit: env.LUOT_SOCKET_COMMAND_LIMIT !== 'off',
    province: provinceUrl !== undefined && provinceToken !== undefined ? { url: provinceUrl, token: provinceToken } : undefined,
  };
}
