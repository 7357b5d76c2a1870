/**
 * What every feature service gets from the core, wired once by `createHub`:
 * the database (a write handle, and a read handle for read-only paths), the
 * clock, the catalog, the event log and the command runner.
 * Each feature adds the repositories it needs in its own context type.
 */
import type { Clock } from './clock';
import type { CommandRunner } from './command-runner';
import type { ReadableDb, WritableDb } from './db/handles';
import type { EventLog } from './event-log';
import type { HallCatalog } from './hall-catalog';
import type { FieldCipher } from './personal-data/field-cipher';

export interface HallContext {
  db: WritableDb;
  /** The same database for read paths (reports, snapshot, lookups): it cannot write. */
  readDb: ReadableDb;
  clock: Clock;
  catalog: HallCatalog;
  log: EventLog;
  run: CommandRunner;
  /** Seals and opens personal data at rest with the hall's key (core/personal-data). */
  personal: FieldCipher;
}
