import { type Canvas, createCanvas, type Image, type SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import { ensureFonts, font, type FontWeight } from './fonts';
import { type MonochromeImage, thresholdPixels } from './monochrome';
import type { SlipPart } from './slip-part-cache';

/** The printable width in dots of each paper size at 203 dpi. */
export const PAPER_DOTS = { 80: 576, 58: 384 } as const;

/** White modules around a QR code, on each side. */
export const QR_QUIET_MODULES = 4;
export type PaperWidth = keyof typeof PAPER_DOTS;

const MAX_HEIGHT = 4000;

/**
 * Tall canvases of finished slips, kept by width for the next slip. Each is
 * 9 MB of pixels on 80 mm paper: making one for every ticket had V8 start a
 * full collection every few tickets (native memory it is told about), and
 * those pauses set the render p99 (issue 21: 219 ms against a p50 of 35).
 * A reused canvas is reset to the default state and painted white, as a new
 * one is. Two per width: a ticket's flow and its header's, at most.
 */
const spareCanvases = new Map<number, Canvas[]>();
const SPARE_PER_WIDTH = 2;

function tallCanvas(width: number): Canvas {
  return spareCanvases.get(width)?.pop() ?? createCanvas(width, MAX_HEIGHT);
}

function putBack(canvas: Canvas): void {
  const spare = spareCanvases.get(canvas.width) ?? [];
  if (spare.length < SPARE_PER_WIDTH) spare.push(canvas);
  spareCanvases.set(canvas.width, spare);
}

/** For tests: how many tall canvases wait for the next slip. */
export const spareCanvasCount = (): number => [...spareCanvases.values()].reduce((n, list) => n + list.length, 0);

export interface TextStyle {
  size: number;
  weight?: FontWeight;
  align?: 'left' | 'center' | 'right';
  /** Extra space under the block, in dots. */
  after?: number;
  /** Indent from the left margin, in dots (left-aligned text). */
  indent?: number;
}

/**
 * Lays a slip out top to bottom on a tall white canvas and crops it at the
 * end: a slip's height depends on how its text wraps, which is only known
 * while drawing.
 */
export class PaperFlow {
  readonly width: number;
  readonly margin: number;
  y: number;
  private readonly canvas: Canvas;
  readonly ctx: SKRSContext2D;
  private finished = false;

  constructor(paper: PaperWidth) {
    ensureFonts();
    this.width = PAPER_DOTS[paper];
    this.margin = paper === 80 ? 16 : 10;
    this.y = this.margin;
    this.canvas = tallCanvas(this.width);
    this.ctx = this.canvas.getContext('2d');
    // A canvas another slip used: its pixels, font, transform and styles go back to a new canvas's.
    this.ctx.reset();
    this.ctx.fillStyle = '#fff';
    this.ctx.fillRect(0, 0, this.width, MAX_HEIGHT);
    this.ctx.fillStyle = '#000';
    this.ctx.strokeStyle = '#000';
    this.ctx.textBaseline = 'alphabetic';
  }

  get contentWidth(): number {
    return this.width - 2 * this.margin;
  }

  /** Splits text into lines that fit `maxWidth` at the current font, breaking at spaces (or inside a too-long word). */
  wrap(text: string, maxWidth: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.normalize('NFC').split('\n')) {
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (this.ctx.measureText(candidate).width <= maxWidth) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        // A single word wider than the paper (a long URL or code) is cut by characters.
        let piece = '';
        for (const char of word) {
          if (this.ctx.measureText(piece + char).width > maxWidth && piece) {
            lines.push(piece);
            piece = '';
          }
          piece += char;
        }
        line = piece;
      }
      lines.push(line);
    }
    return lines;
  }

  /** Draws wrapped text; returns the lines drawn. */
  text(text: string, style: TextStyle): string[] {
    this.ctx.font = font(style.size, style.weight);
    const indent = style.indent ?? 0;
    const lines = this.wrap(text, this.contentWidth - indent);
    const lineHeight = Math.round(style.size * 1.3);
    for (const line of lines) {
      this.drawLine(line, style.align ?? 'left', this.y + Math.round(style.size * 1.02), indent);
      this.y += lineHeight;
    }
    this.y += style.after ?? 0;
    return lines;
  }

  /** One line of text in the largest size up to `maxSize` that fits the paper. */
  fitText(text: string, maxSize: number, weight: FontWeight = 900, after = 0): number {
    this.ctx.font = font(100, weight);
    const at100 = this.ctx.measureText(text).width;
    const size = Math.max(10, Math.min(maxSize, Math.floor((this.contentWidth * 100) / Math.max(at100, 1))));
    this.ctx.font = font(size, weight);
    // Capitals and digits have no descenders: lay out on the cap height so the number sits tight.
    const capHeight = Math.round(size * 0.72);
    this.drawLine(text, 'center', this.y + capHeight, 0);
    this.y += capHeight + after;
    return size;
  }

  /** Left text and right text on one line (a table row or a label: value). */
  columns(cells: { text: string; x: number; width: number; align?: 'left' | 'right' | 'center' }[], size: number, weight: FontWeight = 400, after = 0): void {
    this.ctx.font = font(size, weight);
    const wrapped = cells.map((c) => this.wrap(c.text, c.width));
    const rows = Math.max(...wrapped.map((w) => w.length));
    const lineHeight = Math.round(size * 1.3);
    for (let r = 0; r < rows; r++) {
      cells.forEach((cell, i) => {
        const line = wrapped[i]?.[r];
        if (!line) return;
        const x0 = this.margin + cell.x;
        const w = this.ctx.measureText(line).width;
        const x = cell.align === 'right' ? x0 + cell.width - w : cell.align === 'center' ? x0 + (cell.width - w) / 2 : x0;
        this.ctx.fillText(line, Math.round(x), this.y + Math.round(size * 1.02));
      });
      this.y += lineHeight;
    }
    this.y += after;
  }

  /** White text on a black band: marks that must be seen at a glance (priority). */
  band(text: string, size: number, after = 0): void {
    this.ctx.font = font(size, 700);
    const lines = this.wrap(text, this.contentWidth - 24);
    const lineHeight = Math.round(size * 1.3);
    const height = lines.length * lineHeight + 12;
    this.ctx.fillRect(this.margin, this.y, this.contentWidth, height);
    this.ctx.fillStyle = '#fff';
    lines.forEach((line, i) => this.drawLine(line, 'center', this.y + 6 + i * lineHeight + Math.round(size * 1.02), 0));
    this.ctx.fillStyle = '#000';
    this.y += height + after;
  }

  rule(thickness = 2, after = 8, dashed = false): void {
    if (dashed) {
      for (let x = this.margin; x < this.width - this.margin; x += 12) this.ctx.fillRect(x, this.y, 6, thickness);
    } else {
      this.ctx.fillRect(this.margin, this.y, this.contentWidth, thickness);
    }
    this.y += thickness + after;
  }

  space(dots: number): void {
    this.y += dots;
  }

  /**
   * A QR code drawn module by module on whole dots, so it stays sharp in 1
   * bit. `maxSize` includes the quiet zone: the 4 white modules on each side
   * that ISO/IEC 18004 asks for (phone cameras lose codes that touch text).
   */
  qr(data: string, maxSize: number, align: 'center' | 'left' = 'center', after = 0): { size: number; x: number } {
    const code = QRCode.create(data, { errorCorrectionLevel: 'M' });
    const modules = code.modules.size;
    const quiet = QR_QUIET_MODULES;
    const dot = Math.max(1, Math.floor(maxSize / (modules + 2 * quiet)));
    const size = dot * (modules + 2 * quiet);
    const x0 = align === 'center' ? Math.round((this.width - size) / 2) : this.margin;
    for (let row = 0; row < modules; row++) {
      for (let col = 0; col < modules; col++) {
        if (code.modules.get(row, col)) this.ctx.fillRect(x0 + (col + quiet) * dot, this.y + (row + quiet) * dot, dot, dot);
      }
    }
    this.y += size + after;
    return { size, x: x0 };
  }

  /** An image scaled to fit `maxWidth` × `maxHeight` (never enlarged), centred; thresholded with the rest of the slip. */
  image(img: Image, maxWidth: number, maxHeight: number, after = 0): void {
    const scale = Math.min(1, maxWidth / img.width, maxHeight / img.height);
    const w = Math.max(1, Math.round(img.width * scale));
    const h = Math.max(1, Math.round(img.height * scale));
    this.ctx.drawImage(img, Math.round((this.width - w) / 2), this.y, w, h);
    this.y += h + after;
  }

  /** A box outline, e.g. a signature area. */
  box(x: number, y: number, w: number, h: number, thickness = 1): void {
    this.ctx.fillRect(x, y, w, thickness);
    this.ctx.fillRect(x, y + h - thickness, w, thickness);
    this.ctx.fillRect(x, y, thickness, h);
    this.ctx.fillRect(x + w - thickness, y, thickness, h);
  }

  /** The rows drawn so far, to stamp at the top of later slips (see slip-part-cache.ts). */
  capture(): SlipPart {
    const height = Math.ceil(this.y);
    const canvas = createCanvas(this.width, height);
    canvas.getContext('2d').drawImage(this.canvas, 0, 0, this.width, height, 0, 0, this.width, height);
    return { canvas, height: this.y };
  }

  /** Puts a captured part at the top of this slip, dot for dot, and continues under it. */
  stamp(part: SlipPart): void {
    if (part.canvas.width !== this.width) throw new Error(`a ${part.canvas.width}-dot part on ${this.width}-dot paper`);
    this.ctx.drawImage(part.canvas, 0, 0);
    this.y = part.height;
  }

  /** The finished slip, cropped to what was drawn plus a bottom margin. */
  finish(): Canvas {
    const height = this.finishedHeight();
    const out = createCanvas(this.width, height);
    // Only the rows drawn: copying the whole tall canvas took most of a ticket's drawing time.
    out.getContext('2d').drawImage(this.canvas, 0, 0, this.width, height, 0, 0, this.width, height);
    this.release();
    return out;
  }

  /**
   * The finished slip as the printer's dots (what `toMonochrome(finish())`
   * gives), read straight from the rows drawn. Drawing the tall canvas into
   * a cropped one, as `finish` does, makes the canvas library snapshot it:
   * the next slip's first stroke then copies all of its 9 MB (copy on write),
   * and the old pixels, the cropped canvas and its pixel copy wait for a
   * garbage collection — about 14 MB of native memory and half the CPU of a
   * ticket, and V8's collections of it set the render p99 (issue 21).
   */
  finishMonochrome(): MonochromeImage {
    const height = this.finishedHeight();
    const pixels = this.ctx.getImageData(0, 0, this.width, height);
    this.release();
    return thresholdPixels(pixels.data, this.width, height, 'straight');
  }

  private finishedHeight(): number {
    return Math.min(MAX_HEIGHT, Math.ceil(this.y + this.margin));
  }

  /** The slip is done: its tall canvas serves the next one (nothing may draw on this flow after). */
  private release(): void {
    if (!this.finished) putBack(this.canvas);
    this.finished = true;
  }

  private drawLine(line: string, align: 'left' | 'center' | 'right', baseline: number, indent: number): void {
    const w = this.ctx.measureText(line).width;
    const x =
      align === 'center' ? (this.width - w) / 2 : align === 'right' ? this.width - this.margin - w : this.margin + indent;
    this.ctx.fillText(line, Math.round(x), Math.round(baseline));
  }
}
