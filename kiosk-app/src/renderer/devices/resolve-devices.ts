import type { DeviceApi } from '@luot/protocol/plain';
import type { KioskConfig } from '../kiosk-config';
import { createAgentClient } from '@luot/hardware/client/agent-client';
import { createNoDeviceApi } from './device-api';

/** The Electron bridge when the shell provides one, else the local device agent from the URL, else none (on-screen tickets). */
export function resolveDevices(config: KioskConfig): DeviceApi {
  if (window.luotDevices) return window.luotDevices;
  if (config.agent) return createAgentClient({ baseUrl: config.agent.url, token: config.agent.token });
  return createNoDeviceApi();
}
