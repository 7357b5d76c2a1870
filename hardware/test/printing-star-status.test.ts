import { afterEach, describe, expect, it } from 'vitest';
import { createPrinter, sampleTicket } from '../src/printing/index';
import { startVirtualPrinter, type VirtualPrinter } from '../src/simulators/virtual-printer';

let printer: VirtualPrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

const ticketJob = { kind: 'ticket' as const, ticket: sampleTicket() };

describe('Star printers: status by automatic status (ESC ACK SOH)', () => {
  it.each(['online', 'paper_near_end', 'paper_out', 'cover_open', 'error'] as const)('reports %s', async (state) => {
    printer = await startVirtualPrinter({ dialect: 'star', state });
    const status = await createPrinter({ target: printer.target, type: 'star', timeoutMs: 1000 }).status();
    expect(status.state).toBe(state);
    expect(printer.statusQueries).toBe(1);
  });

  it('a silent offline printer is offline within the timeout', async () => {
    printer = await startVirtualPrinter({ dialect: 'star', state: 'offline', offlineMode: 'silent' });
    const started = Date.now();
    const status = await createPrinter({ target: printer.target, type: 'star', timeoutMs: 500 }).status();
    expect(status.state).toBe('offline');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('prints when online or near end; paper out and cover open fail fast with nothing printed', async () => {
    printer = await startVirtualPrinter({ dialect: 'star', state: 'paper_near_end' });
    const star = createPrinter({ target: printer.target, type: 'star', width: 58, timeoutMs: 1000 });
    expect((await star.print(ticketJob)).ok).toBe(true);
    await printer.waitForJobs(1);
    for (const [state, code] of [
      ['paper_out', 'printer_paper_out'],
      ['cover_open', 'printer_cover_open'],
      ['error', 'printer_error'],
    ] as const) {
      await printer.setState(state);
      const started = Date.now();
      expect(await star.print(ticketJob)).toMatchObject({ ok: false, error: { code } });
      expect(Date.now() - started).toBeLessThan(1500);
    }
    expect(printer.jobs).toHaveLength(1);
  });

  it('Star line mode does not answer DLE EOT: with type epson the printer shows offline, with type star online', async () => {
    printer = await startVirtualPrinter({ dialect: 'star' });
    expect((await createPrinter({ target: printer.target, type: 'epson', timeoutMs: 500 }).status()).state).toBe('offline');
    expect((await createPrinter({ target: printer.target, type: 'star', timeoutMs: 500 }).status()).state).toBe('online');
  });
});
