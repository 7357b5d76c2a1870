/**
 * A period report as an Excel workbook (exceljs): a sheet per table, bold
 * frozen header row, numbers as numbers, days as real dates shown dd/mm/yyyy.
 *
 * The workbook is streamed (exceljs's streaming writer) to the stream it is
 * given, a sheet at a time and a row at a time: built whole in memory
 * (exceljs's cell model of every sheet, then the zip as one buffer), the
 * year's workbook (~9,400 late dossiers) took the hub's peak RSS to 263 MB in
 * the year bench; streamed, 188 MB (issue 18, goal 200 MB). Each sheet's
 * table is laid out only when its turn comes and each row is handed to the
 * zip as soon as it is written, so what is held is one table's cells.
 *
 * exceljs is imported at the first export, not at start: loading it costs
 * ~260 ms CPU and ~35 MB resident, and most days no one asks for a workbook.
 * Only its streaming writer is loaded (exceljs-workbook-writer.d.ts), and
 * each table's rows are made as they are written (tableLayout), never held
 * as a second copy of the report's lists.
 */
import type { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { PeriodReport } from '@luot/protocol';
import { EXPORT_TABLES, tableLayout, type Cell, type TableLayout } from './report-tables';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A day as Excel's date: midnight UTC, so the serial number is the day itself whatever the hub's zone. */
const cellValue = (c: Cell): string | number | Date | null => (c === null || typeof c !== 'object' ? c : new Date(`${c.day}T00:00:00Z`));

/**
 * The columns holding a day anywhere: they are shown dd/mm/yyyy (their header cell too, as before
 * streaming). One pass over the rows, which are made as they are read.
 */
function dayColumns(table: TableLayout): Set<number> {
  const days = new Set<number>();
  for (const r of table.rows) r.forEach((c, i) => { if (c !== null && typeof c === 'object') days.add(i); });
  return days;
}

/** Rows written between pauses: each pause lets the zip compress and pass on what was written. */
const ROWS_PER_TURN = 500;

/**
 * Lets the written rows flow out before more are made: waits for `out` to drain when the reader is slower
 * (its buffer full), else for the next turn of the event loop. Rejects when `out` is closed first (the
 * client went away): the export then stops instead of writing the rest into a buffer no one reads.
 */
function flowed(out: Writable): Promise<void> {
  if (out.destroyed) return Promise.reject(new Error('the workbook\'s reader went away'));
  if (!out.writableNeedDrain) return nextTurn();
  return new Promise((resolve, reject) => {
    const settle = (closed: boolean) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      if (closed) reject(new Error('the workbook\'s reader went away'));
      else resolve();
    };
    const onDrain = () => settle(false);
    const onClose = () => settle(true);
    out.on('drain', onDrain);
    out.on('close', onClose);
  });
}

/**
 * Writes the workbook to `out` and ends it; resolves once the last byte is
 * handed to `out`. A failure part-way rejects (the caller then destroys `out`).
 */
export async function writeReportWorkbook(report: PeriodReport, hallName: string, out: Writable): Promise<void> {
  const { default: WorkbookWriter } = await import('exceljs/lib/stream/xlsx/workbook-writer.js');
  // Shared strings as the in-memory writer made them: the table of distinct texts is small (codes, names, headers).
  const book = new WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  book.creator = hallName;
  for (const name of EXPORT_TABLES) {
    const table = tableLayout(report, name);
    const sheet = book.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    // Columns first: the streaming writer writes them before the first row, and a row takes its column's format when made.
    const days = dayColumns(table);
    table.headers.forEach((header, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = Math.min(40, Math.max(12, header.length + 2));
      if (days.has(i)) column.numFmt = 'dd/mm/yyyy';
    });
    const head = sheet.addRow(table.headers);
    head.font = { bold: true };
    head.commit();
    let written = 0;
    for (const row of table.rows) {
      sheet.addRow(row.map(cellValue)).commit();
      if (++written % ROWS_PER_TURN === 0) await flowed(out);
    }
    sheet.commit();
    await flowed(out);
  }
  await book.commit();
}
