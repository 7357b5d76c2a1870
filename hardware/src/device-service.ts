/**
 * The device service: the one implementation of protocol's DeviceApi over
 * the printer and the serial devices of one kiosk or counter. The Electron
 * IPC handlers and the local agent are thin transports over it.
 */
import {
  fail,
  luotError,
  parsePayload,
  printJobSchema,
  signTextSchema,
  type DeviceApi,
  type DeviceEvent,
  type LuotError,
  type PrintJob,
  type PrinterStatus,
  type Result,
} from '@luot/protocol';
import type { DeviceServiceConfig, PrinterConfig } from './device-service-config';
import { createPrinter } from './printing/index';
import { KeypadDriver } from './serial/keypad-driver';
import type { LineDevice } from './serial/line-device';
import { RatingPadDriver } from './serial/rating-pad-driver';
import { ScannerDriver } from './serial/scanner-driver';
import { SignDriver } from './serial/sign-driver';

/** What the service needs of a printer (the printing module's createPrinter gives it). */
export interface PrinterHandle {
  print(job: PrintJob): Promise<Result<{ jobId: string }>>;
  status(): Promise<PrinterStatus>;
  close(): Promise<void> | void;
}
export type PrinterFactory = (config: PrinterConfig) => PrinterHandle;

export interface DeviceServiceDeps {
  /** The printing module's createPrinter by default; tests may pass a fake. */
  createPrinter?: PrinterFactory;
  now?: () => number;
}

export interface DeviceConnection {
  device: 'keypad' | 'sign' | 'rating-pad' | 'scanner';
  path: string;
  connected: boolean;
}

/** An Error that carries the typed LuotError, for DeviceApi methods that cannot return a Result. */
export class DeviceApiError extends Error {
  constructor(readonly error: LuotError) {
    super(error.message.en);
  }
}

export interface DeviceService extends DeviceApi {
  /** print() with the job not yet validated: what transports pass untrusted input to. */
  printUnknown(job: unknown): Promise<Result<{ jobId: string }>>;
  /** Shows text on the counter sign, as a Result (showOnSign throws DeviceApiError instead). */
  sign(text: unknown): Promise<Result<void>>;
  showOnSign(text: string): Promise<void>;
  /** The last printer status seen, without asking the printer. */
  lastPrinterStatus(): PrinterStatus;
  connections(): DeviceConnection[];
  close(): Promise<void>;
}

const NO_PRINTER_DETAIL = 'no printer configured';

export function createDeviceService(config: DeviceServiceConfig, deps: DeviceServiceDeps = {}): DeviceService {
  const now = deps.now ?? Date.now;
  const listeners = new Set<(event: DeviceEvent) => void>();
  const emit = (event: DeviceEvent): void => {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch {
        // One subscriber's bug must not starve the others.
      }
    }
  };

  // Bad printer options throw the printing module's PrinterOptionsError (a typed
  // `error` inside) before any port is opened, so a bad config starts nothing.
  const printer = config.printer ? (deps.createPrinter ?? createPrinter)(config.printer) : null;

  const serial = config.serial;
  const keypad = serial.keypad ? new KeypadDriver(serial.keypad, now) : null;
  const sign = serial.sign ? new SignDriver(serial.sign, now) : null;
  const ratingPad = serial.ratingPad ? new RatingPadDriver(serial.ratingPad, now) : null;
  const scanner = serial.scanner ? new ScannerDriver(serial.scanner, now) : null;
  const drivers: [DeviceConnection['device'], LineDevice, string][] = [];
  if (keypad && serial.keypad) drivers.push(['keypad', keypad, serial.keypad.path]);
  if (sign && serial.sign) drivers.push(['sign', sign, serial.sign.path]);
  if (ratingPad && serial.ratingPad) drivers.push(['rating-pad', ratingPad, serial.ratingPad.path]);
  if (scanner && serial.scanner) drivers.push(['scanner', scanner, serial.scanner.path]);
  for (const [, driver] of drivers) {
    driver.onEvent(emit);
    driver.start();
  }

  let lastStatus: PrinterStatus = printer
    ? { state: 'offline', checkedAt: now(), detail: 'not checked yet' }
    : { state: 'offline', checkedAt: now(), detail: NO_PRINTER_DETAIL };
  let known = false;
  let polling: Promise<PrinterStatus> | null = null;
  let closed = false;

  /** Asks the printer once (sharing an in-flight check) and emits on a state change. */
  const checkPrinter = (): Promise<PrinterStatus> => {
    if (!printer) return Promise.resolve({ ...lastStatus, checkedAt: now() });
    if (polling) return polling;
    polling = (async () => {
      let status: PrinterStatus;
      try {
        status = await printer.status();
      } catch (err) {
        // The printing module should not throw; if it does, the printer is unusable.
        status = { state: 'error', checkedAt: now(), detail: err instanceof Error ? err.message : String(err) };
      }
      const changed = !known || status.state !== lastStatus.state;
      known = true;
      lastStatus = status;
      if (changed && !closed) emit({ type: 'printer', status, at: now() });
      return status;
    })().finally(() => {
      polling = null;
    });
    return polling;
  };

  const pollTimer = printer ? setInterval(() => void checkPrinter(), config.statusPollMs) : null;
  pollTimer?.unref?.();
  if (printer) void checkPrinter();

  const print = async (job: PrintJob): Promise<Result<{ jobId: string }>> => {
    if (!printer) return fail(luotError('printer_offline', { vi: 'Chưa cấu hình máy in.', en: 'No printer is configured.' }));
    let result: Result<{ jobId: string }>;
    try {
      result = await printer.print(job);
    } catch (err) {
      result = fail(luotError('printer_error', { en: `The printer failed: ${err instanceof Error ? err.message : String(err)}` }));
    }
    // A failed job usually means the printer changed state: tell listeners now, not at the next poll.
    if (!result.ok) void checkPrinter();
    return result;
  };

  const signText = async (text: unknown): Promise<Result<void>> => {
    if (!sign) return fail(luotError('device_error', { vi: 'Quầy này không có bảng LED.', en: 'No counter sign is configured.' }));
    const parsed = parsePayload(signTextSchema, text);
    if (!parsed.ok) return fail({ ...parsed.error, field: 'text' });
    return sign.show(parsed.value);
  };

  return {
    print,
    printUnknown: async (job) => {
      const parsed = parsePayload(printJobSchema, job);
      return parsed.ok ? print(parsed.value) : fail(parsed.error);
    },
    printerStatus: checkPrinter,
    lastPrinterStatus: () => lastStatus,
    onEvent(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    sign: signText,
    async showOnSign(text) {
      const result = await signText(text);
      if (!result.ok) throw new DeviceApiError(result.error);
    },
    connections: () => drivers.map(([device, driver, path]) => ({ device, path, connected: driver.connected })),
    async close() {
      closed = true;
      if (pollTimer) clearInterval(pollTimer);
      listeners.clear();
      await Promise.all(drivers.map(([, driver]) => driver.close()));
      if (polling) await polling.catch(() => undefined);
      await printer?.close();
    },
  };
}

