/**
 * A virtual network printer (raw TCP, like port 9100 of a real one): answers
 * `DLE EOT` status queries (dialect `star`: `ESC ACK SOH` with the Star
 * automatic status, and no answer to `DLE EOT`, like Star line mode), keeps every job it receives (a job ends at a cut
 * or when the connection closes), turns a job's raster back into a PNG, and
 * can be switched offline, out of paper, cover open or paper near end.
 *
 * @example
 * const printer = await startVirtualPrinter({ port: 0 });
 * await createPrinter({ target: printer.target }).print(job);
 * const [received] = await printer.waitForJobs(1);
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import type { PrinterState } from '@luot/protocol';
import { monochromeToPng } from '../printing/layout/monochrome';
import { asbFor } from '../printing/star-status';
import { statusBytesFor } from '../printing/status-bytes';
import { decodeJob, type DecodedJob, type Dialect, parseCommand } from './virtual-printer-decoder';

/**
 * How an offline printer behaves on the network:
 * - `silent`: accepts connections but never answers nor prints (powered printer, jammed firmware);
 * - `drop`: accepts and closes at once;
 * - `refuse`: stops listening (connection refused, like a powered-off print server).
 */
export type OfflineMode = 'silent' | 'drop' | 'refuse';

export interface VirtualPrinterOptions {
  port?: number;
  host?: string;
  /** Save each job as job-NNN.bin and, when it has a raster, job-NNN.png. */
  outDir?: string;
  state?: PrinterState;
  offlineMode?: OfflineMode;
  dialect?: Dialect;
}

export interface VirtualPrintJob {
  index: number;
  receivedAt: number;
  bytes: Buffer;
  decoded: DecodedJob;
  /** The raster as a PNG, or null for a text-mode job. */
  png(): Buffer | null;
}

export interface VirtualPrinter {
  readonly host: string;
  readonly port: number;
  /** `tcp://host:port`, ready for createPrinter. */
  readonly target: string;
  readonly jobs: readonly VirtualPrintJob[];
  readonly state: PrinterState;
  /** Status queries answered so far. */
  readonly statusQueries: number;
  setState(state: PrinterState, offlineMode?: OfflineMode): Promise<void>;
  waitForJobs(count: number, timeoutMs?: number): Promise<VirtualPrintJob[]>;
  on(event: 'job', listener: (job: VirtualPrintJob) => void): void;
  close(): Promise<void>;
}

export async function startVirtualPrinter(options: VirtualPrinterOptions = {}): Promise<VirtualPrinter> {
  const host = options.host ?? '127.0.0.1';
  const dialect = options.dialect ?? 'epson';
  const events = new EventEmitter();
  const jobs: VirtualPrintJob[] = [];
  const sockets = new Set<Socket>();
  let state: PrinterState = options.state ?? 'online';
  let offlineMode: OfflineMode = options.offlineMode ?? 'silent';
  let statusQueries = 0;
  let listening = false;
  if (options.outDir) mkdirSync(options.outDir, { recursive: true });

  const printable = () => state === 'online' || state === 'paper_near_end';

  const finishJob = (bytes: Buffer) => {
    if (bytes.length === 0 || !printable()) return;
    const decoded = decodeJob(bytes, dialect);
    // A connection that only asked for status carries no job.
    if (decoded.commands.every((c) => c.kind === 'init' || c.kind === 'status-query' || c.kind === 'star-status-query')) return;
    const index = jobs.length + 1;
    const job: VirtualPrintJob = {
      index,
      receivedAt: Date.now(),
      bytes,
      decoded,
      png: () => (decoded.image ? monochromeToPng(decoded.image) : null),
    };
    jobs.push(job);
    if (options.outDir) {
      const name = `job-${String(index).padStart(3, '0')}`;
      writeFileSync(join(options.outDir, `${name}.bin`), bytes);
      const png = job.png();
      if (png) writeFileSync(join(options.outDir, `${name}.png`), png);
    }
    events.emit('job', job);
  };

  const handle = (socket: Socket) => {
    if (state === 'offline' && offlineMode !== 'silent') {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    let pending: Buffer = Buffer.alloc(0);
    let job: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => {
      if (state === 'offline') return; // silent: swallow everything
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      let at = 0;
      for (;;) {
        const step = parseCommand(pending, at, dialect);
        if (!step) break;
        const raw = pending.subarray(at, at + step.length);
        at += step.length;
        if (step.command.kind === 'star-status-query') {
          statusQueries++;
          socket.write(asbFor(state));
          continue;
        }
        if (step.command.kind === 'status-query') {
          // Star line mode does not answer DLE EOT (only its ESC/POS emulation does).
          if (dialect === 'star') continue;
          statusQueries++;
          const s = statusBytesFor(state);
          const byN: Record<number, number> = { 1: s.printer, 2: s.offlineCause, 3: s.errorCause, 4: s.paper };
          const answer = byN[step.command.n];
          if (answer !== undefined) socket.write(Buffer.of(answer));
          continue;
        }
        job.push(raw);
        if (step.command.kind === 'cut') {
          finishJob(Buffer.concat(job));
          job = [];
        }
      }
      pending = pending.subarray(at);
    });
    const end = () => {
      finishJob(Buffer.concat(job));
      job = [];
      sockets.delete(socket);
    };
    socket.on('close', end);
    socket.on('error', () => socket.destroy());
  };

  let server: Server = createServer(handle);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        listening = true;
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!listening) return resolve();
      listening = false;
      server.close(() => resolve());
    });

  const port = await listen(options.port ?? 0);
  if (state === 'offline' && offlineMode === 'refuse') await stopListening();

  return {
    host,
    port,
    target: `tcp://${host}:${port}`,
    jobs,
    get state() {
      return state;
    },
    get statusQueries() {
      return statusQueries;
    },
    async setState(next, mode) {
      state = next;
      if (mode) offlineMode = mode;
      if (state === 'offline' && offlineMode === 'refuse') {
        await stopListening();
      } else if (!listening) {
        server = createServer(handle);
        await listen(port);
      }
      if (state === 'offline' && offlineMode === 'drop') for (const socket of sockets) socket.destroy();
    },
    waitForJobs(count, timeoutMs = 5000) {
      if (jobs.length >= count) return Promise.resolve(jobs.slice(0, count));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off('job', onJob);
          reject(new Error(`virtual printer: ${jobs.length} of ${count} jobs after ${timeoutMs} ms`));
        }, timeoutMs);
        const onJob = () => {
          if (jobs.length < count) return;
          clearTimeout(timer);
          events.off('job', onJob);
          resolve(jobs.slice(0, count));
        };
        events.on('job', onJob);
      });
    },
    on(event, listener) {
      events.on(event, listener);
    },
    close: stopListening,
  };
}
