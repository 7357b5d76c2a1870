/** The hub's settings from the environment, with DESIGN.md's defaults. */
import { join, resolve } from 'node:path';
import { DEMO_HALL_CONFIG_PATH } from './config/load-hall-config';

/** Where the hub's certificate comes from: files the hall gives it, or one it makes for a closed LAN. */
export type TlsSetting = { kind: 'files'; certPath: string; keyPath: string } | { kind: 'self-signed' };

export interface Settings {
  port: number;
  dataDir: string;
  configPath: string;
  /** LUOT_DEMO=1: the bundled demo hall (or LUOT_CONFIG) with its published accounts, DEMO on every screen. */
  demo: boolean;
  /** The personal-data key file (LUOT_KEY_FILE, default `<data dir>/luot.key`): back it up apart from the backups. */
  keyFile: string;
  adminPassword: string | undefined;
  publicUrl: string | undefined;
  /** LUOT_SOCKET_COMMAND_LIMIT=off lifts the per-socket command limit (the bench only); unset: the limit holds. */
  socketCommandLimit: boolean;
  /** Backups: where, how many, when (see README "Backup and restore"). */
  backup: {
    dir: string;
    keep: number;
    /** `HH:mm` local time of the nightly backup; null when LUOT_BACKUP_AT=off. */
    nightlyAt: string | null;
    onShutdown: boolean;
    /** A second place each backup is copied to (a mounted USB disk, a network share). */
    copyDir: string | undefined;
  };
  /** null: plain HTTP (a closed LAN only). */
  tls: TlsSetting | null;
  /** Browser origins other than the hub's own that may call it (LUOT_ALLOWED_ORIGINS, e.g. a Vite dev server). */
  allowedOrigins: string[];
  /** LUOT_PROVINCE_URL + LUOT_PROVINCE_TOKEN: ship the hall's events to the province; unset: no link. */
  province: { url: string; token: string } | undefined;
}

export class SettingsError extends Error {}

/** Said when a hub is started with neither a hall config nor the demo flag. */
export const NO_CONFIG_MESSAGE = [
  'Chưa có cấu hình hội trường: đặt LUOT_CONFIG=<tệp cấu hình của hội trường>, hoặc LUOT_DEMO=1 để chạy hội trường trình diễn (tài khoản công khai, không dùng cho hội trường thật).',
  'No hall config: set LUOT_CONFIG=<the hall\'s config file>, or LUOT_DEMO=1 to run the demo hall (published accounts, never for a real hall).',
].join('\n  ');

const isOn = (value: string | undefined): boolean => value === '1' || value === 'true';

function readTls(env: NodeJS.ProcessEnv): TlsSetting | null {
  const cert = env.LUOT_TLS_CERT || undefined;
  const key = env.LUOT_TLS_KEY || undefined;
  const mode = env.LUOT_TLS || undefined;
  if (mode !== undefined && mode !== 'self-signed' && mode !== 'off') {
    throw new SettingsError(`LUOT_TLS must be "self-signed" or "off", got "${mode}" (a certificate is given with LUOT_TLS_CERT and LUOT_TLS_KEY).`);
  }
  if ((cert === undefined) !== (key === undefined)) throw new SettingsError('LUOT_TLS_CERT and LUOT_TLS_KEY go together: give both files (PEM), or neither.');
  if (cert !== undefined && key !== undefined) {
    if (mode === 'self-signed') throw new SettingsError('LUOT_TLS=self-signed and LUOT_TLS_CERT/LUOT_TLS_KEY exclude each other: choose one.');
    return { kind: 'files', certPath: resolve(cert), keyPath: resolve(key) };
  }
  return mode === 'self-signed' ? { kind: 'self-signed' } : null;
}

function readOrigins(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw.split(',').map((item) => {
    const text = item.trim();
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new SettingsError(`LUOT_ALLOWED_ORIGINS: "${text}" is not an origin such as http://localhost:5173.`);
    }
    if (url.origin === 'null' || url.origin !== text.replace(/\/$/, '')) {
      throw new SettingsError(`LUOT_ALLOWED_ORIGINS: "${text}" is not an origin such as http://localhost:5173 (scheme, host and port only).`);
    }
    return url.origin;
  });
}

/** The personal-data key file: LUOT_KEY_FILE, or luot.key in the data directory. */
export const keyFileOf = (env: NodeJS.ProcessEnv, dataDir: string): string => resolve(env.LUOT_KEY_FILE || join(dataDir, 'luot.key'));

/** The data directory alone (the backup needs no hall config). */
export const dataDirOf = (env: NodeJS.ProcessEnv = process.env): string => resolve(env.LUOT_DATA_DIR ?? './data');

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const rawPort = env.LUOT_PORT ?? '8080';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) throw new SettingsError(`LUOT_PORT must be a port number 0–65535, got "${rawPort}".`);
  const demo = isOn(env.LUOT_DEMO);
  // A real hall is the default: only a hub asked for the demo may fall back on the demo's config.
  const config = env.LUOT_CONFIG || (demo ? DEMO_HALL_CONFIG_PATH : undefined);
  if (config === undefined) throw new SettingsError(NO_CONFIG_MESSAGE);
  const dataDir = dataDirOf(env);
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
    dataDir,
    configPath: resolve(config),
    demo,
    keyFile: keyFileOf(env, dataDir),
    adminPassword: env.LUOT_ADMIN_PASSWORD || undefined,
    publicUrl: env.LUOT_PUBLIC_URL || undefined,
    socketCommandLimit: env.LUOT_SOCKET_COMMAND_LIMIT !== 'off',
    province: provinceUrl !== undefined && provinceToken !== undefined ? { url: provinceUrl, token: provinceToken } : undefined,
    tls: readTls(env),
    allowedOrigins: readOrigins(env.LUOT_ALLOWED_ORIGINS),
    backup: readBackupSettings(env, dataDir),
  };
}

/** The defaults: 14 backups kept, nightly at 02:00, one at each clean shutdown, no second place. */
export function readBackupSettings(env: NodeJS.ProcessEnv, dataDir: string): Settings['backup'] {
  const rawKeep = env.LUOT_BACKUP_KEEP ?? '14';
  if (!/^\d+$/.test(rawKeep) || Number(rawKeep) < 1 || Number(rawKeep) > 1000) {
    throw new SettingsError(`LUOT_BACKUP_KEEP must be a number of backups 1–1000, got "${rawKeep}".`);
  }
  const at = env.LUOT_BACKUP_AT ?? '02:00';
  if (at !== 'off' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(at)) {
    throw new SettingsError(`LUOT_BACKUP_AT must be a time HH:mm such as 02:00, or off, got "${at}".`);
  }
  const onShutdown = env.LUOT_BACKUP_ON_SHUTDOWN ?? 'on';
  if (onShutdown !== 'on' && onShutdown !== 'off') throw new SettingsError(`LUOT_BACKUP_ON_SHUTDOWN must be on or off, got "${onShutdown}".`);
  return {
    dir: resolve(env.LUOT_BACKUP_DIR ?? join(dataDir, 'backups')),
    keep: Number(rawKeep),
    nightlyAt: at === 'off' ? null : at,
    onShutdown: onShutdown === 'on',
    copyDir: env.LUOT_BACKUP_COPY_DIR ? resolve(env.LUOT_BACKUP_COPY_DIR) : undefined,
  };
}
