/**
 * The receipt slip (form 01, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả") as a
 * printable page for an office printer: A5 by default, A4 with `?paper=a4`.
 * Staff only — it carries the applicant's personal data.
 */
import type { DossierView, ReceiptPrintJob } from '@luot/protocol';
import { escapeHtml as e, formatDateTimeVi } from './dossier-format';
import { PRINT_HANDLER } from './print-button';

export type Paper = 'A5' | 'A4';

export const printStyle = (paper: Paper) => `@page{size:${paper} portrait;margin:${paper === 'A5' ? '10mm 12mm' : '15mm 20mm'}}
*{box-sizing:border-box}
body{font-family:"Times New Roman",Times,serif;font-size:${paper === 'A5' ? '11.5pt' : '13pt'};color:#000;margin:0 auto;max-width:${paper === 'A5' ? '148mm' : '210mm'};padding:8mm}
@media print{body{padding:0}.no-print{display:none}}
.head{display:grid;grid-template-columns:1fr 1.3fr;text-align:center;gap:4mm}
.head b{display:block}.head .motto{text-decoration:underline;font-weight:700}
h1{text-align:center;font-size:1.25em;margin:6mm 0 1mm}
.code{text-align:center;font-weight:700;margin-bottom:4mm}
p{margin:1.2mm 0;line-height:1.35}
table{width:100%;border-collapse:collapse;margin:2mm 0}
th,td{border:1px solid #000;padding:1mm 2mm;vertical-align:top}
td.n{text-align:center;width:8%}td.c{text-align:center;width:14%}
.sign{display:grid;grid-template-columns:1fr 1fr;text-align:center;margin-top:6mm;min-height:32mm}
.sign i{display:block;font-size:.9em}
.qr{display:flex;gap:4mm;align-items:center;margin-top:4mm;font-size:.85em}
.qr svg{width:24mm;height:24mm;flex:none}
button{font-size:14px;padding:6px 14px;margin:0 0 6mm}`;

/** The page; `view` adds what the print job does not carry (sex for "Ông/Bà", email). */
export async function renderReceiptPage(job: ReceiptPrintJob, view: DossierView, paper: Paper = 'A5'): Promise<string> {
  // Loaded on the first receipt, not at start-up (issue 21: the hub answers /healthz within 1 s).
  const { default: QRCode } = await import('qrcode');
  const qr = await QRCode.toString(job.trackUrl, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  const title = view.applicant.sex === 'female' ? 'Bà' : 'Ông';
  const rows = job.documents
    .map((d, i) => `<tr><td class="n">${i + 1}</td><td>${e(d.name)}</td><td class="c">${d.originals}</td><td class="c">${d.copies}</td></tr>`)
    .join('');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Giấy tiếp nhận hồ sơ ${e(job.dossierCode)}</title><style>${printStyle(paper)}</style></head>
<body>
<div class="no-print"><button onclick="${PRINT_HANDLER}">In giấy tiếp nhận · Print</button></div>
<div class="head"><div><b>${e(job.hallName.vi.toUpperCase())}</b><b>BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ</b></div>
<div><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><span class="motto">Độc lập - Tự do - Hạnh phúc</span></div></div>
<h1>GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ</h1>
<div class="code">Mã hồ sơ: <span id="dossier-code">${e(job.dossierCode)}</span></div>
<p>Bộ phận tiếp nhận và trả kết quả: ${e(job.hallName.vi)}</p>
<p>Tiếp nhận hồ sơ của: ${title} <b>${e(job.applicant.name)}</b></p>
<p>Số định danh cá nhân (CCCD): ${e(job.applicant.idNumber)}</p>
<p>Địa chỉ: ${e(job.applicant.address)}</p>
<p>Số điện thoại: ${e(job.applicant.phone)}${view.applicant.email ? ` &nbsp; Email: ${e(view.applicant.email)}` : ''}</p>
<p>Nội dung yêu cầu giải quyết: ${e(job.procedure.name)} (mã thủ tục ${e(job.procedure.code)})</p>
<p>1. Thành phần hồ sơ và số lượng mỗi loại giấy tờ gồm:</p>
<table><thead><tr><th>STT</th><th>Tên giấy tờ</th><th>Bản chính</th><th>Bản sao</th></tr></thead><tbody>${rows}</tbody></table>
<p>2. Số lượng hồ sơ: 01 (bộ)</p>
<p>3. Thời gian giải quyết hồ sơ theo quy định là: ${e(job.processingTime)}</p>
<p>4. Thời gian nhận hồ sơ: ${e(formatDateTimeVi(job.receivedAt))}</p>
<p>5. Thời gian trả kết quả giải quyết hồ sơ: <b id="appointment">${e(formatDateTimeVi(job.appointmentAt))}</b></p>
<p>6. Đăng ký nhận kết quả tại: ${e(job.returnPlace)}</p>
<div class="sign"><div><b>NGƯỜI NỘP HỒ SƠ</b><i>(Ký và ghi rõ họ tên)</i></div>
<div><b>NGƯỜI TIẾP NHẬN HỒ SƠ</b><i>(Ký và ghi rõ họ tên)</i><br><br><br><br>${e(job.officerName)}</div></div>
<div class="qr">${qr}<div>Tra cứu tình trạng hồ sơ: quét mã QR hoặc truy cập<br>${e(job.trackUrl)}<br>Mã tra cứu: <b id="tracking-code">${e(job.trackingCode)}</b></div></div>
</body></html>`;
}
