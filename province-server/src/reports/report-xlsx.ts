/** The period report as an Excel workbook (exceljs): one sheet of halls ranked, one of services per hall. */
import ExcelJS from 'exceljs';
import type { ProvincePeriodReport } from '@luot/protocol';

export async function reportWorkbook(report: ProvincePeriodReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const halls = book.addWorksheet('Trung tâm');
  halls.columns = [
    { header: 'Hạng / Rank', key: 'rank', width: 10 },
    { header: 'Mã / Hall', key: 'hall', width: 18 },
    { header: 'Tên / Name', key: 'name', width: 40 },
    { header: 'Đã cấp số / Issued', key: 'issued', width: 16 },
    { header: 'Đã phục vụ / Served', key: 'served', width: 18 },
    { header: 'Vắng mặt / No-show', key: 'noShow', width: 16 },
    { header: 'Chờ TB (phút) / Avg wait (min)', key: 'wait', width: 26 },
    { header: 'Phục vụ TB (phút) / Avg service (min)', key: 'service', width: 30 },
    { header: 'Hài lòng (%) / Satisfied (%)', key: 'satisfied', width: 24 },
  ];
  for (const h of report.halls) {
    halls.addRow({
      rank: h.rank,
      hall: h.hall,
      name: h.name,
      issued: h.totals.issued,
      served: h.totals.served,
      noShow: h.totals.noShow,
      wait: h.totals.averageWaitMinutes,
      service: h.totals.averageServiceMinutes,
      satisfied: h.totals.ratings.satisfiedPercent,
    });
  }
  halls.addRow({
    name: `Toàn tỉnh / Province (${report.from} – ${report.to})`,
    issued: report.totals.issued,
    served: report.totals.served,
    noShow: report.totals.noShow,
    wait: report.totals.averageWaitMinutes,
    service: report.totals.averageServiceMinutes,
    satisfied: report.totals.ratings.satisfiedPercent,
  });
  halls.getRow(1).font = { bold: true };
  const services = book.addWorksheet('Dịch vụ');
  services.columns = [
    { header: 'Mã / Hall', key: 'hall', width: 18 },
    { header: 'Dịch vụ / Service', key: 'service', width: 16 },
    { header: 'Đã cấp số / Issued', key: 'issued', width: 16 },
    { header: 'Đã phục vụ / Served', key: 'served', width: 18 },
    { header: 'Vắng mặt / No-show', key: 'noShow', width: 16 },
    { header: 'Chờ TB (phút) / Avg wait (min)', key: 'wait', width: 26 },
  ];
  for (const h of report.halls) {
    for (const s of h.services) {
      services.addRow({ hall: h.hall, service: s.service, issued: s.issued, served: s.served, noShow: s.noShow, wait: s.averageWaitMinutes });
    }
  }
  services.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}
