/**
 * createHub wires the store, the services, socket.io and the HTTP API. It
 * never listens itself: main.ts does, and tests listen on port 0.
 */
import type { Socket } from 'node:net';
import Fastify from 'fastify';
import { Server } from 'socket.io';
import { MAX_PAYLOAD_BYTES, type HallServerToClient, type SocketData } from '@luot/protocol';
import type { Clock } from './clock';
import { localDay } from './clock';
import type { HallConfig } from './config/hall-config-schema';
import type { Db } from './db/open';
import { migrate } from './db/migrate';
import { createAuthService } from './auth/auth-service';
import { createSessionRepo } from './auth/session-repo';
import { createUserRepo } from './auth/user-repo';
import { createCounterRepo } from './counters/counter-repo';
import { createCommandRunner } from './hall/command-runner';
import { createBroadcaster } from './realtime/broadcaster';
import { createEventLog } from './hall/event-log';
import { createHallCatalog } from './hall/hall-catalog';
import { createHallServices, type HallServices } from './hall/hall-services';
import { createTicketRepo } from './queue/ticket-repo';
import { socketControl } from './realtime/disconnect-principals';
import { registerGateways, type HubServer } from './realtime/gateways';
import { registerApiRoutes } from './http/api-routes';
import { registerReportRoutes } from './reports/report-routes';
import { installErrorHandlers } from './http/http-errors';
import { registerStaticApps } from './http/static-apps';
import { registerTicketPage } from './http/ticket-page';
import { registerPrintedGallery } from './http/printed-gallery';
import { registerApiDocs } from './api-docs/api-docs-routes';
import type { Logger } from './logger';

export interface HubOptions {
  db: Db;
  clock: Clock;
  config: HallConfig;
  logger: Logger;
  /** Base URL printed in ticket QR codes when the config has none. */
  publicUrl?: string;
  /** The admin's password on first start; a random one is made (and returned) when unset. */
  adminPassword?: string;
  /** Serve the built web apps (default true). */
  serveApps?: boolean;
  /** Demo halls: the virtual printer's output folder, shown at /printed/. */
  printedDir?: string;
  /** How long kiosk broadcasts may gather before they are sent (default 100 ms; 0 sends each commit at once). */
  kioskGatherMs?: number;
}

export interface Hub {
  app: ReturnType<typeof Fastify>;
  io: HubServer;
  services: HallServices;
  /** Set when the hub made the admin's password on this first start: print it once. */
  generatedAdminPassword: string | null;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

export async function createHub(options: HubOptions): Promise<Hub> {
  const { db, clock, config, logger } = options;
  migrate(db);
  // forceCloseConnections: closing must not wait for idle keep-alive sockets (a restart is quick).
  const app = Fastify({ bodyLimit: MAX_PAYLOAD_BYTES, logger: false, forceCloseConnections: true });
  const io = new Server<Record<string, never>, HallServerToClient, Record<string, never>, SocketData>(app.server, {
    // The transport limit is generous; each command checks MAX_PAYLOAD_BYTES
    // itself so an oversized payload gets a typed error instead of a disconnect.
    maxHttpBufferSize: 1024 * 1024,
    cors: { origin: true },
    serveClient: false,
  });

  const catalog = createHallCatalog(config, options.publicUrl ?? 'http://localhost:8080');
  const log = createEventLog(db);
  const broadcaster = createBroadcaster(io, options.kioskGatherMs);
  const run = createCommandRunner(db, log, broadcaster.broadcast, () => {
    const now = clock.now();
    return { now, day: localDay(now) };
  });
  const ctx = {
    db,
    clock,
    catalog,
    tickets: createTicketRepo(db),
    counters: createCounterRepo(db),
    users: createUserRepo(db),
    sessions: createSessionRepo(db),
    log,
    run,
  };
  for (const c of config.counters) ctx.counters.ensure(c.number);
  const auth = createAuthService({ users: ctx.users, sessions: ctx.sessions, clock });
  const { generatedAdminPassword } = auth.seed(config, options.adminPassword);
  const services = createHallServices(ctx, auth);
  services.day.ensureToday();

  installErrorHandlers(app, logger);
  registerApiRoutes(app, services, socketControl(io));
  registerReportRoutes(app, services);
  registerTicketPage(app, catalog);
  registerApiDocs(app);
  if (options.serveApps !== false) await registerStaticApps(app);
  if (options.printedDir) registerPrintedGallery(app, options.printedDir, auth);
  registerGateways(io, services, logger);

  // Every link, including upgraded websockets that the HTTP server no longer
  // tracks, so close() can cut them all.
  const links = new Set<Socket>();
  app.server.on('connection', (socket: Socket) => {
    links.add(socket);
    socket.once('close', () => links.delete(socket));
  });

  // Roll the day over even when the hall is quiet at midnight.
  const dayTimer = setInterval(() => services.day.ensureToday(), 30_000);
  dayTimer.unref();

  return {
    app,
    io,
    services,
    generatedAdminPassword,
    async listen(port, host = '0.0.0.0') {
      await app.listen({ port, host });
      const address = app.server.address();
      return typeof address === 'object' && address ? address.port : port;
    },
    async close() {
      clearInterval(dayTimer);
      broadcaster.flush();
      io.disconnectSockets(true);
      const ioClosed = new Promise<void>((resolve) => io.close(() => resolve()));
      // Nothing in flight needs to finish: a command is durable before its ack
      // and clients retry with the same commandId. Waiting instead would let one
      // browser's half-sent request or keep-alive link hold a restart for a minute.
      for (const link of links) link.destroy();
      await ioClosed;
      await app.close().catch(() => undefined);
    },
  };
}
