import { type ReceiptPrintJob } from '@luot/protocol';
import { type Canvas } from '@napi-rs/canvas';
import { PaperFlow, type PaperWidth } from './paper-flow';
import { formatFormTime, formatWeekday } from './vietnamese-format';

const SIZES = {
  80: { header: 22, title: 28, body: 22, small: 19, code: 34, qr: 185 },
  58: { header: 19, title: 23, body: 19, small: 17, code: 26, qr: 148 },
} as const;

/**
 * Form 01, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" (Circular 03/2025/TT-VPCP),
 * narrowed to a roll of thermal paper: same content and order as the A4 form.
 */
export function drawReceipt(job: ReceiptPrintJob, paper: PaperWidth): Canvas {
  return layOutReceipt(job, paper).finish();
}

/** The receipt laid out on its flow, not yet finished (render.ts reads its dots straight from it). */
export function layOutReceipt(job: ReceiptPrintJob, paper: PaperWidth): PaperFlow {
  const s = SIZES[paper];
  const f = new PaperFlow(paper);
  const w = f.contentWidth;

  f.text(job.hallName.vi.toUpperCase(), { size: s.header, weight: 700, align: 'center', after: 2 });
  f.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: s.small, weight: 700, align: 'center' });
  f.text('Độc lập - Tự do - Hạnh phúc', { size: s.small, weight: 700, align: 'center', after: 6 });
  f.rule(2, 10);
  f.text('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', { size: s.title, weight: 700, align: 'center', after: 4 });
  f.text('Mã hồ sơ:', { size: s.body, align: 'center' });
  f.fitText(job.dossierCode, s.code, 700, 8);
  f.qr(job.trackUrl, s.qr, 'center', 0);
  f.text('Quét mã để tra cứu tình trạng hồ sơ', { size: s.small, align: 'center' });
  // Typed on the /d/ page by a citizen without a camera: the lookup needs the check key too.
  f.text(`Mã tra cứu: ${job.trackingCode}`, { size: s.small, align: 'center', after: 6 });
  f.rule(1, 8, true);

  f.text(`${job.hallName.vi} tiếp nhận hồ sơ của:`, { size: s.body, after: 2 });
  const field = (label: string, value: string) => {
    const labelWidth = Math.round(w * (paper === 80 ? 0.3 : 0.34));
    f.columns(
      [
        { text: label, x: 0, width: labelWidth - 6 },
        { text: value, x: labelWidth, width: w - labelWidth },
      ],
      s.body,
      400,
      2,
    );
  };
  field('Ông/Bà:', job.applicant.name);
  field('Số CCCD:', job.applicant.idNumber);
  field('Địa chỉ:', job.applicant.address);
  field('Điện thoại:', job.applicant.phone);
  field('Nội dung:', `${job.procedure.name} (mã TTHC ${job.procedure.code})`);
  f.space(6);

  f.text('Thành phần hồ sơ nộp gồm:', { size: s.body, weight: 700, after: 4 });
  documentsTable(f, job, s.small);
  f.space(6);
  f.text(`Số lượng hồ sơ: 01 (bộ). Thời gian giải quyết: ${job.processingTime}.`, { size: s.body, after: 4 });
  f.text(`Thời gian nhận hồ sơ: ${formatFormTime(job.receivedAt)}.`, { size: s.body, after: 4 });
  f.text(`Hẹn trả kết quả: ${formatFormTime(job.appointmentAt)} (${formatWeekday(job.appointmentAt)}).`, {
    size: s.body,
    weight: 700,
    after: 4,
  });
  f.text(`Nơi nhận kết quả: ${job.returnPlace}.`, { size: s.body, after: 4 });
  f.text('Khi đến nhận kết quả, vui lòng mang theo giấy này và giấy tờ tùy thân.', { size: s.small, after: 10 });

  signatures(f, job, s.body, s.small);
  return f;
}

function documentsTable(f: PaperFlow, job: ReceiptPrintJob, size: number): void {
  const w = f.contentWidth;
  const numberW = Math.round(size * 1.6);
  const countW = Math.round(size * 3.2);
  const nameW = w - numberW - 2 * countW;
  const cells = (no: string, name: string, originals: string, copies: string) => [
    { text: no, x: 0, width: numberW, align: 'left' as const },
    { text: name, x: numberW, width: nameW - 6 },
    { text: originals, x: numberW + nameW, width: countW, align: 'center' as const },
    { text: copies, x: numberW + nameW + countW, width: countW, align: 'center' as const },
  ];
  f.columns(cells('TT', 'Tên giấy tờ', 'Bản chính', 'Bản sao'), size, 700, 2);
  f.rule(1, 4);
  job.documents.forEach((doc, i) => {
    f.columns(cells(`${i + 1}`, doc.name, String(doc.originals), String(doc.copies)), size, 400, 4);
  });
  if (job.documents.length === 0) f.text('(không có giấy tờ)', { size, align: 'center', after: 4 });
  f.rule(1, 4);
}

function signatures(f: PaperFlow, job: ReceiptPrintJob, body: number, small: number): void {
  const half = Math.floor(f.contentWidth / 2);
  const top = f.y;
  f.columns(
    [
      { text: 'NGƯỜI NỘP HỒ SƠ', x: 0, width: half - 4, align: 'center' },
      { text: 'NGƯỜI TIẾP NHẬN HỒ SƠ', x: half + 4, width: half - 4, align: 'center' },
    ],
    small,
    700,
  );
  f.columns(
    [
      { text: '(Ký, ghi rõ họ tên)', x: 0, width: half - 4, align: 'center' },
      { text: '(Ký, ghi rõ họ tên)', x: half + 4, width: half - 4, align: 'center' },
    ],
    small,
    400,
  );
  // Room for two handwritten signatures.
  f.space(body * 4);
  f.columns(
    [
      { text: job.applicant.name, x: 0, width: half - 4, align: 'center' },
      { text: job.officerName, x: half + 4, width: half - 4, align: 'center' },
    ],
    body,
    700,
  );
  f.box(f.margin, top - 6, half - 2, f.y - top + 12);
  f.box(f.margin + half + 2, top - 6, half - 2, f.y - top + 12);
  f.space(10);
}
