/**
 * Dates of a dossier as the officer reads them, in the hall's time zone
 * (UTC+7, no daylight saving) whatever the counter PC's clock zone:
 * "16:00, Thứ Ba 01/12/2026".
 */
import type { ReturnTimeliness } from '@luot/protocol';
import type { Language } from '../i18n/i18n';

const HALL_OFFSET_MS = 7 * 3_600_000;
const WEEKDAYS: Record<Language, readonly string[]> = {
  vi: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const two = (n: number) => String(n).padStart(2, '0');

/** The hall-local calendar parts of an instant. */
function hallParts(at: number) {
  // Shift to hall time and read the UTC fields: independent of the PC's zone.
  const d = new Date(at + HALL_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/** `dd/MM/yyyy` in the hall. */
export function formatHallDate(at: number): string {
  const p = hallParts(at);
  return `${two(p.day)}/${two(p.month)}/${p.year}`;
}

/** `HH:mm` in the hall. */
export function formatHallTime(at: number): string {
  const p = hallParts(at);
  return `${two(p.hour)}:${two(p.minute)}`;
}

/** "16:00, Thứ Ba 01/12/2026" / "16:00, Tuesday 01/12/2026". */
export function formatAppointment(at: number, language: Language): string {
  const p = hallParts(at);
  return `${formatHallTime(at)}, ${WEEKDAYS[language][p.weekday] ?? ''} ${formatHallDate(at)}`;
}

/** The hall-local day `YYYY-MM-DD` of an instant (for the day report). */
export function hallDay(at: number): string {
  const p = hallParts(at);
  return `${p.year}-${two(p.month)}-${two(p.day)}`;
}

/** The i18n key of a return's timeliness. */
export const TIMELINESS_KEYS = {
  early: 'dossier.timeliness.early',
  on_time: 'dossier.timeliness.on_time',
  late: 'dossier.timeliness.late',
} as const satisfies Record<ReturnTimeliness, string>;
