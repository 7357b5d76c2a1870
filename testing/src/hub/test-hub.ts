/**
 * Starts a real hub on port 0 with a temporary data directory, a manual
 * clock, and (by default) the bundled demo hall; tests connect real clients.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  createHub,
  createLogger,
  DEMO_HALL_CONFIG_PATH,
  loadHallConfig,
  ManualClock,
  openDatabase,
  type BackupSettings,
  type Db,
  type HallConfig,
  type Hub,
  type HubOptions,
} from '@luot/hub-server';
import { createContractRecorder, inContract, openApiPath, type ContractRecorder } from './openapi-contract';

/** Monday 23 November 2026, 09:00 in the hall (UTC+7). */
export const MONDAY_9AM = Date.parse('2026-11-23T02:00:00Z');

export interface TestHub {
  url: string;
  port: number;
  dataDir: string;
  clock: ManualClock;
  hub: Hub;
  db: Db;
  /** Every /api/v1 answer checked against hub-server/openapi.yaml (null when the test opted out). */
  contract: ContractRecorder | null;
  /** Closes the hub and opens a new one on the same data directory and port (with a changed config or province link if given). */
  restart(changed?: { config?: HallConfig; province?: HubOptions['province'] }): Promise<void>;
  /** Closes the hub; then throws if any answer differed from openapi.yaml (see `contract`). */
  close(): Promise<void>;
}

export interface TestHubOptions {
  now?: number;
  config?: HallConfig;
  dataDir?: string;
  port?: number;
  serveApps?: boolean;
  /**
   * Check every /api/v1 answer against hub-server/openapi.yaml and fail close()
   * on a mismatch (default true). Only a test that sends answers on purpose
   * outside the contract should turn it off, and say why.
   */
  contract?: boolean;
  /** Backup settings over the test defaults: `<dataDir>/backups`, 14 kept, no nightly timer, none at shutdown. */
  backups?: Partial<BackupSettings>;
  /**
   * Run as the demo hall (default true: the test halls' config passwords need
   * no change, pages carry the DEMO band). false: a real hall, whose
   * config-given passwords must be changed at first sign-in.
   */
  demo?: boolean;
  /** Serve HTTPS/WSS with this certificate (PEM); `url` is then https. */
  tls?: { cert: string; key: string };
  /** Browser origins besides the hub's own (createHub's allowedOrigins). */
  allowedOrigins?: readonly string[];
  /**
   * Each socket's command limit, as createHub takes it; null lifts it (fuzz
   * and model-based tests send thousands of commands on one socket).
   */
  socketCommandRate?: HubOptions['socketCommandRate'];
  /** Link the hub to a province (see HubOptions.province); restart() keeps it unless given another. */
  province?: HubOptions['province'];
  /** Telling citizens: credentials' environment and the outbox's timing (HubOptions.notifications); kept across restart(). */
  notifications?: HubOptions['notifications'];
}

export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  let config = options.config ?? loadHallConfig(DEMO_HALL_CONFIG_PATH);
  let province = options.province;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'luot-hub-'));
  const ownsDir = options.dataDir === undefined;
  const clock = new ManualClock(options.now ?? MONDAY_9AM);
  const logger = createLogger('silent');
  const contract = options.contract === false ? null : createContractRecorder();

  const open = async (port: number) => {
    const db = openDatabase(join(dataDir, 'luot.sqlite'));
    const backups: BackupSettings = { dir: join(dataDir, 'backups'), keep: 14, nightlyAt: null, onShutdown: false, ...options.backups };
    const hub = await createHub({
      db,
      clock,
      config,
      logger,
      serveApps: options.serveApps ?? true,
      ...(province ? { province } : {}),
      ...(options.notifications ? { notifications: options.notifications } : {}),
      backups,
      demo: options.demo ?? true,
      ...(options.tls ? { tls: options.tls } : {}),
      ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}),
      ...(options.socketCommandRate !== undefined ? { socketCommandRate: options.socketCommandRate } : {}),
    });
    if (contract) {
      // onSend sees the serialized body and the final status of every answer, errors included.
      hub.app.addHook('onSend', async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
        const route = req.routeOptions.url;
        if (route !== undefined && req.method !== 'HEAD' && inContract(route)) {
          const type = reply.getHeader('content-type');
          contract.check({
            method: req.method,
            route: openApiPath(route),
            status: reply.statusCode,
            contentType: typeof type === 'string' ? type : undefined,
            body: typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : undefined,
          });
        }
        return payload;
      });
    }
    const bound = await hub.listen(port, '127.0.0.1');
    return { db, hub, port: bound };
  };

  let current = await open(options.port ?? 0);
  const test: TestHub = {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${current.port}`,
    port: current.port,
    dataDir,
    clock,
    hub: current.hub,
    db: current.db,
    contract,
    async restart(changed = {}) {
      await current.hub.close();
      config = changed.config ?? config;
      province = changed.province ?? province;
      current.db.close();
      current = await open(test.port);
      test.hub = current.hub;
      test.db = current.db;
    },
    async close() {
      await current.hub.close();
      current.db.close();
      if (ownsDir) rmSync(dataDir, { recursive: true, force: true });
      contract?.assertClean();
    },
  };
  return test;
}
