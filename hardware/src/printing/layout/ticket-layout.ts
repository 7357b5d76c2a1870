import { PRIORITY_LABELS, type TicketPrintJob } from '@luot/protocol';
import { type Canvas } from '@napi-rs/canvas';
import { hallLogo } from './hall-logo';
import { PaperFlow, type PaperWidth } from './paper-flow';
import { cachedSlipPart } from './slip-part-cache';
import { formatTicketTime, formatWait } from './vietnamese-format';

const DEFAULT_GUIDANCE = 'Vui lòng chờ đến khi số của bạn được gọi trên màn hình và loa.';

/** Type sizes in dots (203 dpi: 24 dots ≈ 3 mm, the smallest that reads comfortably). */
const SIZES = {
  80: { hall: 26, service: 30, english: 20, label: 22, number: 210, body: 24, qr: 222 },
  58: { hall: 22, service: 25, english: 18, label: 19, number: 150, body: 20, qr: 185 },
} as const;

/** The logo's height at most, in dots (about 1 cm): the number stays the biggest thing on the slip. */
const LOGO_MAX_HEIGHT = { 80: 80, 58: 64 } as const;

/** Lays out a queue ticket: the number first and biggest, then what to do while waiting. */
export function drawTicket(job: TicketPrintJob, paper: PaperWidth): Canvas {
  return layOutTicket(job, paper).finish();
}

/** The ticket laid out on its flow, not yet finished (render.ts reads its dots straight from it). */
export function layOutTicket(job: TicketPrintJob, paper: PaperWidth): PaperFlow {
  const s = SIZES[paper];
  const f = new PaperFlow(paper);
  // Everything above the number is the same on every ticket of a service: drawn once, then stamped.
  const headerKey = JSON.stringify(['ticket', paper, job.hallName.vi, job.serviceName.vi, job.serviceName.en ?? '', job.logo ?? '']);
  f.stamp(
    cachedSlipPart(headerKey, () => {
      const header = new PaperFlow(paper);
      drawTicketHeader(header, job, paper);
      return header.capture();
    }),
  );
  f.fitText(job.code, s.number, 900, 18);

  if (job.priority !== 'none') {
    const label = PRIORITY_LABELS[job.priority];
    f.band(`★ ƯU TIÊN: ${label.vi.toUpperCase()}`, s.body, 10);
  }

  f.text(formatTicketTime(job.issuedAt), { size: s.body, weight: 700, align: 'center', after: 6 });
  f.rule(1, 8, true);
  const ahead = job.peopleAhead === 0 ? 'Không có ai chờ trước bạn' : `Số người chờ trước bạn: ${job.peopleAhead}`;
  f.text(ahead, { size: s.body, align: 'center' });
  f.text(`Thời gian chờ dự kiến: ${formatWait(job.estimatedWaitMinutes)}`, { size: s.body, align: 'center', after: 4 });
  if (job.registrationNote) f.text(job.registrationNote, { size: s.english, align: 'center', after: 4 });
  f.rule(1, 6, true);

  f.qr(job.trackUrl, s.qr, 'center', 0);
  f.text('Quét mã để theo dõi lượt của bạn trên điện thoại', { size: s.english, align: 'center', after: 8 });
  f.text(job.guidance?.vi ?? DEFAULT_GUIDANCE, { size: s.body, weight: 700, align: 'center' });
  if (job.guidance?.en) f.text(job.guidance.en, { size: s.english, align: 'center' });
  return f;
}

/** The hall, the service and the "your number" label. */
function drawTicketHeader(f: PaperFlow, job: TicketPrintJob, paper: PaperWidth): void {
  const s = SIZES[paper];
  const logo = job.logo ? hallLogo(job.logo) : null;
  if (logo) f.image(logo, f.contentWidth, LOGO_MAX_HEIGHT[paper], 6);
  f.text(job.hallName.vi, { size: s.hall, weight: 700, align: 'center', after: 4 });
  f.rule(2, 10);
  f.text(job.serviceName.vi, { size: s.service, weight: 700, align: 'center' });
  if (job.serviceName.en && job.serviceName.en !== job.serviceName.vi) {
    f.text(job.serviceName.en, { size: s.english, align: 'center' });
  }
  f.space(6);
  f.text('SỐ THỨ TỰ CỦA BẠN · YOUR NUMBER', { size: s.label, align: 'center', after: 8 });
}
