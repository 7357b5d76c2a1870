import { fail, luotError, ok, type Result } from '@luot/protocol';
import type { VietnameseCodePage } from '../codepages/index';
import type { PrinterType } from './thermal-builder';

/**
 * Character table numbers for `ESC t n` (Epson) / `ESC GS t n` (Star), per
 * code page: [main table, TCVN-3 uppercase table]. Epson documents TCVN-3 as
 * 30 and 31 and WPC1258 as 52. VISCII has no Epson number; clones that have
 * it put it at different numbers, so the installer must give it from the
 * printer's self-test page. Star printers number their tables (`ESC GS t n`)
 * differently from Epson and have no standard Vietnamese ones, so on Star
 * the number is always required.
 */
const EPSON_TABLES: Record<VietnameseCodePage, readonly number[] | null> = {
  tcvn3: [30, 31],
  wpc1258: [52],
  viscii: null,
};

export interface CodePageTables {
  main: number;
  upper: number;
}

/** Works out the table numbers to send, or a clear error when they cannot be known. */
export function codePageTables(codePage: VietnameseCodePage, override?: number, type: PrinterType = 'epson'): Result<CodePageTables> {
  if (override !== undefined) {
    if (!Number.isInteger(override) || override < 0 || override > 255) {
      return fail(luotError('invalid_payload', { en: `Code page number ${override} is not 0–255.`, vi: `Số bảng mã ${override} không hợp lệ (0–255).` }, 'codePageNumber'));
    }
    // For TCVN-3 the uppercase table is the next one, as on Epson (30/31).
    return ok({ main: override, upper: codePage === 'tcvn3' ? override + 1 : override });
  }
  if (type === 'star') {
    return fail(
      luotError(
        'invalid_payload',
        {
          en: 'Star printers number their code tables differently from Epson (ESC GS t n): give the table number of this code page from the printer’s self-test page or Star’s manual (codePageNumber / --codepage-number), or print in raster mode.',
          vi: 'Máy in Star đánh số bảng mã khác Epson (ESC GS t n): hãy nhập số bảng mã theo trang tự kiểm tra của máy in hoặc tài liệu của Star (--codepage-number), hoặc dùng chế độ in ảnh (raster).',
        },
        'codePageNumber',
      ),
    );
  }
  const tables = EPSON_TABLES[codePage];
  if (!tables) {
    return fail(
      luotError(
        'invalid_payload',
        {
          en: 'VISCII has no standard ESC t number; give the number from the printer’s self-test page (codePageNumber / --codepage-number).',
          vi: 'VISCII không có số bảng mã chuẩn; hãy nhập số bảng mã theo trang tự kiểm tra của máy in (--codepage-number).',
        },
        'codePageNumber',
      ),
    );
  }
  return ok({ main: tables[0]!, upper: tables[1] ?? tables[0]! });
}

/** The command that selects character table n. */
export const selectTable = (type: PrinterType, n: number): Buffer =>
  type === 'star' ? Buffer.of(0x1b, 0x1d, 0x74, n) : Buffer.of(0x1b, 0x74, n);
