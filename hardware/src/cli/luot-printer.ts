/**
 * `luot-printer`: the installer's tool. Prints a sample ticket or receipt,
 * reports a printer's state, and runs the virtual network printer.
 * Exit codes: 0 done, 1 the printer is not ready or the job failed, 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { canPrint, type LuotError } from '@luot/protocol';
import { createPrinter, describeState, PrinterOptionsError, type PrinterOptions, sampleReceipt, sampleTicket } from '../printing/index';
import { runSimulator } from './simulate-command';

export const USAGE = `luot-printer — máy in phiếu của Lượt / Lượt's thermal printer tool

Usage:
  luot-printer sample  --to <target> [--width 80|58] [--mode raster|text] [--codepage tcvn3|wpc1258|viscii]
                       [--codepage-number N] [--type epson|star] [--timeout ms]
  luot-printer receipt --to <target> [same options]
  luot-printer status  --to <target> [--timeout ms]
  luot-printer simulate [--port 9100] [--host 127.0.0.1] [--out <dir>] [--state online|paper_out|…]
  luot-printer --help

Targets:
  tcp://192.168.1.50:9100            network printer (port defaults to 9100)
  serial:/dev/ttyUSB0?baud=9600      serial printer (baud defaults to 9600)
  file:/dev/usb/lp0                  USB printer device file (no status reports)

Exit codes: 0 done; 1 printer not ready or job failed; 2 bad usage.`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo: CliIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

const showError = (io: CliIo, error: LuotError) => io.err(`Lỗi / Error [${error.code}]: ${error.message.vi}\n  ${error.message.en}`);

const numberOption = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} must be a number, got "${value}"`);
  return n;
};

class UsageError extends Error {}

export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        to: { type: 'string' },
        width: { type: 'string' },
        mode: { type: 'string' },
        codepage: { type: 'string' },
        'codepage-number': { type: 'string' },
        type: { type: 'string' },
        timeout: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        out: { type: 'string' },
        state: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || command === 'help' || command === undefined) {
    (command === undefined && !values.help ? io.err : io.out)(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (positionals.length > 1) {
    io.err(`Unexpected argument "${positionals[1]}".\n\n${USAGE}`);
    return 2;
  }

  try {
    if (command === 'simulate') {
      return await runSimulator(
        { port: numberOption(values.port, 'port') ?? 9100, host: values.host ?? '127.0.0.1', outDir: values.out, state: values.state },
        io,
      );
    }
    if (command !== 'sample' && command !== 'receipt' && command !== 'status') {
      io.err(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
    }
    if (!values.to) {
      io.err(`Missing --to <target>, e.g. --to tcp://192.168.1.50:9100\n\n${USAGE}`);
      return 2;
    }
    const width = numberOption(values.width, 'width');
    const codePageNumber = numberOption(values['codepage-number'], 'codepage-number');
    const timeoutMs = numberOption(values.timeout, 'timeout');
    // Values are checked by createPrinter, which names the bad one.
    const options = {
      target: values.to,
      ...(width !== undefined ? { width } : {}),
      ...(values.mode ? { mode: values.mode } : {}),
      ...(values.codepage ? { codepage: values.codepage } : {}),
      ...(values.type ? { type: values.type } : {}),
      ...(codePageNumber !== undefined ? { codePageNumber } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    } as PrinterOptions;
    const printer = createPrinter(options);
    try {
      if (command === 'status') {
        const status = await printer.status();
        const words = describeState(status.state);
        io.out(`${status.state}: ${words.vi} / ${words.en}${status.detail ? ` (${status.detail})` : ''}`);
        return canPrint(status.state) ? 0 : 1;
      }
      const job = command === 'sample' ? { kind: 'ticket' as const, ticket: sampleTicket(Date.now()) } : { kind: 'receipt' as const, receipt: sampleReceipt(Date.now()) };
      const result = await printer.print(job);
      if (!result.ok) {
        showError(io, result.error);
        return 1;
      }
      io.out(`Đã in / Printed ${command === 'sample' ? 'a sample ticket' : 'a sample receipt'} (job ${result.value.jobId}).`);
      return 0;
    } finally {
      await printer.close();
    }
  } catch (error) {
    if (error instanceof PrinterOptionsError) {
      showError(io, error.error);
      return 2;
    }
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`Unexpected error: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
