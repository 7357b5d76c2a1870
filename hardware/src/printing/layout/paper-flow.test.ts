import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { isBlack, type MonochromeImage, toMonochrome } from './monochrome';
import { PaperFlow } from './paper-flow';

const URL_ = 'http://192.168.1.10:8080/t/20261123-A015-7Q4K';

const rowHasInk = (image: MonochromeImage, y: number) => Array.from({ length: image.width }, (_, x) => isBlack(image, x, y)).some(Boolean);

describe('PaperFlow.qr', () => {
  it.each([
    [80, 222, 'center'],
    [58, 148, 'left'],
  ] as const)('%i mm: leaves a quiet zone of 4 modules between the code and the ink around it', (paper, maxSize, align) => {
    const modules = QRCode.create(URL_, { errorCorrectionLevel: 'M' }).modules.size;
    const f = new PaperFlow(paper);
    f.rule(3, 0); // ink right above the code's box…
    const top = f.y;
    const { size, x } = f.qr(URL_, maxSize, align, 0);
    f.rule(3, 0); // …and right below it
    const image = toMonochrome(f.finish());

    // The code's own ink: its width is modules × dot (the finder patterns reach both sides).
    const inkRows = Array.from({ length: size }, (_, i) => top + i).filter((y) => rowHasInk(image, y));
    const firstRow = inkRows[0]!;
    const lastRow = inkRows[inkRows.length - 1]!;
    const inkColumns = Array.from({ length: image.width }, (_, c) => c).filter((c) => isBlack(image, c, firstRow));
    const left = Math.min(...inkColumns);
    const right = Math.max(...inkColumns);
    const dot = (right - left + 1) / modules;
    expect(Number.isInteger(dot) && dot >= 4).toBe(true);
    expect(size).toBeLessThanOrEqual(maxSize);
    // At least 4 white modules between the code and anything drawn next to its box.
    expect(firstRow - top).toBeGreaterThanOrEqual(4 * dot);
    expect(top + size - 1 - lastRow).toBeGreaterThanOrEqual(4 * dot);
    expect(left - x).toBeGreaterThanOrEqual(4 * dot);
    expect(x + size - 1 - right).toBeGreaterThanOrEqual(4 * dot);
  });
});
