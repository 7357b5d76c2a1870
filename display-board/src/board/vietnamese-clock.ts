/**
 * Clock and date in Vietnamese ("Thứ Hai, 23/11/2026", "09:05") in the
 * hall's time zone. Vietnam has no daylight saving, so a fixed UTC+7 offset
 * is exact and needs no Intl time-zone data (missing on some TV browsers).
 */
const VIETNAM_OFFSET_MS = 7 * 3600_000;
const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

export function formatVietnameseDate(epochMs: number): string {
  const d = new Date(epochMs + VIETNAM_OFFSET_MS);
  return `${WEEKDAYS[d.getUTCDay()]}, ${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

export function formatVietnameseTime(epochMs: number, withSeconds = false): string {
  const d = new Date(epochMs + VIETNAM_OFFSET_MS);
  const hm = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  return withSeconds ? `${hm}:${two(d.getUTCSeconds())}` : hm;
}
