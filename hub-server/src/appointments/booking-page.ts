/**
 * The public booking page for phones, `/dat-lich/`, rendered on the hub as
 * plain HTML forms: no script and no bundle to download, so a cheap phone on
 * a slow link gets each step in one small answer (a few KB), and it works
 * with scripts off. Vietnamese first, English beside it. Built from views
 * that hold no personal data; what the citizen typed is only echoed back into
 * the form when a booking is refused, never put in a URL.
 */
import type { AppointmentOptions, BookingView, LocalizedText, SlotAvailability } from '@luot/protocol';
import { escapeHtml as e } from '../dossiers/dossier-format';

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#102a43}
header{background:#0b4f8a;color:#fff;padding:12px;font-size:15px;text-align:center}
main{padding:16px;max-width:560px;margin:0 auto}
h1{font-size:22px;margin:8px 0 16px}h2{font-size:18px;margin:24px 0 8px}
.en{font-weight:400;color:#486581;font-size:.85em}
form{display:grid;gap:12px;margin:16px 0}
fieldset{border:0;padding:0;margin:0;display:grid;gap:8px}legend{font-size:18px;font-weight:600;margin-bottom:8px}
label{font-size:18px;font-weight:600}
.choice{display:flex;gap:10px;align-items:center;padding:12px;border:2px solid #bcccdc;border-radius:10px;background:#fff;font-weight:400}
.choice input{width:22px;height:22px}.choice.full{opacity:.5}
input[type=text],input[type=tel],select,textarea{font-size:18px;padding:12px;border:2px solid #486581;border-radius:10px;width:100%;box-sizing:border-box;background:#fff}
button{font-size:20px;font-weight:700;padding:14px;border:0;border-radius:10px;background:#0b4f8a;color:#fff}
button.secondary{background:#fff;color:#7f1d1d;border:2px solid #7f1d1d}
.slots{display:grid;grid-template-columns:repeat(auto-fill,minmax(130px,1fr));gap:8px}
.problem{font-size:18px;font-weight:700;color:#7f1d1d;background:#fde2e1;padding:12px;border-radius:10px}
.code{font-family:ui-monospace,monospace;font-size:32px;font-weight:700;color:#0b4f8a;text-align:center;letter-spacing:2px}
.qr{display:flex;justify-content:center;margin:12px 0}.qr svg{width:220px;height:220px;background:#fff;padding:8px}
.state{font-size:20px;font-weight:700;text-align:center;padding:10px;border-radius:10px;background:#d9f2e3;color:#14532d}
.state.cancelled{background:#fde2e1;color:#7f1d1d}
dl{display:grid;grid-template-columns:auto 1fr;gap:6px 12px;font-size:17px}dt{color:#486581}dd{margin:0;font-weight:600}
.hint{font-size:15px;color:#486581}a{color:#0b4f8a;font-weight:700}`;

const both = (t: LocalizedText) => `${e(t.vi)} <span class="en">· ${e(t.en)}</span>`;
const dayLabel = (day: string) => {
  const [y, m, d] = day.split('-');
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  const vi = weekday === 0 ? 'Chủ nhật' : `Thứ ${['', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy'][weekday]}`;
  return `${vi}, ${d}/${m}/${y}`;
};
const problemBox = (p: LocalizedText | null) => (p ? `<p class="problem" id="problem" role="alert">${both(p)}</p>` : '');

/**
 * The hub answers with `Referrer-Policy: no-referrer`, under which a browser
 * posts a form with `Origin: null` and the origin guard refuses it; this page
 * only ever posts to itself, so it tells its own origin (and no other site).
 */
export function bookingLayout(hallName: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="referrer" content="same-origin">
<title>Đặt lịch hẹn — ${e(hallName)}</title><style>${STYLE}</style></head>
<body><header>${e(hallName)}</header><main>${body}</main></body></html>`;
}

/** Step 1: the service (or procedure) and the day; and a form to find a booking by its code. */
export function renderStart(o: AppointmentOptions, problem: LocalizedText | null = null): string {
  if (o.services.length === 0) {
    return `<h1>${both({ vi: 'Đặt lịch hẹn', en: 'Book an appointment' })}</h1><p class="problem">${both({ vi: 'Trung tâm chưa nhận đặt lịch hẹn.', en: 'The center does not take bookings yet.' })}</p>`;
  }
  const services = o.services
    .map((s, i) => {
      const procedures = s.procedures.length > 0 ? `<br><span class="hint">${s.procedures.map((p) => e(p.name)).join('; ')}</span>` : '';
      return `<label class="choice"><input type="radio" name="dich-vu" value="${e(s.code)}"${i === 0 ? ' checked' : ''} required><span>${both(s.name)}${procedures}</span></label>`;
    })
    .join('');
  const days = o.days
    .map((d) => `<option value="${d.day}"${d.open ? '' : ' disabled'}>${dayLabel(d.day)}${d.open ? '' : ' — nghỉ · closed'}</option>`)
    .join('');
  return `<h1>${both({ vi: 'Đặt lịch hẹn', en: 'Book an appointment' })}</h1>${problemBox(problem)}
<form method="get" action="/dat-lich/">
<fieldset><legend>${both({ vi: 'Lĩnh vực, thủ tục', en: 'Service' })}</legend>${services}</fieldset>
<label for="ngay">${both({ vi: 'Ngày', en: 'Day' })}</label><select id="ngay" name="ngay" required>${days}</select>
<button type="submit">${both({ vi: 'Chọn giờ', en: 'Choose a time' })}</button></form>
<h2>${both({ vi: 'Đã có mã đặt lịch?', en: 'Have a booking code?' })}</h2>
<form method="get" action="/dat-lich/"><label for="ma">${both({ vi: 'Mã đặt lịch', en: 'Booking code' })}</label>
<input type="text" id="ma" name="ma" placeholder="AB3K-7MQP" autocapitalize="characters" autocomplete="off" maxlength="20" required>
<button type="submit">${both({ vi: 'Xem, đổi hoặc huỷ lịch', en: 'View, move or cancel' })}</button></form>`;
}

/** The form fields the citizen typed, echoed back into the form after a refusal (never into a URL). */
export interface TypedDetails {
  name: string;
  phone: string;
  idNumber: string;
  note: string;
}
const EMPTY: TypedDetails = { name: '', phone: '', idNumber: '', note: '' };

function slotChoices(a: SlotAvailability, chosen: string | null): string {
  if (!a.open) return `<p class="problem">${both({ vi: 'Trung tâm không làm việc ngày này.', en: 'The center is closed that day.' })}</p>`;
  const free = a.slots.filter((s) => s.free > 0);
  if (free.length === 0) return `<p class="problem">${both({ vi: 'Ngày này đã hết chỗ. Vui lòng chọn ngày khác.', en: 'This day is fully booked. Please choose another day.' })}</p>`;
  return `<fieldset><legend>${both({ vi: 'Khung giờ', en: 'Time' })}</legend><div class="slots">${a.slots
    .map((s) => {
      const full = s.free <= 0;
      const left = full ? 'hết chỗ · full' : `còn ${s.free} · ${s.free} left`;
      return `<label class="choice${full ? ' full' : ''}"><input type="radio" name="gio" value="${s.time}"${full ? ' disabled' : ''}${s.time === chosen ? ' checked' : ''} required><span>${s.time}–${s.endTime}<br><span class="hint">${left}</span></span></label>`;
    })
    .join('')}</div></fieldset>`;
}

/** Step 2: a free slot and the citizen's details. */
export function renderSlots(serviceName: LocalizedText, a: SlotAvailability, problem: LocalizedText | null = null, typed: TypedDetails = EMPTY, chosen: string | null = null): string {
  const canBook = a.open && a.slots.some((s) => s.free > 0);
  const details = canBook
    ? `<label for="ten">${both({ vi: 'Họ và tên', en: 'Full name' })}</label><input type="text" id="ten" name="ten" value="${e(typed.name)}" autocomplete="name" maxlength="100" required>
<label for="dien-thoai">${both({ vi: 'Số điện thoại', en: 'Phone number' })}</label><input type="tel" id="dien-thoai" name="dien-thoai" value="${e(typed.phone)}" autocomplete="tel" inputmode="tel" maxlength="20" required>
<label for="cccd">${both({ vi: 'Số CCCD (không bắt buộc)', en: 'ID number (optional)' })}</label><input type="text" id="cccd" name="cccd" value="${e(typed.idNumber)}" inputmode="numeric" maxlength="12">
<label for="ghi-chu">${both({ vi: 'Ghi chú cho cán bộ (không bắt buộc)', en: 'Note for the officer (optional)' })}</label><textarea id="ghi-chu" name="ghi-chu" rows="2" maxlength="200">${e(typed.note)}</textarea>
<p class="hint">${both({ vi: 'Họ tên và số điện thoại chỉ dùng cho lịch hẹn này và được xoá sau ngày hẹn.', en: 'Your name and phone are used for this booking only and erased after the day.' })}</p>
<button type="submit">${both({ vi: 'Đặt lịch', en: 'Book' })}</button>`
    : '';
  return `<h1>${both(serviceName)}</h1><p><strong>${dayLabel(a.day)}</strong></p>${problemBox(problem)}
<form method="post" action="/dat-lich/"><input type="hidden" name="dich-vu" value="${e(a.service)}"><input type="hidden" name="ngay" value="${a.day}">
${slotChoices(a, chosen)}${details}</form>
<p><a href="/dat-lich/">${both({ vi: 'Chọn dịch vụ hoặc ngày khác', en: 'Choose another service or day' })}</a></p>`;
}

const STATE_WORDS: Record<BookingView['state'], LocalizedText> = {
  booked: { vi: 'Đã đặt lịch', en: 'Booked' },
  cancelled: { vi: 'Đã huỷ', en: 'Cancelled' },
  checked_in: { vi: 'Đã xác nhận tại kiosk', en: 'Checked in' },
};

const clock = (at: number) => new Date(at + 7 * 3_600_000).toISOString().slice(11, 16);

/** A booking found by its code: the code and its QR, the details, and moving or cancelling it. */
export function renderBooking(b: BookingView, qrSvg: string, options: AppointmentOptions, move: SlotAvailability | null, problem: LocalizedText | null = null): string {
  const live = b.state === 'booked';
  const moveDays = options.days
    .filter((d) => d.open)
    .map((d) => `<option value="${d.day}"${d.day === (move?.day ?? b.day) ? ' selected' : ''}>${dayLabel(d.day)}</option>`)
    .join('');
  const moveForm = !live
    ? ''
    : move
      ? `<form method="post" action="/dat-lich/doi"><input type="hidden" name="ma" value="${e(b.code)}"><input type="hidden" name="ngay" value="${move.day}">
<p><strong>${dayLabel(move.day)}</strong></p>${slotChoices(move, null)}${move.slots.some((s) => s.free > 0) ? `<button type="submit">${both({ vi: 'Đổi sang giờ này', en: 'Move to this time' })}</button>` : ''}</form>`
      : `<form method="get" action="/dat-lich/"><input type="hidden" name="ma" value="${e(b.code)}"><label for="doi-ngay">${both({ vi: 'Ngày mới', en: 'New day' })}</label>
<select id="doi-ngay" name="doi-ngay">${moveDays}</select><button type="submit">${both({ vi: 'Xem giờ trống', en: 'See free times' })}</button></form>`;
  return `<h1>${both({ vi: 'Lịch hẹn của bạn', en: 'Your booking' })}</h1>${problemBox(problem)}
<div class="code" id="code">${e(b.code)}</div>
${live ? `<div class="qr">${qrSvg}</div>` : ''}
<div class="state${b.state === 'cancelled' ? ' cancelled' : ''}" id="state">${both(STATE_WORDS[b.state])}</div>
<dl><dt>Dịch vụ</dt><dd>${e(b.serviceName.vi)}</dd><dt>Ngày</dt><dd id="day">${dayLabel(b.day)}</dd><dt>Giờ</dt><dd id="time">${b.time}–${b.endTime}</dd></dl>
${live ? `<p class="hint">${both({ vi: `Đến trung tâm, quét mã QR hoặc nhập mã tại kiosk từ ${clock(b.checkInOpensAt)} đến ${clock(b.checkInClosesAt)} để lấy số được gọi trước.`, en: `At the center, scan the QR or type the code at a kiosk between ${clock(b.checkInOpensAt)} and ${clock(b.checkInClosesAt)} for a ticket called ahead.` })}</p>
<h2>${both({ vi: 'Đổi lịch', en: 'Move' })}</h2>${moveForm}
<h2>${both({ vi: 'Huỷ lịch', en: 'Cancel' })}</h2>
<form method="post" action="/dat-lich/huy"><input type="hidden" name="ma" value="${e(b.code)}"><button type="submit" class="secondary">${both({ vi: 'Huỷ lịch hẹn này', en: 'Cancel this booking' })}</button></form>` : ''}
<p><a href="/dat-lich/">${both({ vi: 'Đặt lịch khác', en: 'Make another booking' })}</a></p>`;
}
