/**
 * `npm run simulate:year -w @luot/hub-server -- <data dir> [days] [tickets a weekday]`:
 * fills a new data directory with a year of a busy center (see year-database.ts),
 * for the hall given by LUOT_CONFIG (default: the demo hall). Start a hub on it with
 * LUOT_DATA_DIR=<data dir> (and LUOT_DEMO=1 for the demo hall).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEMO_HALL_CONFIG_PATH, loadHallConfig } from '../core/config/load-hall-config';
import { BUSY_YEAR, buildYearDatabase } from './year-database';

async function main(): Promise<number> {
  const [dir, days, perDay] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('Cần thư mục dữ liệu / a data directory is needed: npm run simulate:year -- <data dir> [days] [tickets a weekday]\n');
    return 2;
  }
  const dataDir = resolve(dir);
  if (existsSync(join(dataDir, 'luot.sqlite'))) {
    process.stderr.write(`${dataDir} đã có cơ sở dữ liệu / already holds a database: choose a new directory.\n`);
    return 2;
  }
  const configPath = process.env.LUOT_CONFIG ?? DEMO_HALL_CONFIG_PATH;
  const summary = await buildYearDatabase({
    dataDir,
    config: loadHallConfig(configPath),
    demo: configPath === DEMO_HALL_CONFIG_PATH || process.env.LUOT_DEMO === '1',
    adminPassword: process.env.LUOT_ADMIN_PASSWORD ?? 'year-admin-pass',
    days: days ? Number(days) : BUSY_YEAR.days,
    ticketsPerWeekday: perDay ? Number(perDay) : BUSY_YEAR.ticketsPerWeekday,
  });
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
