/** Durations and clock times as officers read them. */

/** A running timer: `m:ss`, or `h:mm:ss` past an hour. */
export function formatTimer(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** Whole minutes and hours of a wait, for the duration.* messages. */
export function splitMinutes(ms: number): { hours: number; minutes: number } | null {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return null;
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** `HH:mm` in the hall's time zone. */
export function formatClock(ms: number): string {
  return new Intl.DateTimeFormat('vi-VN', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(ms);
}

/** `dd/MM HH:mm` in the hall's time zone (a backup's time). */
export function formatDayClock(ms: number): string {
  return new Intl.DateTimeFormat('vi-VN', {
    day: '2-digit',
    month: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(ms);
}
