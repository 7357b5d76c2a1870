import type { TicketPrintJob } from '@luot/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrinter, isBlack, type MonochromeImage, sampleTicket } from '../src/printing/index';
import { startVirtualPrinter, type VirtualPrinter } from '../src/simulators/virtual-printer';

/**
 * What the citizen's ticket shows, read back from the raster the printer
 * received: the priority bar, and the people-ahead and wait lines, each in
 * its own place (there is no QR decoder in the workspace to read the code).
 */
let printer: VirtualPrinter;
beforeAll(async () => {
  printer = await startVirtualPrinter();
});
afterAll(() => printer.close());

async function printed(ticket: TicketPrintJob): Promise<MonochromeImage> {
  const before = printer.jobs.length;
  const result = await createPrinter({ target: printer.target, width: 80 }).print({ kind: 'ticket', ticket });
  expect(result.ok).toBe(true);
  const jobs = await printer.waitForJobs(before + 1);
  return jobs[before]!.decoded.image!;
}

const inkShare = (image: MonochromeImage, y: number) => {
  let black = 0;
  for (let x = 0; x < image.width; x++) if (isBlack(image, x, y)) black++;
  return black / image.width;
};
const row = (image: MonochromeImage, y: number) => Buffer.from(image.data.subarray(y * image.bytesPerRow, (y + 1) * image.bytesPerRow));
/** The rows where two images of the same height differ. */
function differingRows(a: MonochromeImage, b: MonochromeImage): number[] {
  expect(a.height).toBe(b.height);
  return Array.from({ length: a.height }, (_, y) => y).filter((y) => !row(a, y).equals(row(b, y)));
}

describe('the printed ticket (raster) carries what the citizen needs', () => {
  it('a priority ticket has the black priority bar; a normal one has none and is shorter', async () => {
    const withPriority = await printed({ ...sampleTicket(), priority: 'elderly' });
    const without = await printed({ ...sampleTicket(), priority: 'none' });
    // Rows that are mostly black: the inverted "ƯU TIÊN" bar; otherwise only the 2-dot rule under the hall name.
    const barRows = (image: MonochromeImage) => Array.from({ length: image.height }, (_, y) => y).filter((y) => inkShare(image, y) > 0.8).length;
    expect(barRows(withPriority)).toBeGreaterThanOrEqual(20);
    expect(barRows(without)).toBeLessThanOrEqual(3);
    expect(without.height).toBeLessThan(withPriority.height - 20);
  });

  it('the number of people ahead and the wait are drawn, each on its own line below the number', async () => {
    const base = await printed({ ...sampleTicket(), peopleAhead: 12, estimatedWaitMinutes: 25 });
    const moreAhead = await printed({ ...sampleTicket(), peopleAhead: 47, estimatedWaitMinutes: 25 });
    const longerWait = await printed({ ...sampleTicket(), peopleAhead: 12, estimatedWaitMinutes: 55 });
    const aheadRows = differingRows(base, moreAhead);
    const waitRows = differingRows(base, longerWait);
    for (const rows of [aheadRows, waitRows]) {
      expect(rows.length).toBeGreaterThan(5);
      expect(rows[rows.length - 1]! - rows[0]!).toBeLessThan(40); // one line of text, nothing else moved
    }
    expect(aheadRows[aheadRows.length - 1]!).toBeLessThan(waitRows[0]!); // people ahead first, then the wait
    expect(aheadRows[0]!).toBeGreaterThan(base.height / 3); // below the big number
  });
});
