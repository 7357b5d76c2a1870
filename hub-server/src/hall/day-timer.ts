/** The day timer: a quiet hall still rolls over at midnight (commands roll it over themselves). */
import type { Logger } from '../core/logger';

/** How often a quiet hall checks whether the day has changed. */
export const DAY_TICK_MS = 30_000;

/**
 * Checks the day every `everyMs`; returns the function that stops it. A
 * failure is logged and never escapes the timer (an exception thrown from a
 * timer would end the process); the next tick or command retries.
 */
export function startDayTimer(day: { ensureToday(): Promise<boolean> }, logger: Logger, everyMs = DAY_TICK_MS): () => void {
  const tick = () => {
    try {
      day.ensureToday().then(
        (opened) => {
          if (!opened) logger.warn('day rollover failed; retried at the next command or tick');
        },
        (err: unknown) => logger.error({ err }, 'day rollover failed'),
      );
    } catch (err) {
      logger.error({ err }, 'day rollover failed');
    }
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
