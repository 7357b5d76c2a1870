import { fail, luotError, ok, type Result } from '@luot/protocol';
import { VIETNAMESE_CODE_PAGES, type VietnameseCodePage } from './codepages/index';
import { codePageTables, type CodePageTables } from './escpos/code-page-select';
import type { PrinterType } from './escpos/thermal-builder';
import { parseTarget, type PrinterTarget } from './target';

export interface PrinterOptions {
  /** `tcp://host:port`, `serial:/dev/ttyUSB0?baud=9600` or `file:/dev/usb/lp0` */
  target: string;
  type?: PrinterType;
  /** Paper width in mm: 80 (576 dots) or 58 (384 dots). */
  width?: 80 | 58;
  /** `raster` (default) prints an image: full Vietnamese on any printer. */
  mode?: 'raster' | 'text';
  /** Text mode only: the printer's Vietnamese code page. */
  codepage?: VietnameseCodePage;
  /** Text mode only: the printer's table number for the code page (`ESC t n`; `ESC GS t n` on Star) when not Epson's; required on Star and for VISCII. */
  codePageNumber?: number;
  /** Bound on connecting and asking the status, in ms (default 3000). */
  timeoutMs?: number;
}

export interface ResolvedPrinterOptions {
  target: PrinterTarget;
  type: PrinterType;
  width: 80 | 58;
  mode: 'raster' | 'text';
  codepage: VietnameseCodePage;
  tables: CodePageTables | null;
  timeoutMs: number;
}

export const DEFAULT_TIMEOUT_MS = 3000;

const invalid = (field: string, en: string, vi: string) => fail<ResolvedPrinterOptions>(luotError('invalid_payload', { en, vi }, field));

/** Checks printer options and fills in the defaults; every mistake gets a clear error. */
export function resolvePrinterOptions(options: PrinterOptions): Result<ResolvedPrinterOptions> {
  const target = parseTarget(String(options.target ?? ''));
  if (!target.ok) return target;
  const type = options.type ?? 'epson';
  if (type !== 'epson' && type !== 'star') return invalid('type', `Printer type "${String(type)}" is not epson or star.`, `Loại máy in "${String(type)}" không hợp lệ (epson hoặc star).`);
  const width = options.width ?? 80;
  if (width !== 80 && width !== 58) return invalid('width', `Paper width ${String(width)} is not 80 or 58.`, `Khổ giấy ${String(width)} không hợp lệ (80 hoặc 58).`);
  const mode = options.mode ?? 'raster';
  if (mode !== 'raster' && mode !== 'text') return invalid('mode', `Mode "${String(mode)}" is not raster or text.`, `Chế độ in "${String(mode)}" không hợp lệ (raster hoặc text).`);
  const codepage = options.codepage ?? 'tcvn3';
  if (!VIETNAMESE_CODE_PAGES.includes(codepage)) {
    return invalid('codepage', `Code page "${String(codepage)}" is not one of ${VIETNAMESE_CODE_PAGES.join(', ')}.`, `Bảng mã "${String(codepage)}" không hợp lệ.`);
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs < 100 || timeoutMs > 60_000) {
    return invalid('timeoutMs', 'The timeout must be 100–60000 ms.', 'Thời gian chờ phải từ 100 đến 60000 ms.');
  }
  let tables: CodePageTables | null = null;
  if (mode === 'text') {
    const resolved = codePageTables(codepage, options.codePageNumber, type);
    if (!resolved.ok) return resolved;
    tables = resolved.value;
  }
  return ok({ target: target.value, type, width, mode, codepage, tables, timeoutMs });
}
