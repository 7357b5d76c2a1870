/** The kiosk reports its printer's state over its socket. */
import { fail, luotError } from '@luot/protocol';
import { commandOf } from '../auth/auth-service';
import type { HubNamespaces } from '../core/transport/namespaces';
import type { DeviceService } from './device-service';

export function registerDeviceGateway(ns: HubNamespaces, devices: DeviceService): void {
  ns.commands('kiosk', (b) => {
    b.bind('device:printer', (c, p) =>
      p.kind === 'device' ? devices.reportPrinter(commandOf(p, 'device:printer', c.commandId), p.deviceId, c.state, c.detail) : fail(luotError('forbidden')),
    );
  });
}
