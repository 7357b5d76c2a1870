/**
 * Time for the hub. The hub never reads the system clock directly: it takes a
 * `Clock`, so tests can move time across sessions and days.
 *
 * The hall's time zone is Asia/Ho_Chi_Minh, which is UTC+7 all year (Vietnam
 * has no daylight saving), so local times are computed with a fixed offset.
 */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock tests set and advance by hand. */
export class ManualClock implements Clock {
  constructor(private current: number) {}
  now(): number {
    return this.current;
  }
  set(ms: number): void {
    this.current = ms;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

export const HALL_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const shifted = (ms: number) => new Date(ms + HALL_UTC_OFFSET_MS);

/** The hall's local calendar day, `YYYY-MM-DD`. */
export function localDay(ms: number): string {
  return shifted(ms).toISOString().slice(0, 10);
}

/** Minutes since local midnight. */
export function localMinuteOfDay(ms: number): number {
  const d = shifted(ms);
  return d.getUTCHours() * 60 + d.getUTCMinutes();
}

/** ISO weekday of the local day: 1 = Monday … 7 = Sunday. */
export function localIsoWeekday(ms: number): number {
  const w = shifted(ms).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Epoch ms of local midnight starting `day` (`YYYY-MM-DD`). */
export function startOfLocalDay(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - HALL_UTC_OFFSET_MS;
}

/** The local day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  return localDay(startOfLocalDay(day) + n * DAY_MS + 12 * 60 * 60 * 1000);
}

/** Epoch ms of a local `HH:mm` on a local day. */
export function localTime(day: string, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return startOfLocalDay(day) + (h * 60 + m) * 60 * 1000;
}

/** `HH:mm` of a minute of day. */
export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
