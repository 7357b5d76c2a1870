import { createCanvas } from '@napi-rs/canvas';
import { ticketPrintJobSchema } from '@luot/protocol';
import { describe, expect, it } from 'vitest';
import { hallLogo } from './hall-logo';
import { renderTicket } from './render';
import { sampleTicket } from './sample-jobs';

/** A black 120 × 40 block as a PNG data URL: a logo whose dots are easy to find. */
function blockLogo(): string {
  const c = createCanvas(120, 40);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, 120, 40);
  return c.toDataURL('image/png');
}

/** Black dots in row `y` of a monochrome image (MSB first). */
function darkInRow(img: { bytesPerRow: number; data: Uint8Array }, y: number): number {
  let n = 0;
  for (let b = 0; b < img.bytesPerRow; b++) {
    let byte = img.data[y * img.bytesPerRow + b]!;
    while (byte) {
      n += byte & 1;
      byte >>= 1;
    }
  }
  return n;
}

describe('the hall logo on a ticket', () => {
  it('is printed above the hall name, centred, at its own size, and the job with it passes the wire schema', () => {
    const logo = blockLogo();
    const job = { ...sampleTicket(), logo };
    expect(ticketPrintJobSchema.safeParse(job).success).toBe(true);
    const plain = renderTicket(sampleTicket());
    const withLogo = renderTicket(job);
    // The logo's 40 rows and the 6-dot gap after it.
    expect(withLogo.height - plain.height).toBe(46);
    const firstDark = Array.from({ length: withLogo.height }, (_, y) => y).find((y) => darkInRow(withLogo, y) > 0)!;
    expect(darkInRow(withLogo, firstDark + 20)).toBe(120);
  });

  it('is left off, and the ticket printed, when it does not decode', () => {
    const broken = 'data:image/png;base64,bm90IGFuIGltYWdl'; // "not an image"
    expect(hallLogo(broken)).toBeNull();
    expect(renderTicket({ ...sampleTicket(), logo: broken }).height).toBe(renderTicket(sampleTicket()).height);
  });

  it('is scaled down to about a centimetre high', () => {
    const c = createCanvas(100, 400);
    const ctx = c.getContext('2d');
    ctx.fillRect(0, 0, 100, 400);
    expect(renderTicket({ ...sampleTicket(), logo: c.toDataURL('image/png') }).height - renderTicket(sampleTicket()).height).toBe(80 + 6);
  });
});
