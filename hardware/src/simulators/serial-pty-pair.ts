/**
 * Two linked pseudo-terminals made by socat: the driver opens `hostPath`,
 * a simulator opens `devicePath`. `unplug()` ends socat (both links vanish,
 * like a USB adapter pulled out); `replug()` makes a new pair on the same
 * link paths.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PtyPairOptions {
  /** Folder for the two links; a fresh temp folder by default. */
  dir?: string;
  /** How long to wait for socat to make the links, ms. */
  startTimeoutMs?: number;
}

export class SerialPtyPair {
  readonly hostPath: string;
  readonly devicePath: string;
  private child: ChildProcess | null = null;
  private readonly ownsDir: boolean;

  private constructor(
    private readonly dir: string,
    ownsDir: boolean,
    private readonly startTimeoutMs: number,
  ) {
    this.hostPath = join(dir, 'host');
    this.devicePath = join(dir, 'device');
    this.ownsDir = ownsDir;
  }

  static async create(options: PtyPairOptions = {}): Promise<SerialPtyPair> {
    const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'luot-pty-'));
    const pair = new SerialPtyPair(dir, options.dir === undefined, options.startTimeoutMs ?? 5_000);
    await pair.replug();
    return pair;
  }

  get plugged(): boolean {
    return this.child !== null;
  }

  /** Starts socat (again) and waits until both links exist. */
  async replug(): Promise<void> {
    if (this.child) return;
    const child = spawn(
      'socat',
      [`pty,raw,echo=0,link=${this.hostPath}`, `pty,raw,echo=0,link=${this.devicePath}`],
      { stdio: 'ignore' },
    );
    this.child = child;
    // If this process dies without unplug(), socat must not outlive it.
    const killOnExit = () => child.kill('SIGTERM');
    process.once('exit', killOnExit);
    child.once('exit', () => process.off('exit', killOnExit));
    const failed = new Promise<never>((_, reject) => {
      child.once('error', (err) => reject(new Error(`socat could not start: ${err.message}`)));
      child.once('exit', (code) => reject(new Error(`socat exited early (code ${code})`)));
    });
    const deadline = Date.now() + this.startTimeoutMs;
    const linked = (async () => {
      while (!(existsSync(this.hostPath) && existsSync(this.devicePath))) {
        if (Date.now() > deadline) throw new Error('socat did not create the pty links in time');
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    try {
      await Promise.race([linked, failed]);
    } catch (err) {
      await this.unplug();
      throw err;
    }
    failed.catch(() => {});
  }

  /** Ends socat: both ends see the line drop and the links disappear. */
  async unplug(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    }
    // socat removes its links on a clean exit; make sure even after a crash.
    for (const path of [this.hostPath, this.devicePath]) {
      try {
        unlinkSync(path);
      } catch {
        // already gone
      }
    }
  }

  async close(): Promise<void> {
    await this.unplug();
    if (this.ownsDir) rmSync(this.dir, { recursive: true, force: true });
  }
}
