/**
 * Starts a real hub on port 0 with a temporary data directory, a manual
 * clock, and (by default) the bundled demo hall; tests connect real clients.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createHub,
  createLogger,
  DEMO_HALL_CONFIG_PATH,
  loadHallConfig,
  ManualClock,
  openDatabase,
  type Db,
  type HallConfig,
  type Hub,
} from '../../src/index';

/** Monday 23 November 2026, 09:00 in the hall (UTC+7). */
export const MONDAY_9AM = Date.parse('2026-11-23T02:00:00Z');

export interface TestHub {
  url: string;
  port: number;
  dataDir: string;
  clock: ManualClock;
  hub: Hub;
  db: Db;
  /** Closes the hub and opens a new one on the same data directory and port (with a changed config if given). */
  restart(changed?: { config?: HallConfig }): Promise<void>;
  close(): Promise<void>;
}

export interface TestHubOptions {
  now?: number;
  config?: HallConfig;
  dataDir?: string;
  port?: number;
  serveApps?: boolean;
}

export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  let config = options.config ?? loadHallConfig(DEMO_HALL_CONFIG_PATH);
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'luot-hub-'));
  const ownsDir = options.dataDir === undefined;
  const clock = new ManualClock(options.now ?? MONDAY_9AM);
  const logger = createLogger('silent');

  const open = async (port: number) => {
    const db = openDatabase(join(dataDir, 'luot.sqlite'));
    const hub = await createHub({ db, clock, config, logger, serveApps: options.serveApps ?? true });
    const bound = await hub.listen(port, '127.0.0.1');
    return { db, hub, port: bound };
  };

  let current = await open(options.port ?? 0);
  const test: TestHub = {
    url: `http://127.0.0.1:${current.port}`,
    port: current.port,
    dataDir,
    clock,
    hub: current.hub,
    db: current.db,
    async restart(changed = {}) {
      await current.hub.close();
      config = changed.config ?? config;
      current.db.close();
      current = await open(test.port);
      test.hub = current.hub;
      test.db = current.db;
    },
    async close() {
      await current.hub.close();
      current.db.close();
      if (ownsDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return test;
}
