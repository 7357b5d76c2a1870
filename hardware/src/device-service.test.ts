import { afterEach, describe, expect, it } from 'vitest';
import { fail, luotError, type DeviceEvent, type PrintJob } from '@luot/protocol';
import { createDeviceService, type DeviceService, type PrinterHandle } from './device-service';
import { parseDeviceServiceConfig } from './device-service-config';
import { FakePrinter } from '../test/agent-helpers';

let service: DeviceService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

describe('device service config', () => {
  it('fills defaults and names the field of each mistake', () => {
    const good = parseDeviceServiceConfig({ printer: { target: 'tcp://10.0.0.9:9100' } });
    expect(good).toMatchObject({ ok: true, value: { statusPollMs: 3_000, serial: {}, agent: { port: 17_817, allowedOrigins: [] } } });
    expect(parseDeviceServiceConfig({ printer: { target: 'x', width: 72 } })).toMatchObject({ ok: false, error: { field: 'printer.width' } });
    expect(parseDeviceServiceConfig({ serial: { keypad: { path: '/dev/ttyUSB0', baudRate: 12345 } } })).toMatchObject({
      ok: false,
      error: { field: 'serial.keypad.baudRate' },
    });
    expect(parseDeviceServiceConfig({ serial: { sign: { path: '/dev/ttyUSB1' } } })).toMatchObject({ ok: false, error: { field: 'serial.sign.counter' } });
    expect(parseDeviceServiceConfig({ hub: { url: 'http://10.0.0.2:8080/api', deviceToken: 't' } })).toMatchObject({ ok: false, error: { field: 'hub.url' } });
    expect(parseDeviceServiceConfig({ printers: [] })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });
});

describe('device service', () => {
  const make = (printer: PrinterHandle) => {
    const config = parseDeviceServiceConfig({ printer: { target: 'tcp://127.0.0.1:9' }, statusPollMs: 60_000 });
    if (!config.ok) throw new Error('bad config');
    service = createDeviceService(config.value, { createPrinter: () => printer });
    const events: DeviceEvent[] = [];
    service.onEvent((e) => events.push(e));
    return { service, events };
  };

  it('emits a printer event only when the state changes', async () => {
    const printer = new FakePrinter();
    const { service, events } = make(printer);
    await service.printerStatus();
    await service.printerStatus();
    printer.state = 'paper_near_end';
    await service.printerStatus();
    await service.printerStatus();
    expect(events.map((e) => (e.type === 'printer' ? e.status.state : e.type))).toEqual(['online', 'paper_near_end']);
    expect(service.lastPrinterStatus().state).toBe('paper_near_end');
  });

  it('turns a throwing printer into the error state instead of crashing', async () => {
    const { service } = make({ print: async () => fail(luotError('printer_error')), status: () => Promise.reject(new Error('boom')), close() {} });
    expect(await service.printerStatus()).toMatchObject({ state: 'error', detail: 'boom' });
  });

  it('checks the printer again right after a failed job', async () => {
    const printer = new FakePrinter();
    const { service, events } = make(printer);
    await service.printerStatus();
    printer.state = 'paper_out';
    printer.print = async () => fail(luotError('printer_paper_out'));
    const job = { kind: 'ticket' } as unknown as PrintJob;
    expect(await service.print(job)).toMatchObject({ ok: false, error: { code: 'printer_paper_out' } });
    await new Promise((r) => setTimeout(r, 10));
    expect(events.at(-1)).toMatchObject({ type: 'printer', status: { state: 'paper_out' } });
  });

  it('closes the printer with the service', async () => {
    const printer = new FakePrinter();
    const { service } = make(printer);
    await service.close();
    expect(printer.closed).toBe(true);
  });
});
