/**
 * One open link to a printer. Every step takes a deadline: a printer that
 * is off, unplugged or jammed must never hang the kiosk.
 */
export interface PrinterConnection {
  /** Can the printer answer status queries over this link? (a device file cannot) */
  readonly canQuery: boolean;
  /** Sends a query and resolves with the first answer byte, or null when none came in time. */
  query(bytes: Buffer, timeoutMs: number): Promise<number | null>;
  /** The next answer byte of a longer answer (after query), or null when none came in time. */
  readByte(timeoutMs: number): Promise<number | null>;
  /** Writes bytes; rejects with TransportError when not done by the deadline. */
  write(bytes: Buffer, timeoutMs: number): Promise<void>;
  /** Closes the link; never throws, never waits more than a moment. */
  close(): Promise<void>;
}

/** A transport failure: could not connect, write timed out, link dropped. */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly reason: 'connect' | 'timeout' | 'closed' | 'io',
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

/** Resolves or rejects with the promise, or rejects with a timeout error after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string, onTimeout?: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout?.();
      reject(new TransportError(`${what} timed out after ${ms} ms`, 'timeout'));
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Collects bytes a printer sends back and hands the next one to whoever waits:
 * shared by the TCP and serial links.
 */
export class AnswerQueue {
  private bytes: number[] = [];
  private waiter: ((byte: number | null) => void) | null = null;
  private closed = false;

  push(data: Buffer): void {
    for (const byte of data) this.bytes.push(byte);
    this.flush();
  }

  /** The link is gone: whoever waits gets null at once. */
  end(): void {
    this.closed = true;
    this.flush();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  discard(): void {
    this.bytes = [];
  }

  next(timeoutMs: number): Promise<number | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        resolve(null);
      }, timeoutMs);
      this.waiter = (byte) => {
        clearTimeout(timer);
        this.waiter = null;
        resolve(byte);
      };
      this.flush();
    });
  }

  private flush(): void {
    if (!this.waiter) return;
    const byte = this.bytes.shift();
    if (byte !== undefined) this.waiter(byte);
    else if (this.closed) this.waiter(null);
  }
}
