/**
 * The Epson raster job is written straight from the 1-bit image; these are
 * the bytes node-thermal-printer made from a PNG of the same image before.
 */
import { describe, expect, it } from 'vitest';
import { buildRasterJob, RASTER_BAND_ROWS } from '../src/printing/escpos/raster-job';
import { charsPerLine, createThermalBuilder, ESC_INIT } from '../src/printing/escpos/thermal-builder';
import { monochromeToPng, type MonochromeImage } from '../src/printing/layout/monochrome';
import { renderReceipt, renderTicket, sampleReceipt, sampleTicket } from '../src/printing/index';

/** The library's way, band by band through a PNG (what buildRasterJob did for every printer). */
async function throughLibrary(image: MonochromeImage, width: 80 | 58): Promise<Buffer> {
  const builder = createThermalBuilder('epson', charsPerLine(width));
  builder.add(ESC_INIT);
  for (let y = 0; y < image.height; y += RASTER_BAND_ROWS) {
    const rows = Math.min(RASTER_BAND_ROWS, image.height - y);
    const start = y * image.bytesPerRow;
    await builder.printImageBuffer(monochromeToPng({ ...image, height: rows, data: image.data.subarray(start, start + rows * image.bytesPerRow) }));
  }
  builder.cut();
  return builder.getBuffer();
}

describe('Epson raster bytes', () => {
  it.each([80, 58] as const)('%i mm: a ticket and a several-band receipt are byte for byte what the library made', async (width) => {
    for (const image of [renderTicket(sampleTicket(), width), renderReceipt(sampleReceipt(), width)]) {
      const direct = await buildRasterJob(image, 'epson', charsPerLine(width));
      expect(direct.equals(await throughLibrary(image, width))).toBe(true);
    }
    expect(renderReceipt(sampleReceipt(), width).height).toBeGreaterThan(RASTER_BAND_ROWS); // the receipt really has several bands
  });
});
