/**
 * The period report laid out for an A4 sheet (portrait, 15 mm margins): the
 * hall's header, the period beside the previous one, the figures per
 * department and the late dossiers. Plain HTML and a print stylesheet; the
 * browser's "Print" or "Save as PDF" makes the paper. Vietnamese.
 */
import type { PeriodFigures, PeriodReport } from '@luot/protocol';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const dayVi = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
const num = (n: number | null, unit = '') => (n === null ? '—' : `${n.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}${unit}`);
/** At most this many late dossiers on paper (the workbook has them all). */
export const PRINTED_LATE_DOSSIERS = 40;

function summaryRows(now: PeriodFigures, before: PeriodFigures): string {
  const rows: [string, number | null, number | null, string][] = [
    ['Số phiếu đã cấp', now.tickets.issued, before.tickets.issued, ''],
    ['Đã phục vụ', now.tickets.served, before.tickets.served, ''],
    ['Vắng mặt', now.tickets.noShow, before.tickets.noShow, ''],
    ['Chờ trung bình', now.tickets.wait.meanMinutes, before.tickets.wait.meanMinutes, ' phút'],
    ['Chờ trung vị', now.tickets.wait.medianMinutes, before.tickets.wait.medianMinutes, ' phút'],
    ['90% chờ không quá', now.tickets.wait.p90Minutes, before.tickets.wait.p90Minutes, ' phút'],
    ['Phục vụ trung bình', now.tickets.service.meanMinutes, before.tickets.service.meanMinutes, ' phút'],
    ['Hồ sơ tiếp nhận', now.dossiers.received, before.dossiers.received, ''],
    ['Hồ sơ đã trả', now.dossiers.returned, before.dossiers.returned, ''],
    ['Trước hạn / đúng hạn / trễ hạn', null, null, ''],
    ['Tỷ lệ đúng và trước hạn', now.dossiers.onTimePercent, before.dossiers.onTimePercent, '%'],
    ['Hồ sơ đang giải quyết', now.dossiers.pending, before.dossiers.pending, ''],
    ['Tỷ lệ hài lòng', now.satisfaction.ratings.satisfiedPercent, before.satisfaction.ratings.satisfiedPercent, '%'],
    ['Tỷ lệ phản hồi đánh giá', now.satisfaction.responsePercent, before.satisfaction.responsePercent, '%'],
  ];
  const split = (f: PeriodFigures) => `${num(f.dossiers.early)} / ${num(f.dossiers.onTime)} / ${num(f.dossiers.late)}`;
  return rows
    .map(([label, a, b, unit]) =>
      label.startsWith('Trước hạn')
        ? `<tr><th scope="row">${label}</th><td>${split(now)}</td><td>${split(before)}</td></tr>`
        : `<tr><th scope="row">${label}</th><td>${num(a, unit)}</td><td>${num(b, unit)}</td></tr>`,
    )
    .join('\n');
}

export function reportPrintPage(r: PeriodReport, hall: { name: string; address: string }): string {
  const departments = r.breakdowns.departments
    .map(
      (d) =>
        `<tr><th scope="row">${escapeHtml(d.label)}</th><td>${num(d.tickets.served)}</td><td>${num(d.tickets.wait.meanMinutes)}</td><td>${num(d.tickets.wait.p90Minutes)}</td><td>${num(d.dossiers?.returned ?? null)}</td><td>${num(d.dossiers?.onTimePercent ?? null, '%')}</td><td>${num(d.satisfaction.ratings.satisfiedPercent, '%')}</td></tr>`,
    )
    .join('\n');
  const late = r.lateDossiers.slice(0, PRINTED_LATE_DOSSIERS);
  const lateRows = late
    .map((d) => `<tr><td>${escapeHtml(d.code)}</td><td>${escapeHtml(d.department)}</td><td>${dayVi(d.dueDay)}</td><td>${d.returnedDay ? dayVi(d.returnedDay) : 'Chưa trả'}</td><td>${d.daysLate}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<title>Báo cáo ${dayVi(r.from)} – ${dayVi(r.to)} — ${escapeHtml(hall.name)}</title>
<style>
@page{size:A4 portrait;margin:15mm}
body{font-family:"DejaVu Sans",system-ui,sans-serif;font-size:10pt;color:#000;margin:0}
header{text-align:center;border-bottom:2px solid #000;padding-bottom:6pt;margin-bottom:10pt}
header .hall{font-weight:700;font-size:12pt;text-transform:uppercase}
header .address{font-size:9pt}
h1{font-size:14pt;margin:8pt 0 2pt}h2{font-size:11pt;margin:12pt 0 4pt;break-after:avoid}
.period{font-size:10pt}
table{border-collapse:collapse;width:100%;table-layout:fixed;break-inside:auto}
th,td{border:1px solid #666;padding:2pt 4pt;text-align:right;overflow-wrap:anywhere}
th[scope=row],thead th:first-child{text-align:left}thead th{background:#eee}
tr{break-inside:avoid}
.note{font-size:8pt;color:#333}
@media screen{body{max-width:180mm;margin:10mm auto}}
</style></head>
<body>
<header><div class="hall">${escapeHtml(hall.name)}</div><div class="address">${escapeHtml(hall.address)}</div>
<h1>BÁO CÁO KẾT QUẢ PHỤC VỤ</h1><div class="period">Kỳ báo cáo: ${dayVi(r.from)} – ${dayVi(r.to)} · so với ${dayVi(r.previous.from)} – ${dayVi(r.previous.to)}</div></header>
<h2>1. Tổng hợp</h2>
<table id="summary"><thead><tr><th scope="col" style="width:45%">Chỉ tiêu</th><th scope="col">Kỳ này</th><th scope="col">Kỳ trước</th></tr></thead><tbody>
${summaryRows(r.totals, r.previous.totals)}
</tbody></table>
<h2>2. Theo cơ quan, đơn vị</h2>
<table id="departments"><thead><tr><th scope="col" style="width:30%">Cơ quan, đơn vị</th><th scope="col">Đã phục vụ</th><th scope="col">Chờ TB (phút)</th><th scope="col">Chờ P90 (phút)</th><th scope="col">Hồ sơ đã trả</th><th scope="col">Đúng hạn</th><th scope="col">Hài lòng</th></tr></thead><tbody>
${departments}
</tbody></table>
<h2>3. Hồ sơ trễ hạn</h2>
${late.length === 0 ? '<p>Không có hồ sơ trễ hạn.</p>' : `<table id="late"><thead><tr><th scope="col" style="width:34%">Mã hồ sơ</th><th scope="col">Cơ quan</th><th scope="col">Hẹn trả</th><th scope="col">Đã trả</th><th scope="col">Số ngày trễ</th></tr></thead><tbody>
${lateRows}
</tbody></table>`}
${r.lateDossiers.length > late.length ? `<p class="note">Còn ${r.lateDossiers.length - late.length} hồ sơ trễ hạn khác: xem tệp Excel.</p>` : ''}
<p class="note">Chờ: từ lúc lấy số đến lúc được gọi. Đúng hạn: hồ sơ trả trước hoặc đúng ngày hẹn trên số hồ sơ đã trả trong kỳ. Hài lòng: “hài lòng” và “rất hài lòng” trên số lượt đánh giá.</p>
</body></html>`;
}
