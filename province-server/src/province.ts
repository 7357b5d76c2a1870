/**
 * createProvince wires the store and the HTTP API. Like the hub it never
 * listens itself: main.ts does, and tests listen on port 0.
 */
import Fastify from 'fastify';
import { PROVINCE_BATCH_MAX_BYTES } from '@luot/protocol';
import { migrate } from './db/migrate';
import { createPartitionKeeper } from './db/partitions';
import type { Pool } from './db/pool';
import { createHallRepo } from './halls/hall-repo';
import { installErrorHandlers } from './http/http-errors';
import { createIngestRepo } from './ingest/ingest-repo';
import { registerIngestRoutes } from './ingest/ingest-routes';
import { createAccountGuard } from './accounts/account-guard';
import { createAccountRepo } from './accounts/account-repo';
import { registerProvinceRoutes } from './http/province-routes';
import { registerWebPage } from './http/web-page';
import { createLiveRepo } from './live/live-repo';
import { createReportRepo } from './reports/report-repo';

export interface ProvinceOptions {
  pool: Pool;
  log?: (message: string, err: unknown) => void;
  /** The built page's folder (default dist/web); tests may point elsewhere. */
  webDir?: string;
  /** With no account yet, an `admin` (province admin) is made with this password. */
  adminPassword?: string;
  /** The province's clock for "no answer" ratings (default: the system's). */
  now?: () => number;
}

export async function createProvince(options: ProvinceOptions) {
  const { pool } = options;
  await migrate(pool);
  const app = Fastify({ bodyLimit: PROVINCE_BATCH_MAX_BYTES, logger: false, forceCloseConnections: true });
  const halls = createHallRepo(pool);
  const ingest = createIngestRepo(pool, createPartitionKeeper(pool));
  installErrorHandlers(app, options.log ?? ((message, err) => console.error(message, err)));
  app.get('/healthz', async () => {
    await pool.query('SELECT 1');
    return { ok: true };
  });
  registerIngestRoutes(app, { halls, ingest });
  const accounts = createAccountRepo(pool);
  if (options.adminPassword && (await accounts.count()) === 0) {
    await accounts.create({ username: 'admin', name: 'Quản trị tỉnh', role: 'province_admin', hall: null }, options.adminPassword);
  }
  registerProvinceRoutes(app, {
    accounts,
    guard: createAccountGuard(accounts),
    halls,
    live: createLiveRepo(pool),
    reports: createReportRepo(pool),
    now: options.now ?? Date.now,
  });
  await registerWebPage(app, options.webDir);
  return {
    app,
    halls,
    accounts,
    async listen(port: number, host = '0.0.0.0'): Promise<number> {
      await app.listen({ port, host });
      const address = app.server.address();
      return typeof address === 'object' && address ? address.port : port;
    },
    async close(): Promise<void> {
      await app.close();
    },
  };
}
export type Province = Awaited<ReturnType<typeof createProvince>>;
