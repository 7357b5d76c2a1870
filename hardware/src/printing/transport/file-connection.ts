import { constants, type FileHandle, open } from 'node:fs/promises';
import { type PrinterConnection, TransportError, withTimeout } from './connection';

/**
 * A printer reached through a device file (`/dev/usb/lp0`). We only write:
 * reading answers from a character device blocks a worker thread with no way
 * to time it out, so status over a device file is "reachable or not".
 */
export async function openFileConnection(path: string, timeoutMs: number): Promise<PrinterConnection> {
  try {
    // The file must exist (a typo must not create /dev/usb/lp9); O_APPEND so a
    // regular file used for testing collects jobs instead of being truncated.
    const handle = await withTimeout(open(path, constants.O_WRONLY | constants.O_APPEND), timeoutMs, `opening ${path}`);
    return new FileConnection(handle);
  } catch (error) {
    if (error instanceof TransportError) throw error;
    throw new TransportError(`cannot open ${path}: ${(error as Error).message}`, 'connect');
  }
}

class FileConnection implements PrinterConnection {
  readonly canQuery = false;
  constructor(private readonly handle: FileHandle) {}

  query(): Promise<number | null> {
    return Promise.resolve(null);
  }

  async write(bytes: Buffer, timeoutMs: number): Promise<void> {
    try {
      await withTimeout(this.handle.write(bytes), timeoutMs, 'writing the job');
    } catch (error) {
      if (error instanceof TransportError) throw error;
      throw new TransportError(`write failed: ${(error as Error).message}`, 'io');
    }
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}
