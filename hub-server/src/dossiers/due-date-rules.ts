/**
 * Appointment dates in working hours: a dossier's processing time runs only
 * inside the working sessions of working days (07:00–11:30 and 13:30–17:00 by
 * default, 8 h a day), skipping weekends and holidays. Received after the last
 * session it starts the next working morning; received at lunch, at 13:30.
 *
 * Times are epoch ms in, epoch ms out. Local time is computed with a fixed
 * UTC+7 offset instead of a time-zone database: Asia/Ho_Chi_Minh has been
 * UTC+7 with no daylight saving since 1975, so the result is the same, and
 * the rules do not depend on the ICU data of the Node build.
 */
import { fail, luotError, ok, type Result, type ReturnTimeliness } from '@luot/protocol';

const OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Longest search before we call the calendar broken (e.g. every day a holiday). */
const MAX_DAYS_SCANNED = 3 * 366;

export interface WorkingSession {
  /** Local `HH:mm`. */
  start: string;
  end: string;
}

export interface WorkingCalendar {
  /** The day's sessions in order, not overlapping. Their total is one working day. */
  sessions: readonly WorkingSession[];
  /**
   * ISO weekdays (1 = Monday … 7 = Sunday) on which processing time runs. A
   * hall that receives on Saturday morning usually still counts Saturday as
   * non-working for processing: leave 6 out.
   */
  workingWeekdays: readonly number[];
  /** Public holidays and other days off, local `YYYY-MM-DD`. */
  holidays: readonly string[];
  /**
   * Make-up working days, local `YYYY-MM-DD`: a Saturday (or Sunday) worked in
   * exchange for a bridge day, as the Government announces each year. Processing
   * time runs on them as on a working weekday.
   */
  makeUpDays?: readonly string[];
}

export const DEFAULT_WORKING_CALENDAR: WorkingCalendar = {
  sessions: [
    { start: '07:00', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
  workingWeekdays: [1, 2, 3, 4, 5],
  holidays: [],
};

/** A procedure's processing time, in working days (of the calendar's sessions) or working hours. */
export type ProcessingTime = { days: number } | { hours: number };

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

function clockMs(hhmm: string): number | null {
  const m = CLOCK.exec(hhmm);
  return m ? (Number(m[1]) * 60 + Number(m[2])) * MINUTE_MS : null;
}

/** The local calendar day `YYYY-MM-DD` of an instant. */
export function localDay(at: number): string {
  return new Date(at + OFFSET_MS).toISOString().slice(0, 10);
}

const invalid = (vi: string, en: string, field: string) => fail<never>(luotError('invalid_payload', { vi, en }, field));

/** Sessions as [start, end) ms offsets from local midnight, or an error. */
function sessionBounds(calendar: WorkingCalendar): Result<[number, number][]> {
  if (calendar.sessions.length === 0) return invalid('Lịch làm việc không có buổi nào.', 'The calendar has no sessions.', 'sessions');
  const bounds: [number, number][] = [];
  for (const [i, s] of calendar.sessions.entries()) {
    const start = clockMs(s.start);
    const end = clockMs(s.end);
    const previousEnd = bounds[bounds.length - 1]?.[1] ?? -1;
    if (start === null || end === null || start >= end || start < previousEnd) {
      return invalid(
        `Buổi làm việc thứ ${i + 1} không hợp lệ (${s.start}–${s.end}).`,
        `Session ${i + 1} is not valid (${s.start}–${s.end}): times HH:mm, start before end, in order.`,
        `sessions.${i}`,
      );
    }
    bounds.push([start, end]);
  }
  return ok(bounds);
}

function processingMs(time: ProcessingTime, workingDayMs: number): Result<number> {
  const [amount, unitMs, max, field] =
    'days' in time ? [time.days, workingDayMs, 1000, 'days'] : [time.hours, 3600_000, 8000, 'hours'];
  if (!Number.isFinite(amount) || amount <= 0 || amount > max) {
    return invalid(
      `Thời hạn giải quyết phải lớn hơn 0 và không quá ${max} (${field === 'days' ? 'ngày làm việc' : 'giờ làm việc'}).`,
      `The processing time must be above 0 and at most ${max} working ${field}.`,
      field,
    );
  }
  return ok(Math.round(amount * unitMs));
}

/**
 * The appointment (due) instant for a dossier received at `receivedAt`.
 * @example
 * // Received Friday 2025-08-29 16:00 (+07), 1 working day (8 h), holidays 1/9 and 2/9:
 * // 1 h on Friday, 4.5 h on Wednesday morning, 2.5 h after lunch → Wednesday 2025-09-03 16:00.
 * computeAppointment(Date.parse('2025-08-29T16:00+07:00'), { days: 1 }, { ...DEFAULT_WORKING_CALENDAR, holidays: ['2025-09-01', '2025-09-02'] })
 */
export function computeAppointment(
  receivedAt: number,
  time: ProcessingTime,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): Result<number> {
  if (!Number.isFinite(receivedAt)) return invalid('Thời điểm tiếp nhận không hợp lệ.', 'The reception time is not valid.', 'receivedAt');
  const bounds = sessionBounds(calendar);
  if (!bounds.ok) return bounds;
  const workingDayMs = bounds.value.reduce((sum, [s, e]) => sum + (e - s), 0);
  const total = processingMs(time, workingDayMs);
  if (!total.ok) return total;
  const weekdays = new Set(calendar.workingWeekdays);
  const holidays = new Set(calendar.holidays);
  const makeUpDays = new Set(calendar.makeUpDays ?? []);

  const local = receivedAt + OFFSET_MS;
  const firstDay = Math.floor(local / DAY_MS);
  let remaining = total.value;
  for (let day = firstDay; day < firstDay + MAX_DAYS_SCANNED; day++) {
    const midnight = day * DAY_MS;
    const weekday = new Date(midnight).getUTCDay() || 7;
    const date = new Date(midnight).toISOString().slice(0, 10);
    if (holidays.has(date) || (!weekdays.has(weekday) && !makeUpDays.has(date))) continue;
    // Only on the day of reception does the clock start part-way through.
    const from = day === firstDay ? local - midnight : 0;
    for (const [start, end] of bounds.value) {
      const begin = Math.max(start, from);
      if (begin >= end) continue;
      // `<=` so that time running out exactly at a session's end stays there (17:00, not next 07:00).
      if (remaining <= end - begin) return ok(midnight + begin + remaining - OFFSET_MS);
      remaining -= end - begin;
    }
  }
  return invalid(
    `Không tìm được ngày làm việc trong ${MAX_DAYS_SCANNED} ngày: kiểm tra ngày làm việc và ngày nghỉ.`,
    `No working time found within ${MAX_DAYS_SCANNED} days: check the working weekdays and holidays.`,
    'workingWeekdays',
  );
}

/** Early / on time / late, comparing local calendar dates (a result on the appointment day is on time). */
export function classifyReturn(appointmentAt: number, returnedAt: number): ReturnTimeliness {
  const due = localDay(appointmentAt);
  const done = localDay(returnedAt);
  if (done < due) return 'early';
  return done === due ? 'on_time' : 'late';
}
