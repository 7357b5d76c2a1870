import type { ReceiptPrintJob, TicketPrintJob } from '@luot/protocol';
import { type MonochromeImage, monochromeToPng } from './monochrome';
import { type PaperWidth } from './paper-flow';
import { layOutReceipt } from './receipt-layout';
import { layOutTicket } from './ticket-layout';

/** Renders a ticket to the 1-bit image the printer receives (576 dots wide on 80 mm, 384 on 58 mm). */
export function renderTicket(job: TicketPrintJob, width: PaperWidth = 80): MonochromeImage {
  return layOutTicket(job, width).finishMonochrome();
}

/** Renders a dossier receipt slip (form 01) to a 1-bit image. */
export function renderReceipt(job: ReceiptPrintJob, width: PaperWidth = 80): MonochromeImage {
  return layOutReceipt(job, width).finishMonochrome();
}

/** The PNG of a rendered slip, black and white exactly as printed. */
export const toPng = monochromeToPng;
