import { SerialPort } from 'serialport';
import { AnswerQueue, type PrinterConnection, TransportError, withTimeout } from './connection';

/** Opens a serial printer (8N1, no flow control). */
export function openSerialConnection(path: string, baudRate: number, timeoutMs: number): Promise<PrinterConnection> {
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  const opened = new Promise<PrinterConnection>((resolve, reject) => {
    port.open((error) => {
      if (error) reject(new TransportError(`cannot open ${path}: ${error.message}`, 'connect'));
      else resolve(new SerialConnection(port, baudRate));
    });
  });
  return withTimeout(opened, timeoutMs, `opening ${path}`, () => {
    if (port.isOpen) port.close();
  });
}

class SerialConnection implements PrinterConnection {
  readonly canQuery = true;
  private readonly answers = new AnswerQueue();

  constructor(
    private readonly port: SerialPort,
    readonly baudRate: number,
  ) {
    port.on('data', (data: Buffer) => this.answers.push(data));
    port.on('close', () => this.answers.end());
    port.on('error', () => this.answers.end());
  }

  async query(bytes: Buffer, timeoutMs: number): Promise<number | null> {
    if (this.answers.isClosed) return null;
    this.answers.discard();
    this.port.write(bytes);
    return this.answers.next(timeoutMs);
  }

  readByte(timeoutMs: number): Promise<number | null> {
    return this.answers.next(timeoutMs);
  }

  write(bytes: Buffer, timeoutMs: number): Promise<void> {
    if (this.answers.isClosed) return Promise.reject(new TransportError('the serial port is closed', 'closed'));
    const written = new Promise<void>((resolve, reject) => {
      this.port.write(bytes, (error) => {
        if (error) return reject(new TransportError(`write failed: ${error.message}`, 'io'));
        this.port.drain((drainError) => (drainError ? reject(new TransportError(`write failed: ${drainError.message}`, 'io')) : resolve()));
      });
    });
    // A serial line is slow (9600 baud ≈ 1 KB/s): allow the time the bytes need on the wire.
    const wireMs = Math.ceil((bytes.length * 10 * 1000) / this.baudRate);
    return withTimeout(written, timeoutMs + wireMs * 2, 'sending the job', () => this.port.flush());
  }

  close(): Promise<void> {
    if (!this.port.isOpen) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 1000);
      this.port.close(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
