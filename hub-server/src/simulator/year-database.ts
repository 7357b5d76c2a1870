/**
 * A data directory holding a year of a busy center: the hub starts once on it
 * (migrations, staff, counters, the personal-data key), then year-fill.ts
 * writes the year and the report rollups are rolled, as a hub running all
 * year would have left them.
 */
import { join } from 'node:path';
import { addDays, localDay, systemClock } from '../core/clock';
import type { HallConfig } from '../core/config/hall-config-schema';
import { openDatabase } from '../core/db/open';
import { createLogger } from '../core/logger';
import { openHallKey } from '../core/personal-data/personal-key';
import { createHub } from '../hub';
import { createHallCatalog } from '../core/hall-catalog';
import { createRollups } from '../reports/rollups';
import { fillYear, type YearFillOptions, type YearFillSummary } from './year-fill';

export interface YearDatabaseOptions extends Partial<YearFillOptions> {
  dataDir: string;
  config: HallConfig;
  /** The hall as the demo (LUOT_DEMO=1): the bench's hubs run so. */
  demo: boolean;
  adminPassword: string;
}

/** What a busy center sees in a year: about 2,400 tickets a weekday (≈ 650,000), one in ten served handing in a dossier. */
export const BUSY_YEAR: Omit<YearFillOptions, 'lastDay'> = { days: 365, ticketsPerWeekday: 2400, dossierShare: 0.11, seed: 18 };

export async function buildYearDatabase(options: YearDatabaseOptions): Promise<YearFillSummary & { rolledSpans: number; seconds: number }> {
  const started = performance.now();
  const db = openDatabase(join(options.dataDir, 'luot.sqlite'));
  try {
    const hub = await createHub({ db, clock: systemClock, config: options.config, logger: createLogger('warn'), serveApps: false, demo: options.demo, adminPassword: options.adminPassword });
    await hub.close();
    const cipher = openHallKey(db, undefined, systemClock.now());
    const summary = fillYear(db, options.config, cipher, {
      lastDay: options.lastDay ?? addDays(localDay(systemClock.now()), -1),
      days: options.days ?? BUSY_YEAR.days,
      ticketsPerWeekday: options.ticketsPerWeekday ?? BUSY_YEAR.ticketsPerWeekday,
      dossierShare: options.dossierShare ?? BUSY_YEAR.dossierShare,
      seed: options.seed ?? BUSY_YEAR.seed,
    });
    const catalog = createHallCatalog(options.config, 'http://localhost:8080');
    const rolledSpans = createRollups({ db, catalog, clock: systemClock }).rollAll();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { ...summary, rolledSpans, seconds: Math.round((performance.now() - started) / 100) / 10 };
  } finally {
    db.close();
  }
}
