import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { RASTER_BAND_ROWS } from '../src/printing/escpos/raster-job';
import { createPrinter, renderReceipt, sampleReceipt, sampleTicket, statusBytesFor } from '../src/printing/index';
import { decodeJob, parseCommand } from '../src/simulators/virtual-printer-decoder';
import { startVirtualPrinter, type VirtualPrinter } from '../src/simulators/virtual-printer';

const ticketJob = { kind: 'ticket' as const, ticket: sampleTicket() };
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'luot-print-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function ptyPair(dir: string): Promise<{ printerSide: string; hostSide: string }> {
  const printerSide = join(dir, 'printer');
  const hostSide = join(dir, 'host');
  const socat: ChildProcess = spawn('socat', [`pty,raw,echo=0,link=${printerSide}`, `pty,raw,echo=0,link=${hostSide}`], { stdio: 'ignore' });
  cleanups.push(() => new Promise<void>((resolve) => (socat.exitCode !== null ? resolve() : (socat.once('exit', () => resolve()), socat.kill('SIGTERM')))));
  const until = Date.now() + 5000;
  while (!(existsSync(printerSide) && existsSync(hostSide))) {
    if (Date.now() > until) throw new Error('socat did not make the pseudo-terminals');
    await new Promise((r) => setTimeout(r, 50));
  }
  return { printerSide, hostSide };
}

