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
import { createTicketFold } from './reports/ticket-fold';

export interface ProvinceOptions {
  pool: Pool;
  log?: (message: string, err: unknown) => void;
  /** The built page's folder (default dist/web); tests may point elsewhere. */
  webDir?: string;
  /** With no account yet, an `admin` (province admin) is made with this password. */
  adminPassword?: string;
  /** The province's clock for "no answer" ratings (default: the system's). */
  now?: () => number;
  /** How often the halls' new ticket events are folded for the reports (ms; default 5 s; 0: only when a report asks). */
  foldEveryMs?: number;
}

export async function createProvince(options: ProvinceOptions) {
  const { pool } = options;
  await migrate(pool);
  const app = Fastify({ bodyLimit: PROVINCE_BATCH_MAX_BYTES, logger: false, forceCloseConnections: true });
  const halls = createHallRepo(pool);
  const log = options.log ?? ((message, err) => console.error(message, err));
  const fold = createTicketFold(pool, (message) => log(message, null));
  // Behind ingest, so a report has little left to fold when it asks; a failed run is logged and tried again.
  const foldEveryMs = options.foldEveryMs ?? 5_000;
  const foldTimer = foldEveryMs > 0 ? setInterval(() => void fold.run().catch((e: unknown) => log('folding ticket events failed', e)), foldEveryMs) : null;
  foldTimer?.unref();
  const ingest = createIngestRepo(pool, createPartitionKeeper(pool));
  installErrorHandlers(app, log);
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
    fold,
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
      if (foldTimer) clearInterval(foldTimer);
      await app.close();
      await fold.run().catch(() => undefined);
    },
  };
}
export type Province = Awaited<ReturnType<typeof createProvince>>;
