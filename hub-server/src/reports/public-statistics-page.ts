/**
 * The /thong-ke/ page: the public statistics as plain HTML, no script, a few
 * kilobytes, readable on a phone; Vietnamese (the hall's public language).
 */
import type { PublicFigures, PublicStatistics, PublicStatisticsPeriod } from '@luot/protocol';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const number = (n: number) => n.toLocaleString('vi-VN');
const decimal = (n: number | null, unit: string) => (n === null ? '—' : `${n.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}${unit}`);
const dayVi = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

const TITLES = { month: 'Tháng này', year: 'Năm nay' } as const;

function tiles(f: PublicFigures): string {
  const tile = (value: string, label: string, detail = '') => `<div class="tile"><b>${value}</b><span>${label}</span>${detail ? `<small>${detail}</small>` : ''}</div>`;
  return `<div class="tiles">
${tile(number(f.served), 'lượt công dân được phục vụ')}
${tile(decimal(f.meanWaitMinutes, ' phút'), 'thời gian chờ trung bình')}
${tile(decimal(f.onTimePercent, '%'), 'hồ sơ trả đúng và trước hạn', `${number(f.early)} trước hạn · ${number(f.onTime)} đúng hạn · ${number(f.late)} trễ hạn / ${number(f.dossiersReturned)} hồ sơ đã trả`)}
${tile(decimal(f.satisfiedPercent, '%'), 'đánh giá hài lòng', `trên ${number(f.ratings)} lượt đánh giá`)}
</div>`;
}

function departmentTable(p: PublicStatisticsPeriod): string {
  if (p.departments.length === 0) return '<p class="none">Chưa có số liệu.</p>';
  const rows = p.departments
    .map(
      (d) => `<tr><th scope="row">${escapeHtml(d.name)}</th><td>${number(d.served)}</td><td>${decimal(d.meanWaitMinutes, '')}</td><td>${decimal(d.onTimePercent, '%')}</td><td>${number(d.late)}</td><td>${decimal(d.satisfiedPercent, '%')}</td></tr>`,
    )
    .join('\n');
  return `<div class="scroll"><table><caption>Theo cơ quan, đơn vị</caption>
<thead><tr><th scope="col">Cơ quan, đơn vị</th><th scope="col">Lượt phục vụ</th><th scope="col">Chờ TB (phút)</th><th scope="col">Đúng và trước hạn</th><th scope="col">Trễ hạn</th><th scope="col">Hài lòng</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
}

export function publicStatisticsPage(s: PublicStatistics): string {
  const sections = s.periods
    .map((p) => `<section data-period="${p.kind}"><h2>${TITLES[p.kind]} <small>(${dayVi(p.from)} – ${dayVi(p.to)})</small></h2>
${tiles(p.totals)}
${departmentTable(p)}
</section>`)
    .join('\n');
  const at = new Date(s.computedAt + 7 * 3_600_000).toISOString();
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Thống kê kết quả phục vụ — ${escapeHtml(s.hall)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#102a43}
header{background:#0b4f8a;color:#fff;padding:14px 16px}header h1{font-size:20px;margin:0}header p{margin:4px 0 0;font-size:14px;opacity:.9}
main{max-width:960px;margin:0 auto;padding:8px 12px 24px}
h2{font-size:18px;margin:20px 0 10px}h2 small{font-weight:400;color:#486581;font-size:14px}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:10px}
.tile{background:#fff;border-radius:10px;padding:12px;box-shadow:0 1px 2px #0002}
.tile b{display:block;font-size:28px;color:#0b4f8a}.tile span{display:block;font-size:14px}.tile small{display:block;color:#486581;font-size:12px;margin-top:4px}
.scroll{overflow-x:auto;margin-top:12px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}caption{text-align:left;font-weight:600;padding:6px 0}
th,td{padding:8px;border-bottom:1px solid #d9e2ec;text-align:right}th[scope=row],thead th:first-child{text-align:left}
thead th{background:#e4ecf5;font-weight:600}
footer{color:#486581;font-size:12px;padding:0 12px 24px;max-width:960px;margin:0 auto}
</style></head>
<body><header><h1>Thống kê kết quả phục vụ</h1><p>${escapeHtml(s.hall)}</p></header>
<main>
${sections}
</main>
<footer>Số liệu cập nhật lúc ${at.slice(11, 16)} ngày ${dayVi(at.slice(0, 10))}, làm mới mỗi phút. Hài lòng: tỷ lệ đánh giá “hài lòng” và “rất hài lòng” trên số lượt đánh giá. Đúng hạn: hồ sơ trả trước hoặc đúng ngày hẹn trên số hồ sơ đã trả trong kỳ.</footer>
</body></html>`;
}
