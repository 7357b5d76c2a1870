/**
 * Reads an ESC/POS byte stream the way a printer does, command by command,
 * for the virtual printer and for tests. It knows the commands our jobs use
 * (Epson and, for raster, Star line mode); other bytes count as text.
 */
import type { MonochromeImage } from '../printing/layout/monochrome';

export type Dialect = 'epson' | 'star';

export type EscPosCommand =
  | { kind: 'init' }
  | { kind: 'status-query'; n: number }
  | { kind: 'star-status-query' }
  | { kind: 'cut'; partial: boolean }
  | { kind: 'raster'; widthBytes: number; height: number; data: Buffer }
  | { kind: 'code-table'; n: number }
  | { kind: 'qr-data'; data: string }
  | { kind: 'text'; bytes: Buffer }
  | { kind: 'other'; bytes: Buffer };

/** The parsed command and how many bytes it used, or null when more bytes are needed. */
type Step = { command: EscPosCommand; length: number } | null;

const u16 = (buf: Buffer, at: number) => buf[at]! + buf[at + 1]! * 256;

function fixed(buf: Buffer, at: number, length: number, command?: EscPosCommand): Step {
  if (buf.length < at + length) return null;
  return { command: command ?? { kind: 'other', bytes: buf.subarray(at, at + length) }, length };
}

function parseEsc(buf: Buffer, at: number, dialect: Dialect): Step {
  const op = buf[at + 1];
  if (op === undefined) return null;
  switch (op) {
    case 0x40:
      return fixed(buf, at, 2, { kind: 'init' });
    case 0x06: {
      // Star ESC ACK SOH: automatic status request.
      const n = buf[at + 2];
      if (n === undefined) return null;
      return { command: n === 0x01 && dialect === 'star' ? { kind: 'star-status-query' } : { kind: 'other', bytes: buf.subarray(at, at + 3) }, length: 3 };
    }
    case 0x74: {
      const n = buf[at + 2];
      return n === undefined ? null : { command: { kind: 'code-table', n }, length: 3 };
    }
    case 0x64: {
      // ESC d n: Epson "feed n lines"; Star line mode "cut" (2 full, 3 partial).
      const n = buf[at + 2];
      if (n === undefined) return null;
      if (dialect === 'star' && (n === 2 || n === 3)) return { command: { kind: 'cut', partial: n === 3 }, length: 3 };
      return fixed(buf, at, 3);
    }
    case 0x6b: {
      // Star ESC k n1 n2: 24 rows of n1 bytes (what node-thermal-printer sends for images on Star).
      if (dialect !== 'star') return fixed(buf, at, 3);
      if (buf.length < at + 4) return null;
      const widthBytes = buf[at + 2]!;
      const length = 4 + widthBytes * 24;
      if (buf.length < at + length) return null;
      return { command: { kind: 'raster', widthBytes, height: 24, data: buf.subarray(at + 4, at + length) }, length };
    }
    case 0x1d: {
      // Star ESC GS …: t n (code table), a n (align), x … (PDF417), y … (QR).
      const sub = buf[at + 2];
      if (sub === undefined) return null;
      if (sub === 0x74) {
        const n = buf[at + 3];
        return n === undefined ? null : { command: { kind: 'code-table', n }, length: 4 };
      }
      if (sub === 0x78) {
        const k = buf[at + 3];
        if (k === undefined) return null;
        if (k === 0x53) return buf[at + 4] === 0x30 ? fixed(buf, at, 8) : fixed(buf, at, 6);
        if (k === 0x44) {
          if (buf.length < at + 6) return null;
          const length = 6 + u16(buf, at + 4);
          return buf.length < at + length ? null : { command: { kind: 'qr-data', data: buf.subarray(at + 6, at + length).toString('latin1') }, length };
        }
        return fixed(buf, at, 4);
      }
      if (sub === 0x79) return parseStarQr(buf, at);
      return fixed(buf, at, 4);
    }
    case 0x69:
      return fixed(buf, at, 4); // Star ESC i n1 n2 (text size)
    case 0x1e:
      return fixed(buf, at, 4); // Star ESC RS F n (font)
    case 0x70:
      return dialect === 'star' ? fixed(buf, at, 3) : fixed(buf, at, 5); // drawer kick
    case 0x42:
      return dialect === 'star' ? fixed(buf, at, 4) : fixed(buf, at, 4); // beep / tab positions
    case 0x32:
    case 0x30:
    case 0x34:
    case 0x35:
    case 0x46:
      return fixed(buf, at, 2);
    case 0x45:
      return dialect === 'star' ? fixed(buf, at, 2) : fixed(buf, at, 3);
    default:
      // ESC x n: the common one-parameter form (! - a E G J M R V r 3 z { …).
      return fixed(buf, at, 3);
  }
}

/** Star ESC GS y …: QR settings (S n m), data (D 1 m nL nH d…) and print (P). */
function parseStarQr(buf: Buffer, at: number): Step {
  const k = buf[at + 3];
  if (k === undefined) return null;
  if (k === 0x53) return fixed(buf, at, 6);
  if (k === 0x44) {
    if (buf.length < at + 8) return null;
    const length = 8 + u16(buf, at + 6);
    return buf.length < at + length ? null : { command: { kind: 'qr-data', data: buf.subarray(at + 8, at + length).toString('latin1') }, length };
  }
  return fixed(buf, at, 4);
}

