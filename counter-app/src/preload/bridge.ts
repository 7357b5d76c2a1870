/**
 * The narrow bridge between the counter page and its devices: one method
 * per purpose (events from keypad and rating pad, the LED sign, a printer),
 * never a generic invoke. The main process checks the sender again.
 * `luotCounterPc.deviceToken()` asks for this PC's counter device token; the
 * main process answers it only to the hub's /counter/ page (device-token-policy.ts).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DeviceApi, DeviceEvent, PrintJob, PrinterStatus, Result } from '@luot/protocol';
import { DEVICE_CHANNELS } from '@luot/hardware/ipc/channels';
import { DEVICE_TOKEN_CHANNEL, DEVICE_TOKEN_SAVE_CHANNEL } from '../main/device-token-policy';

const luotDevices = {
  print: (job: PrintJob): Promise<Result<{ jobId: string }>> => ipcRenderer.invoke(DEVICE_CHANNELS.print, job),
  printerStatus: (): Promise<PrinterStatus> => ipcRenderer.invoke(DEVICE_CHANNELS.printerStatus),
  onEvent(listener: (event: DeviceEvent) => void): () => void {
    const handler = (_e: IpcRendererEvent, event: DeviceEvent) => listener(event);
    ipcRenderer.on(DEVICE_CHANNELS.event, handler);
    return () => {
      ipcRenderer.removeListener(DEVICE_CHANNELS.event, handler);
    };
  },
  async showOnSign(text: string): Promise<void> {
    const result = (await ipcRenderer.invoke(DEVICE_CHANNELS.sign, text)) as Result<void>;
    // DeviceApi.showOnSign has no Result: a refusal surfaces as a rejected promise.
    if (!result.ok) throw new Error(result.error.message.vi);
  },
} satisfies DeviceApi;

contextBridge.exposeInMainWorld('luotDevices', luotDevices);

const luotCounterPc = {
  /** This PC's counter device token, or null (none configured, or a page that is not the hub's /counter/). */
  deviceToken: async (): Promise<string | null> => {
    const token: unknown = await ipcRenderer.invoke(DEVICE_TOKEN_CHANNEL);
    return typeof token === 'string' ? token : null;
  },
  /** Keeps the token this PC received by pairing (issue 17); main accepts it from the hub's /counter/ page only. */
  savePairedToken: async (token: string): Promise<boolean> => (await ipcRenderer.invoke(DEVICE_TOKEN_SAVE_CHANNEL, token)) === true,
};

contextBridge.exposeInMainWorld('luotCounterPc', luotCounterPc);
