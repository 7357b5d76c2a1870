/**
 * A serial port that survives unplug and replug. When the port closes or
 * fails to open it waits (exponential backoff, capped), checks that the
 * device path exists again, and reopens. Nothing here throws into the
 * caller: state changes and problems are reported through callbacks.
 */
import { existsSync, statSync } from 'node:fs';
import { SerialPort } from 'serialport';

export interface ReconnectOptions {
  /** First wait after a failure, ms. */
  initialDelayMs?: number;
  /** Longest wait between attempts, ms. */
  maxDelayMs?: number;
  /** How often an open port checks that its device is still the one opened, ms. */
  presenceCheckMs?: number;
}

export interface ReconnectingPortOptions extends ReconnectOptions {
  path: string;
  baudRate?: number;
  onData: (chunk: Buffer) => void;
  /** 'open' after every (re)open; 'closed' when the port went away. */
  onState?: (state: 'open' | 'closed', detail?: string) => void;
}

export type PortState = 'connecting' | 'open' | 'closed' | 'stopped';

export class ReconnectingPort {
  private port: SerialPort | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** While open: checks that the path still names the device opened (see watchPresence). */
  private presence: NodeJS.Timeout | null = null;
  private delayMs: number;
  private current: PortState = 'connecting';
  /** The last reason the port is not open, so repeated failures are reported once. */
  private lastProblem: string | null = null;
  private readonly initialDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(private readonly options: ReconnectingPortOptions) {
    this.initialDelayMs = options.initialDelayMs ?? 250;
    this.maxDelayMs = options.maxDelayMs ?? 5_000;
    this.delayMs = this.initialDelayMs;
  }

  get state(): PortState {
    return this.current;
  }

  get path(): string {
    return this.options.path;
  }

  start(): void {
    if (this.current === 'stopped') return;
    this.attempt();
  }

  /** Writes to the open port; refuses (without throwing) when it is not open. */
  write(data: string | Uint8Array): Promise<void> {
    const port = this.port;
    if (!port || this.current !== 'open') return Promise.reject(new Error(`${this.options.path} is not connected`));
    return new Promise((resolve, reject) => {
      port.write(data, (err) => {
        if (err) reject(err);
        else port.drain((drainErr) => (drainErr ? reject(drainErr) : resolve()));
      });
    });
  }

  async stop(): Promise<void> {
    this.current = 'stopped';
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.stopPresence();
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }

  private attempt(): void {
    this.timer = null;
    if (this.current === 'stopped') return;
    // A USB adapter's or a pty link's path vanishes while unplugged; opening
    // a missing path only produces noise, so wait for it quietly.
    if (!existsSync(this.options.path)) {
      this.noteProblem('device path is missing');
      this.scheduleRetry();
      return;
    }
    const port = new SerialPort({ path: this.options.path, baudRate: this.options.baudRate ?? 9600, autoOpen: false });
    this.port = port;
    port.on('data', (chunk: Buffer) => this.options.onData(chunk));
    // Errors after open are followed by 'close'; listening keeps them from
    // becoming uncaught exceptions.
    port.on('error', () => {});
    port.on('close', () => this.lost(port, 'port closed'));
    port.on('end', () => this.lost(port, 'port ended'));
    port.open((err) => {
      if (this.current === 'stopped') {
        if (!err) port.close();
        return;
      }
      if (err) {
        this.port = null;
        this.noteProblem(`cannot open: ${err.message}`);
        this.scheduleRetry();
        return;
      }
      this.current = 'open';
      this.delayMs = this.initialDelayMs;
      this.lastProblem = null;
      this.watchPresence(port);
      this.options.onState?.('open');
    });
  }

  /**
   * A device pulled out does not always fail the open port's reads: a pty
   * whose other side went away, or an adapter's node removed while no read
   * was pending, can leave the port open on nothing for good. So an open
   * port checks now and then that its path still names the device it opened
   * (same device node), and treats a vanished or replaced one as unplugged.
   */
  private watchPresence(port: SerialPort): void {
    this.stopPresence();
    const device = deviceOf(this.options.path);
    if (device === null) return;
    this.presence = setInterval(() => {
      if (deviceOf(this.options.path) !== device) this.lost(port, 'device unplugged');
    }, this.options.presenceCheckMs ?? 1_000);
    this.presence.unref?.();
  }

  private stopPresence(): void {
    if (this.presence) clearInterval(this.presence);
    this.presence = null;
  }

  private lost(port: SerialPort, why: string): void {
    if (this.port !== port || this.current === 'stopped') return;
    this.stopPresence();
    this.port = null;
    if (port.isOpen) port.close(() => {});
    const wasOpen = this.current === 'open';
    this.current = 'closed';
    if (wasOpen) this.options.onState?.('closed', why);
    this.lastProblem = why;
    this.scheduleRetry();
  }

  private noteProblem(problem: string): void {
    if (this.lastProblem === problem) return;
    this.lastProblem = problem;
    this.current = 'closed';
    this.options.onState?.('closed', problem);
  }

  private scheduleRetry(): void {
    if (this.current === 'stopped' || this.timer) return;
    const wait = this.delayMs;
    this.delayMs = Math.min(this.delayMs * 2, this.maxDelayMs);
    this.timer = setTimeout(() => this.attempt(), wait);
    this.timer.unref?.();
  }
}

/** The device node a path leads to (through links), or null when it is gone. */
function deviceOf(path: string): string | null {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}:${st.rdev}`;
  } catch {
    return null;
  }
}
