/**
 * The working day replayed at high speed: the hall simulator plays a whole day
 * of the demo hall (arrivals with the morning peak, no-shows, transfers,
 * priority citizens, ratings) against a hub process through the real protocol.
 */
import { join } from 'node:path';
import { DEMO_HALL_CONFIG_PATH } from '../src/core/config/load-hall-config';
import { writeAllDayConfig } from '../src/simulator/all-day-config';
import { simulateDay } from '../src/simulator/simulate-day';
import { startHubProcess } from './hub-process';

export type DayResult =
  | { available: false; reason: string }
  | { available: true; tickets: number; served: number; noShows: number; commands: number; errors: number; unexpectedErrors: number; seconds: number };

export async function dayReplay(dir: string, tickets = 300, speed = 3000): Promise<DayResult> {
  // The hub runs on the real clock: a copy of the demo hall open around the clock lets the day run now.
  const configPath = join(dir, 'day-hall.yaml');
  writeAllDayConfig(DEMO_HALL_CONFIG_PATH, configPath);
  const hub = await startHubProcess({ dataDir: join(dir, 'day-data'), configPath });
  const started = performance.now();
  try {
    const report = await simulateDay({ hubUrl: hub.url, tickets, speed, seed: 1 });
    return {
      available: true,
      tickets: report.tickets.issued,
      served: report.tickets.served,
      noShows: report.tickets.noShows,
      commands: report.commands.sent,
      errors: report.errors.total,
      unexpectedErrors: report.errors.unexpected,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    await hub.stop();
  }
}
