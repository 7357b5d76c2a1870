/**
 * What the audit log records of the hall config a hub starts on: a short
 * revision (SHA-256 of the config without its passwords, device tokens and sender credentials,
 * so the log holds nothing to guess them from) and a few counts. Two starts
 * with different revisions mean the config changed between them.
 */
import { createHash } from 'node:crypto';
import type { HallConfig } from './hall-config-schema';
import { publicSenderSettings } from './notifications-schema';

export function configRevision(config: HallConfig): string {
  const withoutSecrets = {
    ...config,
    staff: config.staff.map(({ username, name, role }) => ({ username, name, role })),
    devices: config.devices.map(({ id, name, role }) => ({ id, name, role })),
    notifications: publicSenderSettings(config.notifications),
  };
  return createHash('sha256').update(JSON.stringify(withoutSecrets)).digest('hex').slice(0, 16);
}

export const configSummary = (config: HallConfig) => ({
  revision: configRevision(config),
  services: config.services.length,
  counters: config.counters.length,
  staff: config.staff.length,
  devices: config.devices.length,
});
