/**
 * PLACEHOLDER until the local device agent's HTTP API lands in
 * @luot/hardware (hardware/src/agent). Replaced by a minimal adapter then.
 */
import { fail, luotError, type DeviceApi } from '@luot/protocol';

export function createAgentDeviceApi(_url: string, _token: string): DeviceApi {
  return {
    print: () => Promise.resolve(fail(luotError('device_error'))),
    printerStatus: () => Promise.resolve({ state: 'offline', checkedAt: Date.now() }),
    onEvent: () => () => undefined,
  };
}
