import type { PrintJob } from '@luot/protocol';
import { buildRasterJob } from './escpos/raster-job';
import { buildTextJob } from './escpos/text-job';
import { charsPerLine } from './escpos/thermal-builder';
import { renderReceipt, renderTicket } from './layout/render';
import type { ResolvedPrinterOptions } from './printer-options';

/** The ESC/POS bytes of one job for this printer. */
export async function buildJobBytes(job: PrintJob, opts: ResolvedPrinterOptions): Promise<Buffer> {
  if (opts.mode === 'text' && opts.tables) {
    return buildTextJob(job, { type: opts.type, width: opts.width, codePage: opts.codepage, tables: opts.tables });
  }
  const image = job.kind === 'ticket' ? renderTicket(job.ticket, opts.width) : renderReceipt(job.receipt, opts.width);
  return buildRasterJob(image, opts.type, charsPerLine(opts.width));
}
