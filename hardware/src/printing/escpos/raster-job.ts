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

/** ESC @, the image as raster bands, feed and cut: the bytes of one raster print job. */
export async function buildRasterJob(image: MonochromeImage, type: PrinterType, charsPerLine: number): Promise<Buffer> {
  const builder = createThermalBuilder(type, charsPerLine);
  builder.add(ESC_INIT);
  for (let y = 0; y < image.height; y += RASTER_BAND_ROWS) {
    const rows = Math.min(RASTER_BAND_ROWS, image.height - y);
    await builder.printImageBuffer(monochromeToPng(band(image, y, rows)));
  }
  builder.cut();
  return builder.getBuffer();
}
