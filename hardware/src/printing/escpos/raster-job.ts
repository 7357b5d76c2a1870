import { type MonochromeImage, monochromeToPng } from '../layout/monochrome';
import { createThermalBuilder, ESC_INIT, type PrinterType } from './thermal-builder';

/**
 * Rows per image band. Cheap printers have small receive buffers and some
 * cap one image's height, so a long slip goes as a stack of bands. 504 = 21 ×
 * 24: on Star the library sends each band as `ESC k` blocks of 24 rows and
 * pads the last block with white, so a band height that is not a multiple of
 * 24 would print a white stripe across the slip (cutting tone marks off
 * their letters). Epson's `GS v 0` takes any height; 504 also stays under
 * the 512 rows some clones allow in one block.
 */
export const RASTER_BAND_ROWS = 504;

function band(image: MonochromeImage, from: number, rows: number): MonochromeImage {
  const start = from * image.bytesPerRow;
  return { ...image, height: rows, data: image.data.subarray(start, start + rows * image.bytesPerRow) };
}

/**
 * `GS v 0` (normal size) with the band's rows as they are: our 1-bit image is
 * already in the printer's layout (rows of bytes, MSB first, 1 = black), so
 * nothing is converted.
 */
export function epsonRasterBand(image: MonochromeImage, from: number, rows: number): Buffer {
  const header = Buffer.of(0x1d, 0x76, 0x30, 0x30, image.bytesPerRow & 0xff, (image.bytesPerRow >> 8) & 0xff, rows & 0xff, (rows >> 8) & 0xff);
  const start = from * image.bytesPerRow;
  return Buffer.concat([header, image.data.subarray(start, start + rows * image.bytesPerRow)]);
}

let epsonCut: Buffer | undefined;

/** The library's feed-and-cut bytes for Epson (the same for every job, so made once). */
function epsonCutBytes(charsPerLine: number): Buffer {
  const builder = createThermalBuilder('epson', charsPerLine);
  builder.cut();
  return builder.getBuffer();
}

/**
 * ESC @, the image as raster bands, feed and cut: the bytes of one raster print job.
 *
 * Epson bands are written straight from the 1-bit image. They used to go
 * through node-thermal-printer's printImageBuffer, which takes a PNG: each
 * band was encoded to PNG and decoded again into an array of pixel objects,
 * about 180 ms of a ticket's 220 ms on the hall PC (bench: tap → paper). The
 * bytes are the same (test/printing-raster-bytes.test.ts). Star's `ESC k`
 * blocks still come from the library.
 */
export async function buildRasterJob(image: MonochromeImage, type: PrinterType, charsPerLine: number): Promise<Buffer> {
  if (type === 'epson') {
    epsonCut ??= epsonCutBytes(charsPerLine);
    const parts: Buffer[] = [ESC_INIT];
    for (let y = 0; y < image.height; y += RASTER_BAND_ROWS) parts.push(epsonRasterBand(image, y, Math.min(RASTER_BAND_ROWS, image.height - y)));
    parts.push(epsonCut);
    return Buffer.concat(parts);
  }
  const builder = createThermalBuilder(type, charsPerLine);
  builder.add(ESC_INIT);
  for (let y = 0; y < image.height; y += RASTER_BAND_ROWS) {
    const rows = Math.min(RASTER_BAND_ROWS, image.height - y);
    await builder.printImageBuffer(monochromeToPng(band(image, y, rows)));
  }
  builder.cut();
  return builder.getBuffer();
}
