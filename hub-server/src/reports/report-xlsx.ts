/**
 * A period report as an Excel workbook (exceljs): a sheet per table, bold
 * frozen header row, numbers as numbers, days as real dates shown dd/mm/yyyy.
 *
 * The workbook is streamed (exceljs's streaming writer) to the stream it is
 * given, a sheet at a time and a row at a time: the year's workbook built
 * whole in memory (exceljs's cell model of every row, then the zip as one
 * buffer) took the hub's memory from ~170 MB to ~360 MB (issue 18). Each
 * sheet's table is laid out only when its turn comes and each row is handed
 * to the zip as soon as it is written, so what is held is one table's cells.
 *
 * exceljs is imported at the first export, not at start: loading it costs
 * ~260 ms CPU and ~35 MB resident, and most days no one asks for a workbook.
 */
import type { Writable } from 'node:stream';
import type { PeriodReport } from '@luot/protocol';
import { EXPORT_TABLES, reportTable, type Cell, type ReportTable } from './report-tables';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A day as Excel's date: midnight UTC, so the serial number is the day itself whatever the hub's zone. */
const cellValue = (c: Cell): string | number | Date | null => (c === null || typeof c !== 'object' ? c : new Date(`${c.day}T00:00:00Z`));

/** Whether a column holds a day anywhere: it is then shown dd/mm/yyyy (its header cell too, as before streaming). */
const holdsDays = (table: ReportTable, column: number) => table.rows.some((r) => { const c = r[column]; return c !== null && c !== undefined && typeof c === 'object'; });

/**
 * Writes the workbook to `out` and ends it; resolves once the last byte is
 * handed to `out`. A failure part-way rejects (the caller then destroys `out`).
 */
export async function writeReportWorkbook(report: PeriodReport, hallName: string, out: Writable): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  // Shared strings as the in-memory writer made them: the table of distinct texts is small (codes, names, headers).
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  book.creator = hallName;
  for (const name of EXPORT_TABLES) {
    const table = reportTable(report, name);
    const sheet = book.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    // Columns first: the streaming writer writes them before the first row, and a row takes its column's format when made.
    table.headers.forEach((header, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = Math.min(40, Math.max(12, header.length + 2));
      if (holdsDays(table, i)) column.numFmt = 'dd/mm/yyyy';
    });
    const head = sheet.addRow(table.headers);
    head.font = { bold: true };
    head.commit();
    for (const row of table.rows) sheet.addRow(row.map(cellValue)).commit();
    sheet.commit();
  }
  await book.commit();
}
