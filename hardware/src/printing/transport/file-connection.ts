import { constants, type FileHandle, open } from 'node:fs/promises';
import { type PrinterConnection, TransportError, withTimeout } from './connection';

/** How long close() waits for the handle before leaving it to close in the background. */
const CLOSE_GRACE_MS = 200;

/**
 * Device files whose last write timed out and has not ended yet. A write to
 * a blocked `/dev/usb/lp0` (or a pipe nobody reads) holds a worker thread
 * until the device takes the bytes; a second write would only hold another
 * one. While a path is here, opening it fails at once; it leaves the map when
 * the stuck write ends (the printer took the bytes, or the device went away).
 */
const stuckWrites = new Map<string, number>();

/**
 * A printer reached through a device file (`/dev/usb/lp0`). We only write:
 * reading answers from a character device blocks a worker thread with no way
 * to time it out, so status over a device file is "reachable or not".
 */
export async function openFileConnection(path: string, timeoutMs: number): Promise<PrinterConnection> {
  const stuckSince = stuckWrites.get(path);
  if (stuckSince !== undefined) {
    throw new TransportError(`${path} has not taken the previous job for ${Math.round((Date.now() - stuckSince) / 1000)} s (printer jammed, off or unplugged?)`, 'timeout');
  }
  // The file must exist (a typo must not create /dev/usb/lp9); O_APPEND so a
  // regular file used for testing collects jobs instead of being truncated.
  const opening = open(path, constants.O_WRONLY | constants.O_APPEND);
  try {
    const handle = await withTimeout(opening, timeoutMs, `opening ${path}`);
    return new FileConnection(path, handle);
  } catch (error) {
    if (error instanceof TransportError) {
      // An open that ends after we gave up (a pipe whose reader came late) must not leak its descriptor.
      opening.then((late) => late.close(), () => undefined).catch(() => undefined);
      throw error;
    }
    throw new TransportError(`cannot open ${path}: ${(error as Error).message}`, 'connect');
  }
}

class FileConnection implements PrinterConnection {
  readonly canQuery = false;
  private abandoned = false;

  constructor(
    private readonly path: string,
    private readonly handle: FileHandle,
  ) {}

  query(): Promise<number | null> {
    return Promise.resolve(null);
  }

  readByte(): Promise<number | null> {
    return Promise.resolve(null);
  }

  async write(bytes: Buffer, timeoutMs: number): Promise<void> {
    if (this.abandoned) throw new TransportError(`${this.path} is still busy with an earlier write`, 'timeout');
    const writing = this.handle.write(bytes);
    try {
      await withTimeout(writing, timeoutMs, 'writing the job', () => this.abandon(writing));
    } catch (error) {
      if (error instanceof TransportError) throw error;
      throw new TransportError(`write failed: ${(error as Error).message}`, 'io');
    }
  }

  /** Leaves a write that did not end in time to settle in the background, and marks the path stuck until it does. */
  private abandon(writing: Promise<unknown>): void {
    this.abandoned = true;
    stuckWrites.set(this.path, Date.now());
    const settled = () => {
      stuckWrites.delete(this.path);
    };
    writing.then(settled, settled);
  }

  /**
   * FileHandle.close() waits for writes in flight, which on a blocked device
   * is forever: wait a moment, then let it close in the background.
   */
  async close(): Promise<void> {
    const closing = this.handle.close().catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, CLOSE_GRACE_MS);
    });
    await Promise.race([closing, grace]);
    clearTimeout(timer);
  }
}
