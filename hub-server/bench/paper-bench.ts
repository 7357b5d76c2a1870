/**
 * Tap → paper: from the kiosk's issue command to the last byte of its ticket
 * at a virtual network printer, as the kiosk does it: the hub's receipt
 * becomes the kiosk's print job (kiosk-app's buildTicketPrintJob), rendered
 * as raster with the bundled font and QR (@luot/hardware's printer, as the
 * device agent runs it), sent over TCP after a status check. An officer
 * calls in the background. The floor sends the same pre-rendered bytes to
 * the same printer the same way (connect, DLE EOT, write), without hub or
 * rendering. Rendering alone is timed over the same tickets.
 *
 * Not included: the kiosk page → device agent hop (one HTTP request on
 * loopback) and the printer's own mechanism.
 */
import type { HallSnapshot, TicketPrintJob } from '@luot/protocol';
import type { HubClient } from '@luot/hub-client';
import { buildJobBytes, createPrinter, parseTarget, renderTicket } from '@luot/hardware/printing/index';
import { queryStatus } from '@luot/hardware/printing/printer-status';
import { openConnection } from '@luot/hardware/printing/transport/open-connection';
import { startVirtualPrinter } from '@luot/hardware/simulators/virtual-printer';
import { buildTicketPrintJob } from '@luot/kiosk-app/renderer/ticket-print-job';
import { SERVICES } from './bench-hall';
import { summarize, sleep, type LatencySummary } from './stats';

export interface PaperResult {
  tickets: number;
  tapToPaperMs: LatencySummary;
  /** The same bytes, pre-rendered, sent to the same printer. */
  floorMs: LatencySummary;
  renderMs: LatencySummary;
  /** Calls the officer made while the tickets printed. */
  backgroundCalls: number;
  jobBytes: number;
}

/** An officer at a counter calling, serving and finishing one citizen after another until stopped. */
function callInBackground(counter: HubClient<'counter'>, everyMs: number): { stop: () => Promise<number> } {
  let running = true;
  let calls = 0;
  const loop = (async () => {
    while (running) {
      const called = await counter.command('counter:call-next', {});
      if (called.ok && called.value) {
        calls++;
        await counter.command('counter:start-serving', {});
        await counter.command('counter:finish', { outcome: 'guided' });
      }
      await sleep(everyMs);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return calls;
    },
  };
}

export async function tapToPaper(url: string, kiosk: HubClient<'kiosk'>, snapshot: HallSnapshot, counter: HubClient<'counter'>, tickets: number): Promise<PaperResult> {
  const virtual = await startVirtualPrinter({ port: 0 });
  // The moment each job is complete at the printer: its cut, the job's last bytes, has arrived.
  let onJob: ((at: number) => void) | null = null;
  virtual.on('job', () => {
    const resolve = onJob;
    onJob = null;
    resolve?.(performance.now());
  });
  const nextJob = () => ({ done: new Promise<number>((r) => (onJob = r)) });
  try {
    const printer = createPrinter({ target: virtual.target, width: 80 });
    const printOne = async (service: string): Promise<{ ms: number; job: TicketPrintJob }> => {
      const started = performance.now();
      const issued = await kiosk.command('ticket:issue', { service });
      if (!issued.ok) throw new Error(`tap → paper: issue refused: ${JSON.stringify(issued.error)}`);
      const job = buildTicketPrintJob(snapshot, url, issued.value);
      const paper = nextJob();
      const printed = await printer.print({ kind: 'ticket', ticket: job });
      if (!printed.ok) throw new Error(`tap → paper: print failed: ${JSON.stringify(printed.error)}`);
      return { ms: (await paper.done) - started, job };
    };
    // Warm-up, as a kiosk that has printed before: the font files, the first canvas, the header of each service used.
    for (let i = 0; i < 5; i++) await printOne(SERVICES[i % 2]!);

    const background = callInBackground(counter, 100);
    const tapMs: number[] = [];
    const jobs: TicketPrintJob[] = [];
    for (let i = 0; i < tickets; i++) {
      const { ms, job } = await printOne(SERVICES[i % 2]!);
      tapMs.push(ms);
      jobs.push(job);
    }
    const backgroundCalls = await background.stop();
    await printer.close();

    const renderMs = jobs.map((job) => {
      const t = performance.now();
      renderTicket(job, 80);
      return performance.now() - t;
    });

    // The floor: the same jobs' bytes made beforehand, then each sent as the printer sends it.
    const options = printer.options;
    const bytes = await Promise.all(jobs.map((job) => buildJobBytes({ kind: 'ticket', ticket: job }, options)));
    const target = parseTarget(virtual.target);
    if (!target.ok) throw new Error('virtual printer target');
    const floorMs: number[] = [];
    for (const b of bytes) {
      const started = performance.now();
      const paper = nextJob();
      const connection = await openConnection(target.value, options.timeoutMs);
      try {
        await queryStatus(connection, options.timeoutMs);
        await connection.write(b, options.timeoutMs);
      } finally {
        await connection.close();
      }
      floorMs.push((await paper.done) - started);
    }
    return { tickets, tapToPaperMs: summarize(tapMs), floorMs: summarize(floorMs), renderMs: summarize(renderMs), backgroundCalls, jobBytes: bytes[0]!.length };
  } finally {
    await virtual.close();
  }
}