/** A serial "printer" on one end of a pty pair: answers DLE EOT and keeps the rest. */
async function serialPrinter(path: string, answer: boolean): Promise<{ received: () => Buffer }> {
  const port = new SerialPort({ path, baudRate: 115200, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((e) => (e ? reject(e) : resolve())));
  cleanups.push(() => new Promise<void>((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve())));
  const chunks: Buffer[] = [];
  let pending: Buffer = Buffer.alloc(0);
  port.on('data', (data: Buffer) => {
    pending = Buffer.concat([pending, data]);
    let at = 0;
    for (let step = parseCommand(pending, at); step; step = parseCommand(pending, at)) {
      const raw = pending.subarray(at, at + step.length);
      at += step.length;
      if (step.command.kind === 'status-query') {
        const s = statusBytesFor('online');
        if (answer) port.write(Buffer.of([0, s.printer, s.offlineCause, s.errorCause, s.paper][step.command.n] ?? 0));
      } else chunks.push(raw);
    }
    pending = pending.subarray(at);
  });
  return { received: () => Buffer.concat(chunks) };
}

describe('printer targets', () => {
  it('serial: asks the status and prints a raster ticket over a pseudo-terminal', async () => {
    const { printerSide, hostSide } = await ptyPair(tempDir());
    const device = await serialPrinter(printerSide, true);
    const printer = createPrinter({ target: `serial:${hostSide}?baud=115200`, width: 58 });
    expect((await printer.status()).state).toBe('online');
    const result = await printer.print(ticketJob);
    expect(result.ok).toBe(true);
    const until = Date.now() + 10_000;
    while (!decodeJob(device.received()).cut && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    const decoded = decodeJob(device.received());
    expect(decoded.startsWithInit).toBe(true);
    expect(decoded.image?.width).toBe(384);
    expect(decoded.cut).toBe(true);
  });

  it('serial: a printer that does not answer is offline within the timeout', async () => {
    const { printerSide, hostSide } = await ptyPair(tempDir());
    await serialPrinter(printerSide, false);
    const started = Date.now();
    const result = await createPrinter({ target: `serial:${hostSide}`, timeoutMs: 1000 }).print(ticketJob);
    expect(result).toMatchObject({ ok: false, error: { code: 'printer_offline' } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('serial: a missing port is offline, not a crash', async () => {
    const result = await createPrinter({ target: 'serial:/dev/does-not-exist-luot', timeoutMs: 1000 }).print(ticketJob);
    expect(result).toMatchObject({ ok: false, error: { code: 'printer_offline' } });
  });

  it('file: writes the job to the device file; a missing file is offline', async () => {
    const dir = tempDir();
    const path = join(dir, 'lp0');
    writeFileSync(path, '');
    const printer = createPrinter({ target: `file:${path}` });
    expect((await printer.status()).state).toBe('online');
    expect((await printer.print(ticketJob)).ok).toBe(true);
    const decoded = decodeJob(readFileSync(path));
    expect(decoded.image?.width).toBe(576);
    expect(decoded.cut).toBe(true);
    const missing = await createPrinter({ target: `file:${join(dir, 'lp9')}` }).print(ticketJob);
    expect(missing).toMatchObject({ ok: false, error: { code: 'printer_offline' } });
    expect(existsSync(join(dir, 'lp9'))).toBe(false);
  });

  it('file: a device that stops taking bytes fails the job in bounded time, and later calls fail fast instead of queueing', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'lp0');
    execFileSync('mkfifo', [fifo]);
    // A reader that never reads: like a jammed /dev/usb/lp0, the pipe takes 64 KiB and then blocks the writer.
    let reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    cleanups.push(() => closeSync(reader));
    const printer = createPrinter({ target: `file:${fifo}`, timeoutMs: 1000 });
    const receipt = { kind: 'receipt' as const, receipt: sampleReceipt() }; // ~100 KiB: more than the pipe holds

    let started = Date.now();
    const stuck = await printer.print(receipt);
    expect(stuck).toMatchObject({ ok: false, error: { code: 'printer_offline' } });
    // The write's own bound (timeout + time for the bytes) plus rendering the slip on a loaded machine; without the fix it never returns.
    expect(Date.now() - started).toBeLessThan(1000 + 110_000 / 64 + 5000);

    started = Date.now();
    const status = await printer.status();
    expect(status.state).toBe('offline');
    expect(status.detail).toContain('previous job');
    const again = await printer.print(ticketJob);
    expect(again).toMatchObject({ ok: false, error: { code: 'printer_offline' } });
    expect(Date.now() - started).toBeLessThan(3000); // no write timeout: only rendering the ticket

    // The device goes away and comes back: the stuck write ends (EPIPE) and the printer is usable again.
    closeSync(reader);
    // The kernel wakes the blocked writer with EPIPE only while no reader is open: give its
    // worker thread time to run before the device "comes back" (on a loaded machine a reader
    // reopened at once could be seen first, and the write would stay blocked).
    await new Promise((r) => setTimeout(r, 750));
    reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const until = Date.now() + 10_000;
    let state = (await printer.status()).state;
    while (state !== 'online' && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 100));
      state = (await printer.status()).state;
    }
    expect(state).toBe('online');
  });

  it('star: the raster goes as ESC k bands and the job ends with the Star cut', async () => {
    const printer: VirtualPrinter = await startVirtualPrinter({ dialect: 'star' });
    cleanups.push(() => printer.close());
    expect((await createPrinter({ target: printer.target, type: 'star', width: 58 }).print(ticketJob)).ok).toBe(true);
    const [job] = await printer.waitForJobs(1);
    expect(job!.bytes.includes(Buffer.of(0x1b, 0x6b, 48, 0x00))).toBe(true);
    expect(job!.bytes.includes(Buffer.of(0x1b, 0x64, 0x02))).toBe(true);
    expect(job!.decoded.image!.width).toBe(384);
    expect(job!.decoded.cut).toBe(true);
  });

  it.each([58, 80] as const)('star %i mm: the printed image is the rendered one, with no white stripes between bands', async (width) => {
    const printer: VirtualPrinter = await startVirtualPrinter({ dialect: 'star' });
    cleanups.push(() => printer.close());
    const receipt = { kind: 'receipt' as const, receipt: sampleReceipt() };
    expect((await createPrinter({ target: printer.target, type: 'star', width }).print(receipt)).ok).toBe(true);
    const [job] = await printer.waitForJobs(1);
    const printed = job!.decoded.image!;
    const rendered = renderReceipt(receipt.receipt, width);
    expect(rendered.height).toBeGreaterThan(2 * RASTER_BAND_ROWS); // several bands
    // Star prints 24-row blocks: only the last one may be padded.
    expect(printed.height).toBe(Math.ceil(rendered.height / 24) * 24);
    expect(printed.bytesPerRow).toBe(rendered.bytesPerRow);
    const rows = rendered.height * rendered.bytesPerRow;
    expect(Buffer.from(printed.data.subarray(0, rows)).equals(Buffer.from(rendered.data.subarray(0, rows)))).toBe(true);
    expect(printed.data.subarray(rows).every((b) => b === 0)).toBe(true);
  });
});
