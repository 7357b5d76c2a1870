import { type MonochromeImage, monochromeToPng } from '../layout/monochrome';
import { createThermalBuilder, ESC_INIT, type PrinterType } from './thermal-builder';

/**
 * Rows per `GS v 0` block. Cheap printers have small receive buffers and
 * some cap one image's height, so a long slip goes as a stack of bands.
 */
export const RASTER_BAND_ROWS = 512;

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
