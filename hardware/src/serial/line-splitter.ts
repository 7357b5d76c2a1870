/**
 * Cuts a serial byte stream into lines. Unlike a plain readline parser it
 * bounds the line length (a device that never sends a newline must not
 * grow memory forever) and rejects bytes that are not UTF-8, so every
 * problem becomes a reported, skipped line instead of a crash.
 */

export type SplitItem = { kind: 'line'; text: string } | { kind: 'bad-line'; reason: string };

const LF = 0x0a;
const CR = 0x0d;

export class LineSplitter {
  private chunks: Uint8Array[] = [];
  private pendingBytes = 0;
  /** True while skipping the rest of an overlong line up to its newline. */
  private discarding = false;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly maxLineBytes: number) {}

  /** Drops a partial line, e.g. the half a device sent before it was unplugged. */
  reset(): void {
    this.chunks = [];
    this.pendingBytes = 0;
    this.discarding = false;
  }

  /** Feeds bytes; returns the complete lines (and refused lines) they finish. */
  push(data: Uint8Array): SplitItem[] {
    const out: SplitItem[] = [];
    let start = 0;
    for (let i = 0; i < data.length; i++) {
      // CR alone also ends a line: many scanners send only CR. A following LF
      // then makes an empty line, which is ignored below.
      if (data[i] !== LF && data[i] !== CR) continue;
      this.append(data.subarray(start, i), out);
      this.finishLine(out);
      start = i + 1;
    }
    this.append(data.subarray(start), out);
    return out;
  }

  private append(part: Uint8Array, out: SplitItem[]): void {
    if (part.length === 0 || this.discarding) return;
    if (this.pendingBytes + part.length > this.maxLineBytes) {
      this.chunks = [];
      this.pendingBytes = 0;
      this.discarding = true;
      out.push({ kind: 'bad-line', reason: `line longer than ${this.maxLineBytes} bytes` });
      return;
    }
    this.chunks.push(part.slice());
    this.pendingBytes += part.length;
  }

  private finishLine(out: SplitItem[]): void {
    if (this.discarding) {
      this.discarding = false;
      return;
    }
    if (this.pendingBytes === 0) return;
    const bytes = new Uint8Array(this.pendingBytes);
    let offset = 0;
    for (const c of this.chunks) {
      bytes.set(c, offset);
      offset += c.length;
    }
    this.chunks = [];
    this.pendingBytes = 0;
    try {
      out.push({ kind: 'line', text: this.decoder.decode(bytes) });
    } catch {
      out.push({ kind: 'bad-line', reason: 'not valid UTF-8' });
    }
  }
}
