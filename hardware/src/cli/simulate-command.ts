import { createInterface } from 'node:readline';
import { PRINTER_STATES, type PrinterState } from '@luot/protocol';
import { type OfflineMode, startVirtualPrinter } from '../simulators/virtual-printer';
import type { CliIo } from './luot-printer';

export interface SimulateOptions {
  port: number;
  host: string;
  outDir?: string | undefined;
  state?: string | undefined;
}

const isState = (s: string): s is PrinterState => (PRINTER_STATES as readonly string[]).includes(s);

/**
 * Runs the virtual printer until SIGINT/SIGTERM (or stdin closes when it is
 * not a terminal). Typing a state on stdin (`offline`, `offline refuse`,
 * `paper_out`, `online` …) switches it, for trying the kiosk's error screens.
 */
export async function runSimulator(options: SimulateOptions, io: CliIo, stop?: Promise<void>): Promise<number> {
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    io.err(`--port must be 0–65535, got ${options.port}`);
    return 2;
  }
  const initial = options.state ?? 'online';
  if (!isState(initial)) {
    io.err(`--state must be one of ${PRINTER_STATES.join(', ')}`);
    return 2;
  }
  let printer;
  try {
    printer = await startVirtualPrinter({ port: options.port, host: options.host, state: initial, ...(options.outDir ? { outDir: options.outDir } : {}) });
  } catch (error) {
    io.err(`Cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`);
    return 1;
  }
  io.out(`Virtual printer listening on ${printer.target} (state ${printer.state})${options.outDir ? `, saving jobs to ${options.outDir}` : ''}`);
  printer.on('job', (job) => {
    const image = job.decoded.image;
    io.out(`job ${job.index}: ${job.bytes.length} bytes, ${image ? `raster ${image.width}×${image.height}` : 'text'}${job.decoded.cut ? ', cut' : ''}`);
  });

  const lines = createInterface({ input: process.stdin, terminal: false });
  lines.on('line', (line) => {
    const [state, mode] = line.trim().split(/\s+/);
    if (!state) return;
    if (!isState(state)) return io.err(`unknown state "${state}"; one of ${PRINTER_STATES.join(', ')}`);
    void printer.setState(state, mode as OfflineMode | undefined).then(() => io.out(`state: ${state}${mode ? ` (${mode})` : ''}`));
  });

  await (stop ??
    new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    }));
  lines.close();
  await printer.close();
  io.out('Virtual printer stopped.');
  return 0;
}
