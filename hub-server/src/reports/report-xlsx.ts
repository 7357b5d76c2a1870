/**
 * A period report as an Excel workbook (exceljs): a sheet per table, bold
 * frozen header row, numbers as numbers, days as real dates shown dd/mm/yyyy.
 *
 * exceljs is imported at the first export, not at start: loading it costs
 * ~260 ms CPU and ~35 MB resident, and most days no one asks for a workbook.
 */
import type { PeriodReport } from '@luot/protocol';
import { reportTables, type Cell } from './report-tables';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A day as Excel's date: midnight UTC, so the serial number is the day itself whatever the hub's zone. */
const cellValue = (c: Cell): string | number | Date | null => (c === null || typeof c !== 'object' ? c : new Date(`${c.day}T00:00:00Z`));

export async function reportWorkbook(report: PeriodReport, hallName: string): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = hallName;
  for (const table of reportTables(report)) {
    const sheet = book.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.headers).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map(cellValue));
    table.headers.forEach((header, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = Math.min(40, Math.max(12, header.length + 2));
      if (table.rows.some((r) => { const c = r[i]; return c !== null && c !== undefined && typeof c === 'object'; })) column.numFmt = 'dd/mm/yyyy';
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