function parseGs(buf: Buffer, at: number): Step {
  const op = buf[at + 1];
  if (op === undefined) return null;
  switch (op) {
    case 0x76: {
      // GS v 0 m xL xH yL yH d1…dk
      if (buf.length < at + 8) return null;
      const widthBytes = u16(buf, at + 4);
      const height = u16(buf, at + 6);
      const length = 8 + widthBytes * height;
      if (buf.length < at + length) return null;
      return { command: { kind: 'raster', widthBytes, height, data: buf.subarray(at + 8, at + length) }, length };
    }
    case 0x56: {
      const m = buf[at + 2];
      if (m === undefined) return null;
      const partial = m === 1 || m === 49 || m === 66;
      return fixed(buf, at, m === 65 || m === 66 ? 4 : 3, { kind: 'cut', partial });
    }
    case 0x28: {
      // GS ( fn pL pH …; GS ( k fn 80 (store QR data) carries the QR text.
      if (buf.length < at + 5) return null;
      const length = 5 + u16(buf, at + 3);
      if (buf.length < at + length) return null;
      const isQrStore = buf[at + 2] === 0x6b && buf[at + 5] === 0x31 && buf[at + 6] === 0x50;
      if (isQrStore) return { command: { kind: 'qr-data', data: buf.subarray(at + 8, at + length).toString('latin1') }, length };
      return fixed(buf, at, length);
    }
    case 0x4c:
    case 0x57:
      return fixed(buf, at, 4);
    default:
      return fixed(buf, at, 3); // GS ! n, GS B n, GS h n, GS w n, GS H n, GS f n, GS b n
  }
}

/** Parses one command at `at`, or returns null when the buffer ends inside it. */
export function parseCommand(buf: Buffer, at: number, dialect: Dialect = 'epson'): Step {
  const byte = buf[at];
  if (byte === undefined) return null;
  if (byte === 0x1b) return parseEsc(buf, at, dialect);
  if (byte === 0x1d) return parseGs(buf, at);
  if (byte === 0x10) {
    const op = buf[at + 1];
    if (op === undefined) return null;
    if (op === 0x04) {
      const n = buf[at + 2];
      return n === undefined ? null : { command: { kind: 'status-query', n }, length: 3 };
    }
    return fixed(buf, at, 3);
  }
  if (byte === 0x1c) return fixed(buf, at, 2); // FS . / FS & (Kanji mode off/on)
  // A run of text (including LF/CR) up to the next command byte.
  let end = at;
  while (end < buf.length && ![0x1b, 0x1d, 0x10, 0x1c].includes(buf[end]!)) end++;
  return { command: { kind: 'text', bytes: buf.subarray(at, end) }, length: end - at };
}

/** Parses a whole job; a truncated last command is returned as `other`. */
export function parseAll(buf: Buffer, dialect: Dialect = 'epson'): EscPosCommand[] {
  const commands: EscPosCommand[] = [];
  let at = 0;
  while (at < buf.length) {
    const step = parseCommand(buf, at, dialect);
    if (!step) {
      commands.push({ kind: 'other', bytes: buf.subarray(at) });
      break;
    }
    commands.push(step.command);
    at += step.length;
  }
  return commands;
}

export interface DecodedJob {
  commands: EscPosCommand[];
  /** The raster blocks stacked into one image, or null for a text-only job. */
  image: MonochromeImage | null;
  /** Every text byte in order (code page bytes as sent; LF kept). */
  text: Buffer;
  codeTables: number[];
  qrData: string[];
  startsWithInit: boolean;
  cut: boolean;
}

/** What a job contains, for people (PNG) and tests (bytes). */
export function decodeJob(buf: Buffer, dialect: Dialect = 'epson'): DecodedJob {
  const commands = parseAll(buf, dialect);
  const rasters = commands.filter((c): c is Extract<EscPosCommand, { kind: 'raster' }> => c.kind === 'raster');
  let image: MonochromeImage | null = null;
  if (rasters.length > 0) {
    const bytesPerRow = Math.max(...rasters.map((r) => r.widthBytes));
    const height = rasters.reduce((sum, r) => sum + r.height, 0);
    const data = new Uint8Array(bytesPerRow * height);
    let row = 0;
    for (const r of rasters) {
      for (let y = 0; y < r.height; y++) data.set(r.data.subarray(y * r.widthBytes, (y + 1) * r.widthBytes), (row + y) * bytesPerRow);
      row += r.height;
    }
    image = { width: bytesPerRow * 8, height, bytesPerRow, data };
  }
  return {
    commands,
    image,
    text: Buffer.concat(commands.flatMap((c) => (c.kind === 'text' ? [c.bytes] : []))),
    codeTables: commands.flatMap((c) => (c.kind === 'code-table' ? [c.n] : [])),
    qrData: commands.flatMap((c) => (c.kind === 'qr-data' ? [c.data] : [])),
    startsWithInit: commands[0]?.kind === 'init',
    cut: commands.some((c) => c.kind === 'cut'),
  };
}
