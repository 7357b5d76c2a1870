import { PRIORITY_LABELS, type PrintJob, type ReceiptPrintJob, type TicketPrintJob } from '@luot/protocol';
import type { VietnameseCodePage } from '../codepages/index';
import { formatFormTime, formatTicketTime, formatWait } from '../layout/vietnamese-format';
import type { CodePageTables } from './code-page-select';
import { STAR_MAX_SCALE, starQr, starTextSize } from './star-commands';
import { TextWriter } from './text-writer';
import { charsPerLine, createThermalBuilder, ESC_INIT, type PrinterType, type ThermalBuilder } from './thermal-builder';

export interface TextJobOptions {
  type: PrinterType;
  width: 80 | 58;
  codePage: VietnameseCodePage;
  tables: CodePageTables;
}

/**
 * The same ticket or receipt in the printer's own font, for printers known to
 * have a Vietnamese code page. Faster than raster and crisp, but the look
 * depends on the printer's font.
 */
export function buildTextJob(job: PrintJob, options: TextJobOptions): Buffer {
  const chars = charsPerLine(options.width);
  const builder = createThermalBuilder(options.type, chars);
  builder.add(ESC_INIT);
  const out = new TextWriter(builder, options.type, options.codePage, options.tables, chars);
  if (job.kind === 'ticket') writeTicket(out, job.ticket, options.width);
  else writeReceipt(out, job.receipt);
  builder.cut();
  return builder.getBuffer();
}

function writeTicket(out: TextWriter, job: TicketPrintJob, width: 80 | 58): void {
  const b = out.builder;
  b.alignCenter();
  b.bold(true);
  out.line(job.hallName.vi);
  b.drawLine();
  out.line(job.serviceName.vi);
  b.bold(false);
  out.line('SỐ THỨ TỰ CỦA BẠN');
  // 7× (58 mm) or 8× (80 mm) wide digits on Epson, so four characters fill
  // the paper; Star's largest is 6×.
  const times = out.type === 'star' ? STAR_MAX_SCALE : width === 80 ? 8 : 7;
  setTextScale(b, out.type, times);
  out.line(job.code, Math.floor(out.lineChars / times));
  b.setTextNormal();
  if (job.priority !== 'none') {
    b.invert(true);
    out.line(` ƯU TIÊN: ${PRIORITY_LABELS[job.priority].vi.toUpperCase()} `);
    b.invert(false);
  }
  b.bold(true);
  out.line(formatTicketTime(job.issuedAt));
  b.bold(false);
  out.line(job.peopleAhead === 0 ? 'Không có ai chờ trước bạn' : `Số người chờ trước bạn: ${job.peopleAhead}`);
  out.line(`Thời gian chờ dự kiến: ${formatWait(job.estimatedWaitMinutes)}`);
  if (job.registrationNote) out.line(job.registrationNote);
  printQr(b, out.type, job.trackUrl, width === 80 ? 6 : 5);
  b.newLine();
  out.line('Quét mã để theo dõi lượt của bạn');
  b.bold(true);
  out.line(job.guidance?.vi ?? 'Vui lòng chờ gọi số trên màn hình và loa.');
  b.bold(false);
}

function writeReceipt(out: TextWriter, job: ReceiptPrintJob): void {
  const b = out.builder;
  b.alignCenter();
  b.bold(true);
  out.line(job.hallName.vi.toUpperCase());
  out.line('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
  b.bold(false);
  out.line(`Mã hồ sơ: ${job.dossierCode}`);
  printQr(b, out.type, job.trackUrl, 4);
  out.line(`Mã tra cứu: ${job.trackingCode}`);
  b.newLine();
  b.alignLeft();
  b.drawLine();
  out.line(`Ông/Bà: ${job.applicant.name}`);
  out.line(`Số CCCD: ${job.applicant.idNumber}`);
  out.line(`Địa chỉ: ${job.applicant.address}`);
  out.line(`Điện thoại: ${job.applicant.phone}`);
  out.line(`Nội dung: ${job.procedure.name} (mã TTHC ${job.procedure.code})`);
  out.line('Thành phần hồ sơ (bản chính/bản sao):');
  job.documents.forEach((doc, i) => out.line(`${i + 1}. ${doc.name}: ${doc.originals}/${doc.copies}`));
  out.line(`Thời gian giải quyết: ${job.processingTime}`);
  out.line(`Nhận hồ sơ: ${formatFormTime(job.receivedAt)}`);
  b.bold(true);
  out.line(`Hẹn trả kết quả: ${formatFormTime(job.appointmentAt)}`);
  b.bold(false);
  out.line(`Nơi nhận kết quả: ${job.returnPlace}`);
  b.drawLine();
  out.line('Người nộp hồ sơ        Người tiếp nhận');
  b.newLine();
  b.newLine();
  b.newLine();
  out.line(`${job.applicant.name} / ${job.officerName}`);
}

/** Characters `times` as tall and wide: Epson `GS !` (node-thermal-printer), Star `ESC i`. */
function setTextScale(b: ThermalBuilder, type: PrinterType, times: number): void {
  if (type === 'star') b.add(starTextSize(times));
  else b.setTextSize(times - 1, times - 1);
}

function printQr(b: ThermalBuilder, type: PrinterType, data: string, cellSize: number): void {
  if (type === 'star') b.add(starQr(data, cellSize));
  else b.printQR(data, { cellSize, correction: 'M', model: 2 });
}
