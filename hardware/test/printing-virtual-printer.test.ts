import { afterEach, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { buildJobBytes, createPrinter, isBlack, resolvePrinterOptions, sampleReceipt, sampleTicket } from '../src/printing/index';
import { startVirtualPrinter, type VirtualPrinter } from '../src/simulators/virtual-printer';
import { decodeJob } from '../src/simulators/virtual-printer-decoder';

let printer: VirtualPrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

const ticketJob = { kind: 'ticket' as const, ticket: sampleTicket() };

describe('raster printing to the virtual network printer', () => {
  it.each([
    [80, 576, 72],
    [58, 384, 48],
  ] as const)('prints a %i mm ticket: ESC @, GS v 0 raster %i dots (%i bytes a row), cut', async (width, dots, bytesPerRow) => {
    printer = await startVirtualPrinter();
    const result = await createPrinter({ target: printer.target, width }).print(ticketJob);
    expect(result.ok).toBe(true);
    const [job] = await printer.waitForJobs(1);
    const bytes = job!.bytes;
    expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40]);
    // The first raster block: GS v 0, m = 48, xL xH = bytes a row.
    const gsv = bytes.indexOf(Buffer.of(0x1d, 0x76, 0x30));
    expect(gsv).toBeGreaterThan(0);
    expect(bytes.readUInt16LE(gsv + 4)).toBe(bytesPerRow);
    expect(job!.decoded.cut).toBe(true);
    expect(bytes.includes(Buffer.of(0x1d, 0x56, 0x00))).toBe(true);
    const image = job!.decoded.image!;
    expect(image.width).toBe(dots);
    expect(image.height).toBeGreaterThan(500);
    // The image is the ticket: some ink, mostly paper.
    let black = 0;
    for (let y = 0; y < image.height; y++) for (let x = 0; x < image.width; x++) if (isBlack(image, x, y)) black++;
    const ratio = black / (image.width * image.height);
    expect(ratio).toBeGreaterThan(0.05);
    expect(ratio).toBeLessThan(0.5);
    expect(job!.png()!.subarray(1, 4).toString()).toBe('PNG');
  });

  it('splits two jobs sent on one connection at the cut', async () => {
    printer = await startVirtualPrinter();
    const opts = resolvePrinterOptions({ target: printer.target });
    if (!opts.ok) throw new Error('options');
    const receipt = await buildJobBytes({ kind: 'receipt', receipt: sampleReceipt() }, opts.value);
    const ticket = await buildJobBytes(ticketJob, opts.value);
    const socket = connect(printer.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.write(Buffer.concat([receipt, ticket]), () => resolve()));
    // Both jobs arrive before the connection closes: the cut ends each one.
    const jobs = await printer.waitForJobs(2);
    socket.destroy();
    expect(jobs[0]!.decoded.image!.height).toBeGreaterThan(jobs[1]!.decoded.image!.height);
    // (ESC @ after the receipt's cut resets the printer, so it opens the next job.)
    expect(Buffer.from(jobs[1]!.decoded.image!.data).equals(Buffer.from(decodeJob(ticket).image!.data))).toBe(true);
  });

  it('refuses a malformed job with invalid_payload and sends nothing', async () => {
    printer = await startVirtualPrinter();
    const bad = { kind: 'ticket', ticket: { ...sampleTicket(), code: '' } } as const;
    const result = await createPrinter({ target: printer.target }).print(bad);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(printer.jobs).toHaveLength(0);
  });
});

describe('printer status and failures within a bounded time', () => {
  it.each([
    ['online', 'online'],
    ['paper_near_end', 'paper_near_end'],
    ['paper_out', 'paper_out'],
    ['cover_open', 'cover_open'],
    ['error', 'error'],
  ] as const)('reports %s', async (state, expected) => {
    printer = await startVirtualPrinter({ state });
    const status = await createPrinter({ target: printer.target }).status();
    expect(status.state).toBe(expected);
  });

  it('still prints when the paper is near its end', async () => {
    printer = await startVirtualPrinter({ state: 'paper_near_end' });
    expect((await createPrinter({ target: printer.target }).print(ticketJob)).ok).toBe(true);
  });

  it.each([
    ['paper_out', 'printer_paper_out'],
    ['cover_open', 'printer_cover_open'],
  ] as const)('%s: printing fails fast with %s and nothing is printed', async (state, code) => {
    printer = await startVirtualPrinter({ state });
    const started = Date.now();
    const result = await createPrinter({ target: printer.target }).print(ticketJob);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(result.ok || result.error.message.vi.length > 0).toBe(true);
    expect(printer.jobs).toHaveLength(0);
  });

  it.each(['silent', 'drop', 'refuse'] as const)('offline (%s): printer_offline within the 1.5 s timeout', async (mode) => {
    printer = await startVirtualPrinter({ state: 'offline', offlineMode: mode });
    const p = createPrinter({ target: printer.target, timeoutMs: 1500 });
    const started = Date.now();
    const result = await p.print(ticketJob);
    const elapsed = Date.now() - started;
    expect(result).toMatchObject({ ok: false, error: { code: 'printer_offline' } });
    expect(elapsed).toBeLessThan(2500);
    expect((await p.status()).state).toBe('offline');
    expect(printer.jobs).toHaveLength(0);
  });

  it('comes back: offline, then online again prints', async () => {
    printer = await startVirtualPrinter();
    const p = createPrinter({ target: printer.target, timeoutMs: 1000 });
    await printer.setState('offline', 'refuse');
    expect((await p.print(ticketJob)).ok).toBe(false);
    await printer.setState('online');
    expect((await p.print(ticketJob)).ok).toBe(true);
    await printer.waitForJobs(1);
  });

  it('a target nobody listens on is offline, not a crash', async () => {
    const result = await createPrinter({ target: 'tcp://127.0.0.1:1', timeoutMs: 1000 }).print(ticketJob);
    expect(result).toMatchObject({ ok: false, error: { code: 'printer_offline' } });
  });
});
