/**
 * The kiosk's devices in the main process: @luot/hardware's device service,
 * exposed to the window over its IPC handlers (the preload bridge is the
 * other end). Printer reports to the hub go through the kiosk page's socket.
 */
import { ipcMain, type WebContents } from 'electron';
import { createDeviceService, type DeviceService } from '@luot/hardware/device-service';
import type { DeviceServiceConfig } from '@luot/hardware/device-service-config';
import { registerDeviceIpc } from '@luot/hardware/ipc/register-ipc';

export interface ShellDevices {
  close(): Promise<void>;
}

export function startDevices(config: DeviceServiceConfig | null, target: WebContents, isTrustedUrl: (url: string) => boolean): ShellDevices {
  // Without a config the service still answers (printer "offline"): the kiosk then offers on-screen tickets.
  const service: DeviceService = createDeviceService(config ?? { statusPollMs: 3000, serial: {}, agent: { port: 0, allowedOrigins: [] } });
  const unregister = registerDeviceIpc({
    ipcMain,
    service,
    target,
    isTrustedSender: (event) => event.sender === target && isTrustedUrl(event.senderFrame?.url ?? ''),
  });
  return {
    async close() {
      unregister();
      await service.close();
    },
  };
}
