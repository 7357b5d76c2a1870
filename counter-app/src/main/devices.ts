/**
 * The counter PC's devices in the main process: @luot/hardware's device
 * service (keypad, LED sign, rating pad) exposed to the console window
 * through hardware's IPC handlers; the preload bridge is the other end.
 */
import { ipcMain, type WebContents } from 'electron';
import { createDeviceService } from '@luot/hardware/device-service';
import type { DeviceServiceConfig } from '@luot/hardware/device-service-config';
import { registerDeviceIpc } from '@luot/hardware/ipc/register-ipc';

export interface ShellDevices {
  close(): Promise<void>;
}

export function startDevices(
  config: DeviceServiceConfig | null,
  target: WebContents,
  isTrustedUrl: (url: string) => boolean,
): ShellDevices {
  // Without a config the service still answers; the console then works by mouse and keyboard alone.
  const service = createDeviceService(
    config ?? { statusPollMs: 60_000, serial: {}, agent: { port: 0, allowedOrigins: [] } },
  );
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
