/** The hub's settings from the environment, with DESIGN.md's defaults. */
import { join, resolve } from 'node:path';
import { DEMO_HALL_CONFIG_PATH } from './config/load-hall-config';

export interface Settings {
  port: number;
  dataDir: string;
  configPath: string;
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
}

export class SettingsError extends Error {}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const rawPort = env.LUOT_PORT ?? '8080';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) throw new SettingsError(`LUOT_PORT must be a port number 0–65535, got "${rawPort}".`);
  const dataDir = resolve(env.LUOT_DATA_DIR ?? './data');
  return {
    port,
    dataDir,
    configPath: resolve(env.LUOT_CONFIG ?? DEMO_HALL_CONFIG_PATH),
    keyFile: resolve(env.LUOT_KEY_FILE || join(dataDir, 'luot.key')),
    adminPassword: env.LUOT_ADMIN_PASSWORD || undefined,
    publicUrl: env.LUOT_PUBLIC_URL || undefined,
    socketCommandLimit: env.LUOT_SOCKET_COMMAND_LIMIT !== 'off',
    backup: readBackupSettings(env, dataDir),
  };
}

/** The defaults: 14 backups kept, nightly at 02:00, one at each clean shutdown, no second place. */
function readBackupSettings(env: NodeJS.ProcessEnv, dataDir: string): Settings['backup'] {
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
