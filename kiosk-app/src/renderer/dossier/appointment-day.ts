/** The appointment date as the kiosk says it: "Thứ Ba, 01/12/2026" (hall time, UTC+7, whatever the kiosk's clock zone). */
import type { Language } from '../i18n/translate';

const WEEKDAYS: Record<Language, readonly string[]> = {
  vi: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** Vietnam has used UTC+7 without daylight saving since 1975. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

export function formatAppointmentDay(at: number, language: Language): string {
  const local = new Date(at + VIETNAM_OFFSET_MS);
  const dd = String(local.getUTCDate()).padStart(2, '0');
  const mm = String(local.getUTCMonth() + 1).padStart(2, '0');
  return `${WEEKDAYS[language][local.getUTCDay()] ?? ''}, ${dd}/${mm}/${local.getUTCFullYear()}`;
}
