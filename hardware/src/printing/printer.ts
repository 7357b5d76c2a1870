import { randomUUID } from 'node:crypto';
import {
  canPrint,
  fail,
  luotError,
  ok,
  parsePayload,
  printJobSchema,
  type LuotError,
  type PrintJob,
  type PrinterStatus,
  type Result,
} from '@luot/protocol';
import { buildJobBytes } from './job-bytes';
import { errorForState } from './print-errors';
import { queryStatus } from './printer-status';
import { type PrinterOptions, resolvePrinterOptions, type ResolvedPrinterOptions } from './printer-options';
import { describeTarget } from './target';
import { type PrinterConnection, TransportError } from './transport/connection';
import { openConnection } from './transport/open-connection';

export interface Printer {
  /** Checks the printer's state, then sends the job. Fails fast with a typed error; never waits forever. */
  print(job: PrintJob): Promise<Result<{ jobId: string }>>;
  /** Asks the printer for its state (DLE EOT; ESC ACK SOH on Star) within the timeout. */
  status(): Promise<PrinterStatus>;
  /** Waits for a job in progress to finish (bounded by its own deadlines). */
  close(): Promise<void>;
  readonly options: ResolvedPrinterOptions;
}

/** Bad printer options (target, width, code page…): `error` says which and why. */
export class PrinterOptionsError extends Error {
  constructor(readonly error: LuotError) {
    super(error.message.en);
    this.name = 'PrinterOptionsError';
  }
}

/**
 * A printer on a target. Each job and each status check opens its own link
 * and closes it after: network printers take one connection at a time, and a
 * link kept open would hold the printer when the kiosk is idle.
 *
 * @example
 * const printer = createPrinter({ target: 'tcp://192.168.1.50:9100', width: 80 });
 * const result = await printer.print({ kind: 'ticket', ticket });
 * if (!result.ok) showError(result.error); // printer_offline, printer_paper_out, …
 */
export function createPrinter(options: PrinterOptions, clock: () => number = Date.now): Printer {
  const resolved = resolvePrinterOptions(options);
  if (!resolved.ok) throw new PrinterOptionsError(resolved.error);
  const opts = resolved.value;
  const where = describeTarget(opts.target);
  // One job or status check at a time: the printer takes one connection.
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Opens a link and hands it over with what is left of the deadline, so connect + status stay within timeoutMs. */
  const withConnection = async <T>(use: (c: PrinterConnection, leftMs: number) => Promise<T>, onUnreachable: (e: TransportError) => T): Promise<T> => {
    const started = clock();
    let connection: PrinterConnection;
    try {
      connection = await openConnection(opts.target, opts.timeoutMs);
    } catch (error) {
      if (error instanceof TransportError) return onUnreachable(error);
      throw error;
    }
    try {
      return await use(connection, Math.max(250, opts.timeoutMs - (clock() - started)));
    } finally {
      await connection.close();
    }
  };

  const status = (): Promise<PrinterStatus> =>
    serially(() =>
      withConnection(
        (c, leftMs) => queryStatus(c, leftMs, clock, opts.type),
        (e) => ({ state: 'offline' as const, checkedAt: clock(), detail: `${where}: ${e.message}` }),
      ),
    );

  const print = async (job: PrintJob): Promise<Result<{ jobId: string }>> => {
    if (closed) return fail(luotError('invalid_state', { en: 'The printer has been closed.', vi: 'Máy in đã bị đóng.' }));
    const parsed = parsePayload(printJobSchema, job);
    if (!parsed.ok) return parsed;
    let bytes: Buffer;
    try {
      // Render before connecting so the printer is held only while bytes flow.
      bytes = await buildJobBytes(parsed.value, opts);
    } catch (error) {
      return fail(luotError('printer_error', { en: `Could not prepare the print job: ${(error as Error).message}`, vi: 'Không tạo được nội dung in.' }));
    }
    return serially(() =>
      withConnection(
        async (c, leftMs): Promise<Result<{ jobId: string }>> => {
          const state = await queryStatus(c, leftMs, clock, opts.type);
          if (!canPrint(state.state)) return fail(errorForState(state.state, state.detail));
          try {
            await c.write(bytes, opts.timeoutMs + Math.ceil(bytes.length / 64));
          } catch (error) {
            const detail = error instanceof Error ? error.message : String(error);
            return fail(errorForState('offline', `${where}: ${detail}`));
          }
          return ok({ jobId: randomUUID() });
        },
        (e) => fail(errorForState('offline', `${where}: ${e.message}`)),
      ),
    );
  };

  return {
    options: opts,
    print,
    status,
    async close() {
      closed = true;
      await queue.catch(() => undefined);
    },
  };
}
