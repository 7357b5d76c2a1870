/**
 * The device end of a simulated serial device: opens the pty a simulator
 * plays on, collects the lines the host sends, and writes frames back.
 */
import { SerialPort } from 'serialport';
import { LineSplitter } from '../serial/line-splitter';

export class SerialDeviceSimulator {
  private port: SerialPort | null = null;
  private readonly splitter = new LineSplitter(4096);
  /** Every line the host sent, oldest first. */
  readonly received: string[] = [];

  constructor(
    readonly path: string,
    private readonly baudRate = 9600,
  ) {}

  /** Opens (or, after a replug, reopens) the device end. */
  async open(): Promise<void> {
    if (this.port?.isOpen) return;
    this.splitter.reset();
    const port = new SerialPort({ path: this.path, baudRate: this.baudRate, autoOpen: false });
    port.on('error', () => {});
    port.on('data', (chunk: Buffer) => {
      for (const item of this.splitter.push(chunk)) {
        if (item.kind === 'line') {
          this.received.push(item.text);
          this.onHostLine(item.text);
        }
      }
    });
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
    this.port = port;
  }

  async close(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }

  /** Writes raw bytes or text exactly as given (for garbage and split frames). */
  async sendRaw(data: string | Uint8Array): Promise<void> {
    const port = this.port;
    if (!port) throw new Error(`simulator on ${this.path} is not open`);
    await new Promise<void>((resolve, reject) => {
      port.write(data, (err) => (err ? reject(err) : port.drain((e) => (e ? reject(e) : resolve()))));
    });
  }

  /** Called for every line the host sends; simulators that answer override it. */
  protected onHostLine(_line: string): void {}
}
