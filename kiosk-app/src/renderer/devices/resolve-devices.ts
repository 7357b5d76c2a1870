import type { DeviceApi } from '@luot/protocol';
import type { KioskConfig } from '../kiosk-config';
import { createNoDeviceApi } from './device-api';

/** The Electron bridge when the shell provides one, else the local device agent from the URL, else none (on-screen tickets). */
export function resolveDevices(config: KioskConfig): DeviceApi {
  if (window.luotDevices) return window.luotDevices;
  // TODO(agent-client): use the local device agent when config.agent is set.
  void config;
  return createNoDeviceApi();
}
