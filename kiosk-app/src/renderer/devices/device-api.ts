/**
 * Where the kiosk's devices come from: the Electron preload bridge
 * (`window.luotDevices`) or the local device agent named in the URL. Without
 * either the kiosk still issues tickets, on screen only.
 */
import { fail, luotError, type DeviceApi, type PrinterStatus } from '@luot/protocol/plain';

declare global {
  interface Window {
    /** Set by the Electron shell's preload bridge. */
    luotDevices?: DeviceApi;
  }
}

/** A kiosk with no printer attached: every status is offline, every print refused. */
export function createNoDeviceApi(): DeviceApi {
  const status = (): PrinterStatus => ({ state: 'offline', checkedAt: Date.now(), detail: 'no device service' });
  return {
    print: () => Promise.resolve(fail(luotError('printer_offline'))),
    printerStatus: () => Promise.resolve(status()),
    onEvent: () => () => undefined,
  };
}

/** Asks for the printer's status, treating a slow or broken device service as offline. */
export async function printerStatusWithin(devices: DeviceApi, ms: number): Promise<PrinterStatus> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<PrinterStatus>((resolve) => {
    timer = setTimeout(() => resolve({ state: 'offline', checkedAt: Date.now(), detail: 'device service did not answer' }), ms);
  });
  try {
    return await Promise.race([
      devices.printerStatus().catch(
        (err: unknown): PrinterStatus => ({ state: 'offline', checkedAt: Date.now(), detail: err instanceof Error ? err.message : String(err) }),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
