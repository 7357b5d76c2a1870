/**
 * The narrow bridge between the kiosk page and the devices: one method per
 * purpose (print, printer status, device events), never a generic invoke.
 * Arguments are validated again in the main process (register-ipc.ts).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DeviceApi, DeviceEvent, PrintJob, PrinterStatus, Result } from '@luot/protocol';
import { DEVICE_CHANNELS } from '@luot/hardware/ipc/channels';

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
} satisfies DeviceApi;

contextBridge.exposeInMainWorld('luotDevices', luotDevices);
