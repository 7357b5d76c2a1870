/**
 * Exposes the device service to a kiosk or counter window over Electron
 * IPC. Electron's objects are passed in (structural types), so this module
 * does not import 'electron' and loads in plain Node and in tests.
 *
 * @example (in the shell's main process)
 * const unregister = registerDeviceIpc({ ipcMain, service, target: win.webContents, isTrustedSender });
 */
import { fail, luotError, type DeviceEvent, type Result } from '@luot/protocol';
import type { DeviceService } from '../device-service';
import { DEVICE_CHANNELS, type DeviceInvokeMap } from './channels';

/** The part of Electron's IpcMainInvokeEvent the handlers look at. */
export interface IpcInvokeEventLike {
  sender: unknown;
  senderFrame?: { url: string } | null;
}

/** The part of Electron's ipcMain used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** The part of Electron's WebContents used to push events. */
export interface WebContentsLike {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

export interface RegisterDeviceIpcOptions {
  ipcMain: IpcMainLike;
  service: DeviceService;
  /** The window that receives device events. */
  target: WebContentsLike;
  /**
   * Refuses calls from frames the shell did not load (e.g. a page that
   * navigated away); by default only `target`'s own calls are accepted.
   */
  isTrustedSender?: (event: IpcInvokeEventLike) => boolean;
}

type Handler<C extends keyof DeviceInvokeMap> = (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<DeviceInvokeMap[C]['result']>;

const refused = <T>(): Result<T> => fail(luotError('forbidden', { en: 'This window may not use the devices.', vi: 'Cửa sổ này không được dùng thiết bị.' }));

/** Registers the handlers and the event push; returns a function that removes them. */
export function registerDeviceIpc(options: RegisterDeviceIpcOptions): () => void {
  const { ipcMain, service, target } = options;
  const trusted = options.isTrustedSender ?? ((event: IpcInvokeEventLike) => event.sender === target);

  const print: Handler<'device:print'> = async (event, job) => (trusted(event) ? service.printUnknown(job) : refused());
  const printerStatus: Handler<'device:printer-status'> = async (event) =>
    trusted(event) ? service.printerStatus() : { state: 'error', checkedAt: Date.now(), detail: 'refused' };
  const sign: Handler<'device:sign'> = async (event, text) => (trusted(event) ? service.sign(text) : refused());

  ipcMain.handle(DEVICE_CHANNELS.print, print);
  ipcMain.handle(DEVICE_CHANNELS.printerStatus, printerStatus);
  ipcMain.handle(DEVICE_CHANNELS.sign, sign);
  const unsubscribe = service.onEvent((event: DeviceEvent) => {
    if (!target.isDestroyed()) target.send(DEVICE_CHANNELS.event, event);
  });

  return () => {
    unsubscribe();
    ipcMain.removeHandler(DEVICE_CHANNELS.print);
    ipcMain.removeHandler(DEVICE_CHANNELS.printerStatus);
    ipcMain.removeHandler(DEVICE_CHANNELS.sign);
  };
}
