/**
 * The day-before reminders as a daily job: once a local day, at or after the
 * hall's `appointments.reminderAt`, tomorrow's bookings get their reminder
 * queued in the outbox (also on a start after that time, so a hub restarted
 * in the evening still reminds). At start it also queues the reminders of
 * today that a hub off at yesterday's run missed (booking-reminder-rules.ts).
 * The outbox's dedupe makes a second run harmless.
 */
import { localDay } from '../core/clock';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import { reminderDue } from './booking-reminder-rules';
import type { BookingService } from './booking-service';

const TICK_MS = 60_000;

export function startBookingReminders(deps: { bookings: Pick<BookingService, 'remindTomorrow' | 'remindMissed'>; clock: Clock; logger: Logger; reminderAt: () => string }): () => void {
  let lastRunDay: string | null = null;
  // Once at start: today's reminders a hub that was off at yesterday's run never queued.
  deps.bookings
    .remindMissed()
    .then((r) => {
      if (r.ok && r.value > 0) deps.logger.info({ reminders: r.value }, 'booking reminders missed while the hub was off, queued now');
    })
    .catch((err: unknown) => deps.logger.error({ err }, 'missed booking reminders failed'));
  let running = false;
  const tick = () => {
    const now = deps.clock.now();
    if (running || !reminderDue(now, deps.reminderAt(), lastRunDay)) return;
    running = true;
    lastRunDay = localDay(now);
    deps.bookings
      .remindTomorrow()
      .then((r) => {
        if (r.ok && r.value > 0) deps.logger.info({ reminders: r.value }, 'booking reminders queued');
      })
      .catch((err: unknown) => {
        lastRunDay = null; // try again at the next tick
        deps.logger.error({ err }, 'booking reminders failed');
      })
      .finally(() => {
        running = false;
      });
  };
  tick();
  const timer = setInterval(tick, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
