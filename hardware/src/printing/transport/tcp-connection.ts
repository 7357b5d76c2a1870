import { connect, type Socket } from 'node:net';
import { AnswerQueue, type PrinterConnection, TransportError, withTimeout } from './connection';

/** Opens a raw TCP link (port 9100, "JetDirect") to a network printer. */
export function openTcpConnection(host: string, port: number, timeoutMs: number): Promise<PrinterConnection> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new TransportError(`no connection to ${host}:${port} within ${timeoutMs} ms`, 'connect'));
    }, timeoutMs);
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(new TransportError(`cannot connect to ${host}:${port}: ${error.message}`, 'connect'));
    });
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      socket.setNoDelay(true);
      resolve(new TcpConnection(socket));
    });
  });
}

class TcpConnection implements PrinterConnection {
  readonly canQuery = true;
  private readonly answers = new AnswerQueue();
  private failure: Error | null = null;

  constructor(private readonly socket: Socket) {
    socket.on('data', (data: Buffer) => this.answers.push(data));
    socket.on('error', (error) => {
      this.failure = error;
    });
    socket.on('close', () => this.answers.end());
  }

  async query(bytes: Buffer, timeoutMs: number): Promise<number | null> {
    if (this.answers.isClosed) return null;
    this.answers.discard();
    this.socket.write(bytes);
    return this.answers.next(timeoutMs);
  }

  readByte(timeoutMs: number): Promise<number | null> {
    return this.answers.next(timeoutMs);
  }

  write(bytes: Buffer, timeoutMs: number): Promise<void> {
    if (this.answers.isClosed || this.socket.destroyed) {
      return Promise.reject(new TransportError(`the printer closed the connection${this.failure ? `: ${this.failure.message}` : ''}`, 'closed'));
    }
    const written = new Promise<void>((resolve, reject) => {
      const onClose = () => reject(new TransportError('the printer closed the connection while printing', 'closed'));
      this.socket.once('close', onClose);
      this.socket.write(bytes, (error) => {
        this.socket.off('close', onClose);
        if (error) reject(new TransportError(`write failed: ${error.message}`, 'io'));
        else resolve();
      });
    });
    return withTimeout(written, timeoutMs, 'sending the job', () => this.socket.destroy());
  }

  close(): Promise<void> {
    if (this.socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      // End our side so the printer sees the end of the job; do not wait long for its side.
      const timer = setTimeout(() => this.socket.destroy(), 500);
      this.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.socket.end();
    });
  }
}
