/**
 * The day-before reminders as a daily job: once a local day, at or after the
 * hall's `appointments.reminderAt`, tomorrow's bookings get their reminder
 * queued in the outbox (also on a start after that time, so a hub restarted
 * in the evening still reminds). The outbox's dedupe makes a second run harmless.
 */
import { localDay, localMinuteOfDay } from '../core/clock';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { BookingService } from './booking-service';

const TICK_MS = 60_000;

/** Is the reminder run due at `now`, given the day it last ran? */
export function reminderDue(now: number, reminderAt: string, lastRunDay: string | null): boolean {
  const [h, m] = reminderAt.split(':').map(Number) as [number, number];
  return localDay(now) !== lastRunDay && localMinuteOfDay(now) >= h * 60 + m;
}

export function startBookingReminders(deps: { bookings: Pick<BookingService, 'remindTomorrow'>; clock: Clock; logger: Logger; reminderAt: () => string }): () => void {
  let lastRunDay: string | null = null;
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
