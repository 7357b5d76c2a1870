/**
 * When a booking's reminder is due, as pure rules: the day-before run once a
 * local day at or after the hall's `reminderAt`, and the catch-up of a hub
 * that was off at that moment.
 */
import { localDay, localTime } from '../core/clock';
import type { BookingRecord } from './booking-repo';

/** A missed reminder is still worth sending only if the citizen has this long before the slot. */
export const MISSED_REMINDER_LEAD_MS = 60 * 60_000;

/** Is the day-before run due at `now`, given the day it last ran? */
export function reminderDue(now: number, reminderAt: string, lastRunDay: string | null): boolean {
  const today = localDay(now);
  return today !== lastRunDay && now >= localTime(today, reminderAt);
}

/**
 * Should a booking of today get the reminder yesterday's run would have
 * queued? Only one still standing, made before that run (one made after it
 * had its confirmation only, as on any day), and starting at least
 * `MISSED_REMINDER_LEAD_MS` from now (a reminder after that is noise).
 */
export function missedReminder(b: Pick<BookingRecord, 'state' | 'createdAt' | 'slotStart'>, yesterdaysRun: number, now: number): boolean {
  return b.state === 'booked' && b.createdAt < yesterdaysRun && b.slotStart - now >= MISSED_REMINDER_LEAD_MS;
}
