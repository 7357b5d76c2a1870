/**
 * The Electron IPC channels of the device API, one per purpose, shared by
 * the main process (register-ipc.ts) and the shells' preload bridges. No
 * imports with side effects, so a preload bundle can include it.
 */
import type { DeviceEvent, PrintJob, PrinterStatus, Result } from '@luot/protocol';

export const DEVICE_CHANNELS = {
  /** invoke(PrintJob) → Result<{ jobId }> */
  print: 'device:print',
  /** invoke() → PrinterStatus */
  printerStatus: 'device:printer-status',
  /** invoke(text) → Result<void> */
  sign: 'device:sign',
  /** main → renderer: DeviceEvent */
  event: 'device:event',
} as const;

export type DeviceChannel = (typeof DEVICE_CHANNELS)[keyof typeof DEVICE_CHANNELS];

/** Request and result of each invoke channel, for a typed preload `invoke`. */
export interface DeviceInvokeMap {
  'device:print': { args: [job: PrintJob]; result: Result<{ jobId: string }> };
  'device:printer-status': { args: []; result: PrinterStatus };
  'device:sign': { args: [text: string]; result: Result<void> };
}

/** Payloads the main process pushes to the window. */
export interface DevicePushMap {
  'device:event': DeviceEvent;
}
