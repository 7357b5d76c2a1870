/**
 * One table of a period report as CSV: UTF-8 with a byte-order mark (Excel
 * then reads the Vietnamese right), CRLF rows, days as dd/mm/yyyy, numbers
 * with a dot. Text cells go through the audit export's csvField, which also
 * disarms anything that starts like a formula. Pure.
 */
import { csvField } from '../auth/audit-csv';
import { vietnameseDay, type Cell, type ReportTable } from './report-tables';

const BOM = '\uFEFF';

const cellText = (c: Cell): string => (c === null ? '' : typeof c === 'number' ? String(c) : typeof c === 'string' ? csvField(c) : vietnameseDay(c.day));

export function reportCsv(table: ReportTable): string {
  const line = (cells: readonly Cell[]) => `${cells.map(cellText).join(',')}\r\n`;
  return BOM + line(table.headers) + table.rows.map(line).join('');
}
