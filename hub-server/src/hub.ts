/**
 * createHub wires the store, the services, socket.io and the HTTP API. It
 * never listens itself: main.ts does, and tests listen on port 0.
 */
import type { Socket } from 'node:net';
import Fastify from 'fastify';
import { Server } from 'socket.io';
import { MAX_PAYLOAD_BYTES, type HallServerToClient, type SocketData } from '@luot/protocol';
import { createAuthService } from './auth/auth-service';
import { createSignInGuard } from './auth/sign-in-guard';
import { createTokenGuard } from './auth/token-guard';
import { registerAuthRoutes } from './auth/auth-routes';
import { createSessionRepo } from './auth/session-repo';
import { createUserRepo } from './auth/user-repo';
import { localDay, type Clock } from './core/clock';
import { createCommandRunner } from './core/command-runner';
import type { HallConfig } from './core/config/hall-config-schema';
import { readOnly } from './core/db/handles';
import { migrate } from './core/db/migrate';
import type { Db } from './core/db/open';
import { createAuditLog } from './core/audit-log';
import { createEventLog } from './core/event-log';
import { createHallCatalog } from './core/hall-catalog';
import type { Logger } from './core/logger';
import { createBroadcaster } from './core/transport/broadcaster';
import { socketControl } from './core/transport/disconnect-principals';
import { installErrorHandlers } from './core/transport/http-errors';
import { installSecurityHeaders } from './core/transport/security-headers';
import { createLookupLimiter } from './core/transport/lookup-limiter';
import { openNamespaces, type HubServer } from './core/transport/namespaces';
import type { CommandRate } from './core/transport/command-rate-rules';
import { registerCounterGateway } from './counters/counter-gateway';
import { createCounterRepo } from './counters/counter-repo';
import { registerCounterRoutes } from './counters/counter-routes';
import { registerDeviceRoutes } from './devices/device-routes';
import { registerDossierGateway } from './dossiers/dossier-gateway';
import { registerDossierRoutes } from './dossiers/dossier-routes';
import { startDayTimer } from './hall/day-timer';
import { registerHallGateway } from './hall/hall-gateway';
import { registerHallRoutes } from './hall/hall-routes';
import { createHallServices, type HallServices } from './hub-services';
import { registerPrintedGallery } from './pages/printed-gallery';
import { registerStaticApps } from './pages/static-apps';
import { registerTicketPage } from './pages/ticket-page';
import { registerQueueGateway } from './queue/queue-gateway';
import { registerQueueRoutes } from './queue/queue-routes';
import { createTicketRepo } from './queue/ticket-repo';
import { registerReportRoutes } from './reports/report-routes';
import { registerApiDocs } from './api-docs/api-docs-routes';

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
  /** Each socket's command limit (default 50/s, burst 100); null: none (the bench floods on purpose). */
  socketCommandRate?: CommandRate | null;
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
    readDb: readOnly(db),
    clock,
    catalog,
    tickets: createTicketRepo(db),
    counters: createCounterRepo(db),
    users: createUserRepo(db),
    sessions: createSessionRepo(db),
    audit: createAuditLog(db),
    log,
    run,
  };
  const plainAuth = createAuthService({ users: ctx.users, sessions: ctx.sessions, clock });
  // The hall's counters, staff and devices in one commit (a fresh hall's first start wrote ~100 commits here).
  const { generatedAdminPassword } = await plainAuth.seed(config, options.adminPassword, (write) =>
    db.transaction(() => {
      for (const c of config.counters) ctx.counters.ensure(c.number);
      write();
    })(),
  );
  // Every token the hub is shown goes through the guard: wrong ones lock their address out for a while.
  const auth = { ...plainAuth, authenticate: createTokenGuard({ auth: plainAuth, clock, audit: ctx.audit }).authenticate };
  const services = createHallServices(ctx, auth);
  const signIn = createSignInGuard({ auth, clock, audit: ctx.audit });
  void services.day.ensureToday();

  installErrorHandlers(app, logger);
  installSecurityHeaders(app);
  const sockets = socketControl(io);
  // Each feature's HTTP routes.
  registerAuthRoutes(app, { ...services, ctx, signIn }, sockets);
  registerDeviceRoutes(app, services, sockets);
  // One count per address for every public lookup: the ticket page, the dossier page and the APIs behind them.
  const lookups = createLookupLimiter({ clock, auth });
  registerQueueRoutes(app, { ...services, lookups });
  registerCounterRoutes(app, services);
  registerDossierRoutes(app, { ...services, lookups });
  registerHallRoutes(app, services);
  registerReportRoutes(app, services);
  registerTicketPage(app, catalog, lookups);
  registerApiDocs(app);
  if (options.serveApps !== false) await registerStaticApps(app);
  if (options.printedDir) registerPrintedGallery(app, options.printedDir, auth, signIn);

  // Each feature's socket commands, on the namespaces they serve.
  const namespaces = openNamespaces(io, {
    auth,
    logger,
    welcome: () => services.snapshot.build(),
    ...(options.socketCommandRate !== undefined ? { commandRate: options.socketCommandRate } : {}),
  });
  registerHallGateway(namespaces, services);
  registerQueueGateway(namespaces, services);
  registerCounterGateway(namespaces, services);
  registerDossierGateway(namespaces, services);

  // Every link, including upgraded websockets that the HTTP server no longer
  // tracks, so close() can cut them all.
  const links = new Set<Socket>();
  app.server.on('connection', (socket: Socket) => {
    links.add(socket);
    socket.once('close', () => links.delete(socket));
  });

  const stopDayTimer = startDayTimer(services.day, logger);

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
      stopDayTimer();
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
