/**
 * The device API over the local device agent, for a counter in a plain
 * browser. The client itself is the kiosk's (it belongs in a shared place;
 * until it moves, it is imported by path: it depends only on @luot/protocol).
 */
import type { DeviceApi } from '@luot/protocol';
import { createAgentClient } from '@luot/hardware/client/agent-client';

export function createAgentDeviceApi(url: string, token: string): DeviceApi {
  return createAgentClient({ baseUrl: url, token });
}
