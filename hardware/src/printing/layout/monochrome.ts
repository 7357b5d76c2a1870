import { type Canvas, createCanvas } from '@napi-rs/canvas';

/**
 * A 1-bit image as a thermal printer takes it: rows of bytes, most
 * significant bit first, 1 = black dot (the `GS v 0` raster layout).
 */
export interface MonochromeImage {
  width: number;
  height: number;
  bytesPerRow: number;
  data: Uint8Array;
}

/**
 * Thresholds a canvas at half grey; antialiased edges become whole dots.
 *
 * Reads the canvas's stored pixels (`data()`: RGBA, premultiplied by alpha)
 * rather than `getImageData`, which un-premultiplies into a new copy and was
 * most of the time of turning a ticket into dots. Premultiplied, a pixel's
 * colour over white paper is `c + 255 × (1 − alpha)`, the same sum as before.
 * (A slip being laid out is read with `PaperFlow.finishMonochrome`, which
 * reads only its drawn rows.)
 */
export function toMonochrome(canvas: Canvas): MonochromeImage {
  return thresholdPixels(canvas.data(), canvas.width, canvas.height, 'premultiplied');
}

/**
 * RGBA pixels to dots: black where the pixel over white paper is darker
 * than half grey. `straight` pixels (getImageData's) are weighed by their
 * alpha first; an opaque pixel counts the same either way.
 */
export function thresholdPixels(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, alpha: 'premultiplied' | 'straight'): MonochromeImage {
  const bytesPerRow = Math.ceil(width / 8);
  const data = new Uint8Array(bytesPerRow * height);
  // Most of a slip is blank paper: an opaque white pixel (all four bytes 255,
  // whatever the byte order) is never a dot, so one 32-bit read settles it.
  const words = rgba.byteOffset % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, width * height) : null;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (words !== null && words[y * width + x] === 0xffffffff) continue;
      const i = (y * width + x) * 4;
      const a = rgba[i + 3]!;
      const colour = 0.2126 * rgba[i]! + 0.7152 * rgba[i + 1]! + 0.0722 * rgba[i + 2]!;
      // Transparent counts as paper (white).
      const luminance = (alpha === 'premultiplied' || a === 255 ? colour : (colour * a) / 255) + (255 - a);
      if (luminance < 128) data[y * bytesPerRow + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return { width, height, bytesPerRow, data };
}

export const isBlack = (image: MonochromeImage, x: number, y: number): boolean =>
  (image.data[y * image.bytesPerRow + (x >> 3)]! & (0x80 >> (x & 7))) !== 0;

/** A black-and-white PNG of a 1-bit image (for people, docs and the printer library). */
export function monochromeToPng(image: MonochromeImage): Buffer {
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  const pixels = ctx.createImageData(image.width, image.height);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const v = isBlack(image, x, y) ? 0 : 255;
      const i = (y * image.width + x) * 4;
      pixels.data[i] = v;
      pixels.data[i + 1] = v;
      pixels.data[i + 2] = v;
      pixels.data[i + 3] = 255;
    }
  }
  ctx.putImageData(pixels, 0, 0);
  return canvas.toBuffer('image/png');
}
