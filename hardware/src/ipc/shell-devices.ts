/**
 * The device service of an Electron shell (kiosk, counter PC): created from
 * the shell's config and exposed to its one window over the IPC handlers,
 * answering only that window while it shows a trusted page. Without a config
 * the service still answers (printer "offline", no serial devices), so the
 * app falls back to on-screen tickets or mouse and keyboard.
 *
 * @example
 * const devices = startShellDevices({ config, ipcMain, target: win.webContents, isTrustedUrl: (u) => u.startsWith(hub) });
 * app.on('before-quit', () => void devices.close());
 */
import { createDeviceService } from '../device-service';
import type { DeviceServiceConfig } from '../device-service-config';
import { registerDeviceIpc, type IpcMainLike, type WebContentsLike } from './register-ipc';

export interface ShellDevices {
  close(): Promise<void>;
}

export interface ShellDevicesOptions {
  config: DeviceServiceConfig | null;
  ipcMain: IpcMainLike;
  target: WebContentsLike;
  isTrustedUrl: (url: string) => boolean;
}

export function startShellDevices({ config, ipcMain, target, isTrustedUrl }: ShellDevicesOptions): ShellDevices {
  const service = createDeviceService(config ?? { statusPollMs: 3000, serial: {}, agent: { port: 0, allowedOrigins: [] } });
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
