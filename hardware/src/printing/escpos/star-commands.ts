/**
 * Star Line Mode commands that node-thermal-printer's Star type lacks or
 * gets wrong (from Star's "STAR Line Mode Command Specifications"):
 * - `ESC i n1 n2` (1B 69): character expansion, n1 height and n2 width,
 *   0 = normal … 5 = 6×. The library has no setTextSize for Star.
 * - QR code, `ESC GS y …` (1B 1D 79): `S 0 n` model, `S 1 n` correction
 *   (0 L, 1 M, 2 Q, 3 H), `S 2 n` cell size in dots (1–8), `D 1 m nL nH d…`
 *   the data (m = 0, automatic), `P` print. The library's Star printQR leaves
 *   out the `D 1 0` before the length, so the printer would print the URL as text.
 */

/** The largest Star expansion: 6× (n = 5). */
export const STAR_MAX_SCALE = 6;

/** `ESC i`: characters `scale` times as tall and wide (1–6). */
export function starTextSize(scale: number): Buffer {
  const n = Math.min(STAR_MAX_SCALE, Math.max(1, Math.round(scale))) - 1;
  return Buffer.of(0x1b, 0x69, n, n);
}

const QR_CORRECTION = { L: 0, M: 1, Q: 2, H: 3 } as const;

/** A model 2 QR code of `data` with cells of `cellSize` dots. */
export function starQr(data: string, cellSize: number, correction: keyof typeof QR_CORRECTION = 'M'): Buffer {
  const bytes = Buffer.from(data, 'latin1');
  const prefix = [0x1b, 0x1d, 0x79] as const;
  return Buffer.concat([
    Buffer.of(...prefix, 0x53, 0x30, 2),
    Buffer.of(...prefix, 0x53, 0x31, QR_CORRECTION[correction]),
    Buffer.of(...prefix, 0x53, 0x32, Math.min(8, Math.max(1, cellSize))),
    Buffer.of(...prefix, 0x44, 0x31, 0x00, bytes.length & 0xff, bytes.length >> 8),
    bytes,
    Buffer.of(...prefix, 0x50),
  ]);
}
