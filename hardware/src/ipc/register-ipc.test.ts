import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceEvent, PrintJob } from '@luot/protocol';
import { createDeviceService, type DeviceService } from '../device-service';
import { parseDeviceServiceConfig } from '../device-service-config';
import { FakePrinter } from '../../test/agent-helpers';
import { DEVICE_CHANNELS } from './channels';
import { registerDeviceIpc, type IpcInvokeEventLike, type IpcMainLike, type WebContentsLike } from './register-ipc';
import { startShellDevices } from './shell-devices';

/** Stands in for Electron's ipcMain: keeps the handlers and lets the test invoke them. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: IpcInvokeEventLike, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(channel: string, sender: unknown, ...args: unknown[]): Promise<unknown> {
    return this.invokeFrom(channel, { sender }, ...args);
  }
  invokeFrom(channel: string, event: IpcInvokeEventLike, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return Promise.resolve(handler(event, ...args));
  }
}

class FakeWebContents implements WebContentsLike {
  readonly sent: [string, unknown[]][] = [];
  destroyed = false;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, args]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

const job: PrintJob = {
  kind: 'ticket',
  ticket: {
    hallName: { vi: 'Trung tâm Phục vụ hành chính công', en: 'Public Administrative Service Center' },
    serviceName: { vi: 'Tư pháp', en: 'Justice' },
    code: 'B002',
    priority: 'none',
    issuedAt: 1_790_000_000_000,
    peopleAhead: 0,
    estimatedWaitMinutes: null,
    trackUrl: 'http://10.0.0.2:8080/t/x',
  },
};

let service: DeviceService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

function setup() {
  const config = parseDeviceServiceConfig({ printer: { target: 'tcp://127.0.0.1:9' }, statusPollMs: 60_000 });
  if (!config.ok) throw new Error('bad test config');
  const printer = new FakePrinter();
  service = createDeviceService(config.value, { createPrinter: () => printer });
  const ipcMain = new FakeIpcMain();
  const win = new FakeWebContents();
  const unregister = registerDeviceIpc({ ipcMain, service, target: win });
  return { ipcMain, win, printer, unregister, service };
}

describe('device IPC handlers', () => {
  it('registers one handler per channel and prints a valid job', async () => {
    const { ipcMain, win, printer } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(['device:print', 'device:printer-status', 'device:sign']);
    expect(await ipcMain.invoke(DEVICE_CHANNELS.print, win, job)).toEqual({ ok: true, value: { jobId: 'job-1' } });
    expect(printer.jobs).toEqual([job]);
    expect(await ipcMain.invoke(DEVICE_CHANNELS.printerStatus, win)).toMatchObject({ state: 'online' });
  });

  it('refuses a malformed job from the renderer with a typed error and prints nothing', async () => {
    const { ipcMain, win, printer } = setup();
    const result = await ipcMain.invoke(DEVICE_CHANNELS.print, win, { kind: 'ticket', ticket: { ...job.ticket, peopleAhead: -1 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: 'ticket.peopleAhead' } });
    expect(await ipcMain.invoke(DEVICE_CHANNELS.print, win, 'rm -rf /')).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(printer.jobs).toEqual([]);
  });

  it('refuses calls from another sender', async () => {
    const { ipcMain, printer } = setup();
    const other = new FakeWebContents();
    expect(await ipcMain.invoke(DEVICE_CHANNELS.print, other, job)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ipcMain.invoke(DEVICE_CHANNELS.sign, other, 'A001')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(printer.jobs).toEqual([]);
  });

  it('answers device:sign with a typed error when no sign is attached', async () => {
    const { ipcMain, win } = setup();
    expect(await ipcMain.invoke(DEVICE_CHANNELS.sign, win, 'A001')).toMatchObject({ ok: false, error: { code: 'device_error' } });
  });

  it('pushes device events to the window, not to a destroyed one, and unregisters cleanly', async () => {
    const { ipcMain, win, printer, unregister, service } = setup();
    await service.printerStatus();
    await new Promise((r) => setTimeout(r, 10));
    const pushed = () => win.sent.filter(([c]) => c === DEVICE_CHANNELS.event).map(([, [e]]) => e as DeviceEvent);
    expect(pushed()).toMatchObject([{ type: 'printer', status: { state: 'online' } }]);

    printer.state = 'cover_open';
    await service.printerStatus();
    expect(pushed().at(-1)).toMatchObject({ type: 'printer', status: { state: 'cover_open' } });

    win.destroyed = true;
    printer.state = 'online';
    await service.printerStatus();
    expect(pushed()).toHaveLength(2);

    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('shell devices', () => {
  it('answer the shell window only while it shows a trusted page, and work without a config', async () => {
    const ipcMain = new FakeIpcMain();
    const win = new FakeWebContents();
    const devices = startShellDevices({ config: null, ipcMain, target: win, isTrustedUrl: (url) => url.startsWith('http://hub:8080/') });
    const status = (await ipcMain.invokeFrom(DEVICE_CHANNELS.printerStatus, { sender: win, senderFrame: { url: 'http://hub:8080/kiosk/' } })) as { state: string };
    expect(status.state).toBe('offline');
    // Another page, or another window: refused.
    await expect(ipcMain.invokeFrom(DEVICE_CHANNELS.printerStatus, { sender: win, senderFrame: { url: 'https://evil.example/' } })).resolves.toMatchObject({ state: 'error', detail: 'refused' });
    await expect(ipcMain.invokeFrom(DEVICE_CHANNELS.printerStatus, { sender: {}, senderFrame: { url: 'http://hub:8080/kiosk/' } })).resolves.toMatchObject({ state: 'error', detail: 'refused' });
    await expect(ipcMain.invokeFrom(DEVICE_CHANNELS.print, { sender: win, senderFrame: { url: 'https://evil.example/' } }, job)).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await devices.close();
    expect(ipcMain.handlers.size).toBe(0);
  });
});
