/**
 * What every feature service gets from the core, wired once by `createHub`:
 * the database, the clock, the catalog, the event log and the command runner.
 * Each feature adds the repositories it needs in its own context type.
 */
import type { Clock } from './clock';
import type { CommandRunner } from './command-runner';
import type { Db } from './db/open';
import type { EventLog } from './event-log';
import type { HallCatalog } from './hall-catalog';

export interface HallContext {
  db: Db;
  clock: Clock;
  catalog: HallCatalog;
  log: EventLog;
  run: CommandRunner;
}
