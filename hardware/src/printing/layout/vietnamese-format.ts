/**
 * Dates and times as Vietnamese paper shows them, in the hall's time zone
 * (Asia/Ho_Chi_Minh is UTC+7 all year: Vietnam has no daylight saving time,
 * so a fixed offset is exact and does not depend on the machine's ICU data).
 */
const HALL_OFFSET_MS = 7 * 60 * 60 * 1000;
const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

const pad = (n: number) => String(n).padStart(2, '0');

function hallParts(epochMs: number) {
  const d = new Date(epochMs + HALL_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay(),
  };
}

/** "23/11/2026" */
export function formatDate(epochMs: number): string {
  const p = hallParts(epochMs);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** "09:05 — Thứ Hai, 23/11/2026" (the ticket) */
export function formatTicketTime(epochMs: number): string {
  const p = hallParts(epochMs);
  return `${pad(p.hour)}:${pad(p.minute)} — ${WEEKDAYS[p.weekday]}, ${formatDate(epochMs)}`;
}

/** "09 giờ 05 phút, ngày 23/11/2026" (form 01) */
export function formatFormTime(epochMs: number): string {
  const p = hallParts(epochMs);
  return `${pad(p.hour)} giờ ${pad(p.minute)} phút, ngày ${formatDate(epochMs)}`;
}

/** "Thứ Hai" */
export function formatWeekday(epochMs: number): string {
  return WEEKDAYS[hallParts(epochMs).weekday]!;
}

/** "khoảng 25 phút", "khoảng 1 giờ 10 phút", or a note when no estimate exists. */
export function formatWait(minutes: number | null): string {
  if (minutes === null || !Number.isFinite(minutes) || minutes < 0) return 'chưa ước tính được';
  if (minutes < 1) return 'dưới 1 phút';
  const m = Math.round(minutes);
  if (m < 60) return `khoảng ${m} phút`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? `khoảng ${h} giờ` : `khoảng ${h} giờ ${rest} phút`;
}
