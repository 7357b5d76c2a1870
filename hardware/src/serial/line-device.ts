/**
 * The common half of every serial driver: a reconnecting port, a bounded
 * line splitter, and listeners for typed device events. A driver only says
 * how one line becomes an event; a line it cannot read becomes a
 * `device-error` event and is skipped.
 */
import type { DeviceEvent } from '@luot/protocol';
import { LineSplitter } from './line-splitter';
import { ReconnectingPort, type ReconnectOptions } from './reconnecting-port';

export interface SerialPortConfig extends ReconnectOptions {
  path: string;
  baudRate?: number;
}

export type DeviceListener = (event: DeviceEvent) => void;

/** What a driver makes of one line: an event, nothing (e.g. an ack), or a complaint. */
export type LineOutcome = { event: DeviceEvent } | { ignore: true } | { problem: string };

export abstract class LineDevice {
  private readonly listeners = new Set<DeviceListener>();
  private readonly splitter: LineSplitter;
  protected readonly port: ReconnectingPort;
  protected readonly now: () => number;

  protected constructor(
    /** Names the device in `device-error` events: 'keypad', 'sign', 'rating-pad', 'scanner'. */
    readonly device: string,
    config: SerialPortConfig,
    maxLineBytes: number,
    now: () => number = Date.now,
  ) {
    this.now = now;
    this.splitter = new LineSplitter(maxLineBytes);
    this.port = new ReconnectingPort({
      ...config,
      onData: (chunk) => this.receive(chunk),
      onState: (state, detail) => {
        if (state === 'open') {
          this.splitter.reset();
          this.onOpen();
        }
        else this.emitError(`${config.path}: ${detail ?? 'disconnected'}`);
      },
    });
  }

  /** Opens the port (and keeps reopening it). */
  start(): this {
    this.port.start();
    return this;
  }

  get connected(): boolean {
    return this.port.state === 'open';
  }

  onEvent(listener: DeviceListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await this.port.stop();
  }

  protected abstract parseLine(line: string): LineOutcome;

  /** Called after every (re)open; a sign re-sends what it should show. */
  protected onOpen(): void {}

  protected emit(event: DeviceEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // A listener's bug must not stop the other listeners or the port.
      }
    }
  }

  protected emitError(message: string): void {
    this.emit({ type: 'device-error', device: this.device, message, at: this.now() });
  }

  private receive(chunk: Uint8Array): void {
    for (const item of this.splitter.push(chunk)) {
      if (item.kind === 'bad-line') {
        this.emitError(`skipped a line: ${item.reason}`);
        continue;
      }
      const outcome = this.parseLine(item.text);
      if ('event' in outcome) this.emit(outcome.event);
      else if ('problem' in outcome) this.emitError(`skipped "${preview(item.text)}": ${outcome.problem}`);
    }
  }
}

/** A short, printable excerpt of a bad line for an error message. */
function preview(line: string): string {
  // eslint-disable-next-line no-control-regex
  const printable = line.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}
