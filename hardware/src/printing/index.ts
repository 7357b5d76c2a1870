/**
 * Printing for kiosks and counters: tickets and dossier receipts on ESC/POS
 * thermal printers, rendered as images (full Vietnamese on any printer) or
 * in text mode with a Vietnamese code page.
 */
export { createPrinter, PrinterOptionsError, type Printer } from './printer';
export { type PrinterOptions, type ResolvedPrinterOptions, resolvePrinterOptions, DEFAULT_TIMEOUT_MS } from './printer-options';
export { parseTarget, describeTarget, type PrinterTarget } from './target';
export { renderTicket, renderReceipt, toPng } from './layout/render';
export { type MonochromeImage, isBlack } from './layout/monochrome';
export { PAPER_DOTS, type PaperWidth } from './layout/paper-flow';
export { sampleTicket, sampleReceipt } from './layout/sample-jobs';
export { buildJobBytes } from './job-bytes';
export { describeState, errorForState } from './print-errors';
export { stateFromStatusBytes, statusBytesFor, DLE_EOT } from './status-bytes';
export { encodeVietnamese, VIETNAMESE_CODE_PAGES, type VietnameseCodePage } from './codepages/index';
export type { PrinterType } from './escpos/thermal-builder';
