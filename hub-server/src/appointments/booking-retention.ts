/**
 * The retention policy's writes on bookings (driven by hall/retention-job.ts):
 * a booking's name, phone, ID number and note only serve its day, so they are
 * erased once the day is over; the row stays (reports count bookings,
 * arrivals and no-shows). Each call changes at most `limit` rows.
 */
import type { WritableDb } from '../core/db/handles';

export type BookingRetention = ReturnType<typeof createBookingRetention>;

export function createBookingRetention(db: WritableDb) {
  const erase = db.prepare<{ day: string; now: number; limit: number }>(
    `UPDATE bookings SET name = '', phone = '', id_number = NULL, note = NULL, personal_erased_at = @now
     WHERE id IN (SELECT id FROM bookings WHERE personal_erased_at IS NULL AND day < @day LIMIT @limit)`,
  );
  return {
    /** Erases the personal data of bookings of days before `day`; returns how many. */
    eraseDaysBefore: (day: string, now: number, limit: number): number => erase.run({ day, now, limit }).changes,
  };
}
