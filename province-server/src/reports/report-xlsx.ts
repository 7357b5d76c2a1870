/** The period report as an Excel workbook (exceljs): one sheet of halls ranked, one of services and one of officers per hall. */
import ExcelJS from 'exceljs';
import type { ProvincePeriodReport } from '@luot/protocol';

/** The line of tickets whose events did not say their officer (an older hub). */
export const UNKNOWN_OFFICER_LABEL = 'Không rõ cán bộ / Unknown officer';

type Column = { header: string; key: string; width: number };

/** A sheet as the hall's own workbooks have it: bold header row, frozen while scrolling, one row per record. */
function addSheet(book: ExcelJS.Workbook, name: string, columns: Column[], rows: Iterable<Record<string, unknown>>): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns;
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
}

export async function reportWorkbook(report: ProvincePeriodReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const hallColumns: Column[] = [
    { header: 'Hạng / Rank', key: 'rank', width: 10 },
    { header: 'Mã / Hall', key: 'hall', width: 18 },
    { header: 'Tên / Name', key: 'name', width: 40 },
    { header: 'Đã cấp số / Issued', key: 'issued', width: 16 },
    { header: 'Đã phục vụ / Served', key: 'served', width: 18 },
    { header: 'Vắng mặt / No-show', key: 'noShow', width: 16 },
    { header: 'Chờ TB (phút) / Avg wait (min)', key: 'wait', width: 26 },
    { header: 'Phục vụ TB (phút) / Avg service (min)', key: 'service', width: 30 },
    { header: 'Hài lòng (%) / Satisfied (%)', key: 'satisfied', width: 24 },
    { header: 'Hồ sơ nhận / Dossiers received', key: 'received', width: 24 },
    { header: 'Hồ sơ đã trả / Dossiers returned', key: 'returned', width: 24 },
    { header: 'Trước hạn / Early', key: 'early', width: 14 },
    { header: 'Đúng hạn / On time', key: 'onTime', width: 14 },
    { header: 'Trễ hạn / Late', key: 'late', width: 12 },
    { header: 'Đúng hạn (%) / On time (%)', key: 'onTimePercent', width: 24 },
    { header: 'Hạng đúng hạn / On-time rank', key: 'onTimeRank', width: 24 },
  ];
  const dossierCells = (d: ProvincePeriodReport['dossiers']) => ({
    received: d.received,
    returned: d.returned,
    early: d.early,
    onTime: d.onTime,
    late: d.late,
    onTimePercent: d.onTimePercent,
  });
  const hallRows = report.halls.map((h) => ({
    rank: h.rank,
    hall: h.hall,
    name: h.name,
    issued: h.totals.issued,
    served: h.totals.served,
    noShow: h.totals.noShow,
    wait: h.totals.averageWaitMinutes,
    service: h.totals.averageServiceMinutes,
    satisfied: h.totals.ratings.satisfiedPercent,
    ...dossierCells(h.dossiers),
    onTimeRank: h.onTimeRank,
  }));
  const provinceRow = {
    name: `Toàn tỉnh / Province (${report.from} – ${report.to})`,
    issued: report.totals.issued,
    served: report.totals.served,
    noShow: report.totals.noShow,
    wait: report.totals.averageWaitMinutes,
    service: report.totals.averageServiceMinutes,
    satisfied: report.totals.ratings.satisfiedPercent,
    ...dossierCells(report.dossiers),
  };
  addSheet(book, 'Trung tâm', hallColumns, [...hallRows, provinceRow]);
  addSheet(
    book,
    'Dịch vụ',
    [
      { header: 'Mã / Hall', key: 'hall', width: 18 },
      { header: 'Dịch vụ / Service', key: 'service', width: 16 },
      { header: 'Đã cấp số / Issued', key: 'issued', width: 16 },
      { header: 'Đã phục vụ / Served', key: 'served', width: 18 },
      { header: 'Vắng mặt / No-show', key: 'noShow', width: 16 },
      { header: 'Chờ TB (phút) / Avg wait (min)', key: 'wait', width: 26 },
    ],
    report.halls.flatMap((h) =>
      h.services.map((s) => ({ hall: h.hall, service: s.service, issued: s.issued, served: s.served, noShow: s.noShow, wait: s.averageWaitMinutes })),
    ),
  );
  addSheet(
    book,
    'Cán bộ',
    [
      { header: 'Mã / Hall', key: 'hall', width: 18 },
      { header: 'Mã cán bộ / Officer id', key: 'officerId', width: 38 },
      { header: 'Cán bộ / Officer', key: 'name', width: 30 },
      { header: 'Đã phục vụ / Served', key: 'served', width: 18 },
      { header: 'Phục vụ TB (phút) / Avg service (min)', key: 'service', width: 30 },
      { header: 'Hài lòng (%) / Satisfied (%)', key: 'satisfied', width: 24 },
      { header: 'Không đánh giá / No answer', key: 'noAnswer', width: 24 },
    ],
    report.halls.flatMap((h) =>
      h.officers.map((o) => ({
        hall: h.hall,
        officerId: o.name === null ? '' : o.officerId,
        name: o.name ?? UNKNOWN_OFFICER_LABEL,
        served: o.served,
        service: o.averageServiceMinutes,
        satisfied: o.ratings.satisfiedPercent,
        noAnswer: o.ratings.noAnswer,
      })),
    ),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
