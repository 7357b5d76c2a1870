/**
 * An XLSX workbook (base64, as the admin console uploads it) → the first
 * sheet's rows of cell texts, for the procedures import. exceljs is already
 * the hub's spreadsheet library (report exports).
 */
import ExcelJS from 'exceljs';

export type XlsxRows = { ok: true; rows: string[][] } | { ok: false };

export async function readXlsxRows(base64: string): Promise<XlsxRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its load() argument as its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  } catch {
    return { ok: false };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false };
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text;
    });
    rows[number - 1] = Array.from(cells, (c) => c ?? '');
  });
  return { ok: true, rows: Array.from(rows, (r) => r ?? []) };
}
