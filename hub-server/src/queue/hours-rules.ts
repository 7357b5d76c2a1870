/**
 * Pure rules of opening hours: may a ticket for a service be issued now, and
 * if not, when should the citizen come back. No I/O.
 */
import type { LocalizedText } from '@luot/protocol';
import type { HallConfig } from '../core/config/hall-config-schema';
import { addDays, localDay, localIsoWeekday, localMinuteOfDay, startOfLocalDay } from '../core/clock';

type Hours = HallConfig['hours'];
type Session = Hours['sessions'][number];

export interface Opening {
  day: string;
  session: string;
  /** Local `HH:mm`. */
  start: string;
}

export type IssuingWindow =
  | { ok: true; session: Session; opensAt: number; closesAt: number }
  | { ok: false; reason: 'outside_hours' | 'issuing_cut_off'; next: Opening | null };

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** The sessions the hall opens on a local day (none on holidays and closed days; all on a make-up working day). */
export function sessionsOn(hours: Hours, day: string, onlySessions?: readonly string[]): Session[] {
  if (hours.holidays.includes(day)) return [];
  const weekday = localIsoWeekday(startOfLocalDay(day) + 12 * 3_600_000);
  let open: Session[];
  if (hours.weekdays.includes(weekday) || hours.makeUpDays.includes(day)) open = hours.sessions;
  else if (weekday === 6) open = hours.sessions.filter((s) => hours.saturdaySessions.includes(s.name));
  else open = [];
  return onlySessions ? open.filter((s) => onlySessions.includes(s.name)) : open;
}

/** The next session start strictly after `now` (looking up to three weeks ahead). */
export function nextOpening(hours: Hours, now: number, onlySessions?: readonly string[]): Opening | null {
  const today = localDay(now);
  const minute = localMinuteOfDay(now);
  for (let i = 0; i < 21; i++) {
    const day = addDays(today, i);
    for (const s of sessionsOn(hours, day, onlySessions)) {
      if (i > 0 || minutes(s.start) > minute) return { day, session: s.name, start: s.start };
    }
  }
  return null;
}

/** A session of one local day in epoch ms: when it opens, stops issuing and closes. */
interface SessionWindow {
  session: Session;
  opensAt: number;
  cutOffAt: number;
  closesAt: number;
}

/**
 * The windows of one local day, made once per hours object and day: issuing
 * is checked for every ticket, and parsing `HH:mm` strings, building dates and
 * looking through holiday lists each time was a share of the hub's CPU per
 * ticket. Keyed by the hours object itself, so a live config change (issue 17
 * swaps in a new config, with new objects) is never served from the old one;
 * only the current day is kept.
 */
interface DayWindows {
  day: string;
  startsAt: number;
  endsAt: number;
  /** By the service's sessions (all when none are named). */
  bySessions: Map<string, SessionWindow[]>;
}
const windowsByHours = new WeakMap<Hours, DayWindows>();

function windowsAt(hours: Hours, now: number, onlySessions?: readonly string[]): SessionWindow[] {
  let today = windowsByHours.get(hours);
  if (!today || now < today.startsAt || now >= today.endsAt) {
    const day = localDay(now);
    const startsAt = startOfLocalDay(day);
    today = { day, startsAt, endsAt: startOfLocalDay(addDays(day, 1)), bySessions: new Map() };
    windowsByHours.set(hours, today);
  }
  // By content, not by array: a caller building its list afresh each time must not grow the map.
  const key = onlySessions ? onlySessions.join('\n') : '*';
  let windows = today.bySessions.get(key);
  if (!windows) {
    const midnight = today.startsAt;
    windows = sessionsOn(hours, today.day, onlySessions).map((session) => {
      const closesAt = midnight + minutes(session.end) * 60_000;
      return { session, opensAt: midnight + minutes(session.start) * 60_000, cutOffAt: closesAt - hours.issuingCutOffMinutes * 60_000, closesAt };
    });
    today.bySessions.set(key, windows);
  }
  return windows;
}

/** May a ticket be issued now? Issuing stops `issuingCutOffMinutes` before a session ends. */
export function issuingWindow(hours: Hours, now: number, onlySessions?: readonly string[]): IssuingWindow {
  // The bounds fall on whole minutes, so comparing ms gives what comparing the clock's minutes gave.
  for (const w of windowsAt(hours, now, onlySessions)) {
    if (now < w.opensAt || now >= w.closesAt) continue;
    if (now >= w.cutOffAt) {
      return { ok: false, reason: 'issuing_cut_off', next: nextOpening(hours, now, onlySessions) };
    }
    return { ok: true, session: w.session, opensAt: w.opensAt, closesAt: w.closesAt };
  }
  return { ok: false, reason: 'outside_hours', next: nextOpening(hours, now, onlySessions) };
}

const VI_WEEKDAYS = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
const EN_WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "lúc 13:30 hôm nay" / "lúc 07:30, Thứ Hai 24/11/2026", in both languages. */
export function describeOpening(next: Opening | null, now: number): LocalizedText {
  if (!next) return { vi: 'Vui lòng liên hệ bộ phận hướng dẫn.', en: 'Please ask at the information desk.' };
  if (next.day === localDay(now)) {
    return { vi: `Vui lòng quay lại lúc ${next.start} hôm nay.`, en: `Please come back at ${next.start} today.` };
  }
  const weekday = localIsoWeekday(startOfLocalDay(next.day) + 12 * 3_600_000);
  const [y, m, d] = next.day.split('-');
  return {
    vi: `Vui lòng quay lại lúc ${next.start}, ${VI_WEEKDAYS[weekday]} ${d}/${m}/${y}.`,
    en: `Please come back at ${next.start} on ${EN_WEEKDAYS[weekday]} ${d}/${m}/${y}.`,
  };
}

