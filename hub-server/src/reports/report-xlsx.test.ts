/**
 * The streamed workbook holds what the workbook built whole in memory held
 * (the export before issue 18 made it streamed): the same sheets, cells,
 * kinds, formats, bold headers, widths and frozen rows, over more late
 * dossiers than are written between two pauses.
 */
import ExcelJS from 'exceljs';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { BreakdownRow, DossierPeriodFigures, LateDossier, PeriodFigures, PeriodReport, SatisfactionFigures, TicketPeriodFigures } from '@luot/protocol';
import { reportTables, type Cell } from './report-tables';
import { writeReportWorkbook } from './report-xlsx';

const stats = (minutes: number | null) => ({ count: minutes === null ? 0 : 3, meanMinutes: minutes, medianMinutes: minutes, p90Minutes: minutes, maxMinutes: minutes });
const tickets = (issued: number): TicketPeriodFigures => ({
  issued, served: issued - 1, noShow: 1, cancelled: 0, expired: 0, transferred: 2, wait: stats(issued === 0 ? null : 6.5), service: stats(12), servedWithinTargetPercent: 87.5,
});
const satisfaction: SatisfactionFigures = { verySatisfied: 4, satisfied: 2, notSatisfied: 1, noAnswer: 3, responsePercent: 70, ratings: { votes: { '1': 1, '2': 0, '3': 0, '4': 2, '5': 4 }, noAnswer: 3, satisfiedPercent: 85.7 } };
const dossiers: DossierPeriodFigures = { received: 9, returned: 6, pending: 3, early: 2, onTime: 3, late: 1, onTimePercent: 83.3, supplementsAsked: 1 };
const figures = (issued: number): PeriodFigures => ({ tickets: tickets(issued), dossiers, satisfaction });
const row = (key: string, label: string, withDossiers = false): BreakdownRow => ({ key, label, tickets: tickets(10), satisfaction, dossiers: withDossiers ? dossiers : null });

/** Late dossiers, returned and still pending ('Chưa trả'): more than the rows written between two pauses. */
const late = (count: number): LateDossier[] =>
  Array.from({ length: count }, (_, i) => ({
    code: `HS-${String(i).padStart(5, '0')}`, department: 'STP', procedureCode: 'TP-01', service: 'HT',
    dueDay: '2026-03-02', returnedDay: i % 3 === 0 ? null : '2026-03-09', daysLate: 7 + (i % 5),
  }));

function yearReport(lateDossiers: LateDossier[]): PeriodReport {
  return {
    kind: 'year', from: '2026-01-01', to: '2026-12-31',
    totals: figures(600_000),
    previous: { from: '2025-01-01', to: '2025-12-31', totals: figures(0) },
    procedures: [{ procedureCode: 'TP-01', name: 'Đăng ký khai sinh', department: 'STP', dossiers }],
    lateDossiers,
    breakdowns: {
      departments: [row('STP', 'Sở Tư pháp', true)],
      services: [row('HT', 'Hộ tịch', true)],
      counters: [row('1', 'Quầy 1'), row('12', 'Quầy 12')],
      officers: [row('u1', 'Nguyễn Văn An')],
      priorities: [row('normal', 'Thông thường')],
      sources: [row('kiosk', 'Kiosk')],
      hours: [row('8', '8:00')],
    },
    arrivals: [{ weekday: 1, hour: 8, issued: 40 }, { weekday: 3, hour: 14, issued: 12 }],
    daily: [{ day: '2026-01-02', issued: 1800, served: 1750, meanWaitMinutes: 9.5 }, { day: '2026-01-03', issued: 0, served: 0, meanWaitMinutes: null }],
  };
}

/** The workbook as the export built it before streaming: whole in memory, then written to one buffer. */
async function wholeWorkbook(report: PeriodReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const value = (c: Cell) => (c === null || typeof c !== 'object' ? c : new Date(`${c.day}T00:00:00Z`));
  for (const table of reportTables(report)) {
    const sheet = book.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.headers).font = { bold: true };
    for (const r of table.rows) sheet.addRow(r.map(value));
    table.headers.forEach((header, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = Math.min(40, Math.max(12, header.length + 2));
      if (table.rows.some((r) => r[i] !== null && typeof r[i] === 'object')) column.numFmt = 'dd/mm/yyyy';
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function streamedWorkbook(report: PeriodReport): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeReportWorkbook(report, 'Trung tâm Phục vụ hành chính công', out);
  return Buffer.concat(chunks);
}

/** Every sheet's cells as read back: value, kind, format and boldness, with the sheet's widths and view. */
async function readBack(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  // exceljs's load() types ask for its own Buffer type; a Node Buffer is what it reads.
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets.map((sheet) => {
    const cells: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (r, n) => r.eachCell({ includeEmpty: true }, (c) => cells.push([n, c.col, c.type, c.value, c.numFmt ?? null, c.font?.bold ?? false])));
    const widths = Array.from({ length: sheet.columnCount }, (_, i) => sheet.getColumn(i + 1).width);
    return { name: sheet.name, view: sheet.views[0], rowCount: sheet.rowCount, widths, cells };
  });
}

// Four workbooks of 1,235 rows written and read back: seconds of exceljs, more than the unit project's 5 s on a loaded machine (CI timed it out once).
describe('the streamed report workbook', { timeout: 60_000 }, () => {
  it('holds the same sheets, cells, kinds and formats as the workbook built whole', async () => {
    for (const report of [yearReport(late(1_234)), yearReport([])]) {
      const streamed = await readBack(await streamedWorkbook(report));
      expect(streamed).toEqual(await readBack(await wholeWorkbook(report)));
      const lateSheet = streamed.at(-1)!;
      expect(lateSheet.rowCount).toBe(report.lateDossiers.length + 1);
    }
  });

  it('writes days as dates shown dd/mm/yyyy and a pending dossier as text, in the last of many rows too', async () => {
    const report = yearReport(late(1_234));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await streamedWorkbook(report)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Hồ sơ trễ hạn')!;
    const last = sheet.getRow(1_235);
    expect(last.getCell(1).value).toBe('HS-01233');
    expect(last.getCell(5).value).toEqual(new Date('2026-03-02T00:00:00Z'));
    expect(last.getCell(5).numFmt).toBe('dd/mm/yyyy');
    expect(last.getCell(6).value).toBe('Chưa trả'); // the 1,234th is still pending (every third)
    expect(sheet.getRow(3).getCell(6).value).toEqual(new Date('2026-03-09T00:00:00Z'));
    expect(sheet.getRow(3).getCell(6).numFmt).toBe('dd/mm/yyyy');
    expect(last.getCell(7).value).toBe(10);
    expect(book.creator).toBe('Trung tâm Phục vụ hành chính công');
  });

  it('stops with an error when the reader went away, instead of writing on for no one', async () => {
    const gone = new Writable({ write: (_c, _e, done) => done() });
    gone.destroy();
    await expect(writeReportWorkbook(yearReport(late(10)), 'Hall', gone)).rejects.toThrow();
  });
});
