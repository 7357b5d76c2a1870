/**
 * The hub as `main.ts` runs it, but on a clock the bench sets: each line on
 * stdin is a time in ms since the epoch. The memory-over-days bench replays
 * several busy days in a minute, so the hub must live through their dates
 * and roll over from one day to the next. Bundled and run like the real hub
 * (memory-days-bench.ts), never part of a hall's install.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ManualClock } from '../src/core/clock';
import { loadHallConfig } from '../src/core/config/load-hall-config';
import { openDatabase } from '../src/core/db/open';
import { createLogger } from '../src/core/logger';
import { readSettings } from '../src/core/settings';
import { createHub } from '../src/hub';

const settings = readSettings();
const clock = new ManualClock(Number(process.env.LUOT_BENCH_CLOCK_START ?? Date.now()));
createInterface({ input: process.stdin }).on('line', (line) => {
  const ms = Number(line);
  if (Number.isFinite(ms) && ms >= clock.now()) clock.set(ms);
});
mkdirSync(settings.dataDir, { recursive: true });
const hub = await createHub({
  db: openDatabase(join(settings.dataDir, 'luot.sqlite')),
  clock,
  config: loadHallConfig(settings.configPath),
  logger: createLogger(),
  publicUrl: 'http://127.0.0.1',
  socketCommandRate: null,
  // The bench hall's accounts have their passwords in its config file: as a demo hall, they need no change before use.
  demo: settings.demo,
  ...(settings.adminPassword ? { adminPassword: settings.adminPassword } : {}),
});
const port = await hub.listen(settings.port);
console.log(`API http://localhost:${port}/api/v1`);
const stop = () => void hub.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
