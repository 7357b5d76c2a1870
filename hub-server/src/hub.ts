/**
 * createHub wires the store, the services, socket.io and the HTTP API. It
 * never listens itself: main.ts does, and tests listen on port 0.
 */
import type { Socket } from 'node:net';
import Fastify from 'fastify';
import { Server } from 'socket.io';
import { fail, luotError, MAX_PAYLOAD_BYTES, type HallServerToClient, type SocketData } from '@luot/protocol';
import { createAuthService } from './auth/auth-service';
import { settleHallMode } from './auth/hall-mode';
import { createSignInGuard } from './auth/sign-in-guard';
import { createTokenGuard } from './auth/token-guard';
import { registerAuthRoutes } from './auth/auth-routes';
import { registerAuditRoutes } from './auth/audit-routes';
import { createSessionRepo } from './auth/session-repo';
import { createUserRepo } from './auth/user-repo';
import type { Clock } from './core/clock';
import { createHallTime } from './core/hall-time';
import { createCommandRunner } from './core/command-runner';
import type { HallConfig } from './core/config/hall-config-schema';
import { DEMO_HALL_CONFIG_PATH, loadHallConfig } from './core/config/load-hall-config';
import { readOnly } from './core/db/handles';
import { migrate } from './core/db/migrate';
import type { Db } from './core/db/open';
import { createAuditLog } from './core/audit-log';
import { configSummary } from './core/config/config-revision';
import { createEventLog } from './core/event-log';
import { createHallCatalog } from './core/hall-catalog';
import type { Logger } from './core/logger';
import { createBroadcaster } from './core/transport/broadcaster';
import { socketControl } from './core/transport/disconnect-principals';
import { installErrorHandlers } from './core/transport/http-errors';
import { lazySchemaCompilers } from './core/transport/lazy-schema-compilers';
import { installSecurityHeaders } from './core/transport/security-headers';
import { installOriginGuard, socketCors } from './core/transport/origin-guard';
import type { OriginPolicy } from './core/transport/origin-rules';
import { createLookupLimiter } from './core/transport/lookup-limiter';
import { openNamespaces, type HubServer } from './core/transport/namespaces';
import type { CommandRate } from './core/transport/command-rate-rules';
import { registerCounterGateway } from './counters/counter-gateway';
import { createCounterRepo } from './counters/counter-repo';
import { registerCounterRoutes } from './counters/counter-routes';
import { registerDeviceRoutes } from './devices/device-routes';
import { createPairingService } from './devices/pairing-service';
import { registerPairingRoutes } from './devices/pairing-routes';
import { registerStaffPresenceRoutes } from './counters/staff-presence-routes';
import { registerDossierGateway } from './dossiers/dossier-gateway';
import { registerDossierRoutes } from './dossiers/dossier-routes';
import { registerReturnGateway } from './dossiers/return-gateway';
import { createBookingLimiter } from './appointments/booking-limiter';
import { registerBookingRoutes } from './appointments/booking-routes';
import { registerBookingPage } from './appointments/booking-page-routes';
import { startBookingReminders } from './appointments/booking-reminders';
import { registerBookingGateway } from './appointments/booking-gateway';
import { startDayTimer } from './hall/day-timer';
import { registerHallGateway } from './hall/hall-gateway';
import { registerHallRoutes } from './hall/hall-routes';
import { createConfigService } from './hall-config/config-service';
import { registerConfigRoutes } from './hall-config/config-routes';
import { createHallServices, type HallServices } from './hub-services';
import { installDemoBanner } from './pages/demo-banner';
import { registerPrintedGallery } from './pages/printed-gallery';
import { registerStaticApps } from './pages/static-apps';
import { registerTicketPage } from './pages/ticket-page';
import { registerQueueGateway } from './queue/queue-gateway';
import { registerQueueRoutes } from './queue/queue-routes';
import { createTicketRepo } from './queue/ticket-repo';
import { registerReportRoutes } from './reports/report-routes';
import { createRollups } from './reports/rollups';
import { registerApiDocs } from './api-docs/api-docs-routes';
import { createBackupService, type BackupService, type BackupSettings } from './backups/backup-service';
import { registerBackupRoutes } from './backups/backup-routes';
import { openHallKey } from './core/personal-data/personal-key';
import type { FieldCipher } from './core/personal-data/field-cipher';
import { sealExistingDossiers } from './dossiers/seal-existing-dossiers';
import { createRetentionJob, type RetentionJob } from './hall/retention-job';
import { createLinkRepo } from './province-link/link-repo';
import { startProvinceShipper, type ShipperOptions } from './province-link/province-shipper';
import { configForProvince } from './province-link/ship-rules';
import { registerNotifyRoutes } from './notify/notify-routes';
import { startNotifications, type NotificationsOptions, type Notifications } from './notify/start-notifications';

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
  /**
   * The demo hall (LUOT_DEMO=1, the tests): the config's published passwords
   * need no change, DEMO on every page, and the database is marked as the
   * demo's. Default false: a real hall.
   */
  demo?: boolean;
  /** Serve HTTPS and WSS with this certificate and key (PEM); unset: plain HTTP. */
  tls?: { cert: string; key: string };
  /** Browser origins besides the hub's own that may call it (e.g. a development server). */
  allowedOrigins?: readonly string[];
  /** How long kiosk broadcasts may gather before they are sent (default 100 ms; 0 sends each commit at once). */
  kioskGatherMs?: number;
  /** Scheduled backups and GET /api/v1/backups; none when absent. */
  backups?: BackupSettings;
  /** The personal-data key, opened by the caller (main.ts); else read or made at `keyFile`. */
  personalKey?: FieldCipher;
  /** The personal-data key file (LUOT_KEY_FILE); default `luot.key` beside the database file. */
  keyFile?: string;
  /** Ship the hall's events to the province (url + the hall's token; the rest tunes timing for tests). */
  province?: Pick<ShipperOptions, 'url' | 'token' | 'batchSize' | 'idleMs' | 'retry' | 'timeoutMs' | 'alertBacklog' | 'heartbeatMs'>;
  /** Telling citizens: where sender credentials come from (default process.env) and the outbox's timing (tests). */
  notifications?: NotificationsOptions;
}

export interface Hub {
  app: ReturnType<typeof Fastify>;
  io: HubServer;
  services: HallServices;
  /** The backups (when configured): `backupNow`, `status`, and the shutdown backup main.ts takes after close(). */
  backups: BackupService | null;
  /** The retention policy's job (hall config `retention`): run at start and daily; `run()` runs it now. */
  retention: RetentionJob;
  /** The outbox's dispatcher and the sender's health (hall config `notifications`). */
  notifications: Notifications;
  /** Set when the hub made the admin's password on this first start: print it once. */
  generatedAdminPassword: string | null;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** The demo's device tokens, published in its config file (none when the file is not there, as in a trimmed install). */
function publishedDemoTokens(): string[] {
  try {
    return loadHallConfig(DEMO_HALL_CONFIG_PATH).devices.flatMap((d) => (d.token ? [d.token] : []));
  } catch {
    return [];
  }
}

export async function createHub(options: HubOptions): Promise<Hub> {
  const { db, clock, config, logger } = options;
  migrate(db);
  const demo = options.demo === true;
  settleHallMode(db, demo ? 'demo' : 'hall', clock.now(), publishedDemoTokens);
  // Throws PersonalKeyError on a missing or different key file: never a silent new key.
  const personal = options.personalKey ?? openHallKey(db, options.keyFile, clock.now());
  const sealed = sealExistingDossiers(db, personal);
  if (sealed > 0) logger.info({ dossiers: sealed, keyId: personal.keyId }, 'personal data of older dossiers sealed');
  // forceCloseConnections: closing must not wait for idle keep-alive sockets (a restart is quick).
  const base = { bodyLimit: MAX_PAYLOAD_BYTES, logger: false, forceCloseConnections: true, schemaController: { compilersFactory: lazySchemaCompilers } } as const;
  // Fastify types an HTTPS instance apart; every route and hook here is the same for both, so one type serves.
  const app = (options.tls ? Fastify({ ...base, https: options.tls }) : Fastify(base)) as unknown as ReturnType<typeof Fastify>;
  const origins: OriginPolicy = { secure: options.tls !== undefined, allowed: new Set(options.allowedOrigins ?? []) };
  const io = new Server<Record<string, never>, HallServerToClient, Record<string, never>, SocketData>(app.server, {
    // The transport limit is generous; each command checks MAX_PAYLOAD_BYTES
    // itself so an oversized payload gets a typed error instead of a disconnect.
    maxHttpBufferSize: 1024 * 1024,
    cors: socketCors(origins),
    serveClient: false,
  });

  const catalog = createHallCatalog(config, options.publicUrl ?? 'http://localhost:8080');
  const log = createEventLog(db);
  const broadcaster = createBroadcaster(io, options.kioskGatherMs, (err) => logger.error({ err }, 'kiosk broadcast failed'));
  const run = createCommandRunner(
    db,
    log,
    broadcaster.broadcast,
    // Never backwards: a clock stepped back gives no earlier times and no second rollover.
    createHallTime(clock, (behindMs) => logger.warn({ behindMs }, 'the system clock stepped back; the hall waits for it to catch up')),
    (err, what) => logger.error({ err }, `${what} failed`),
  );
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
    personal,
  };
  // The file seeds a new hall; after that the database holds the hall's config (hall-config/config-service).
  // A change of the message sender is checked by the sender's own maker (its credential variables set on this hub).
  const hallConfig = createConfigService({ ...ctx, senderProblem: (settings) => notifications.checkSender(settings) });
  catalog.replace(hallConfig.settleAtStart(config));
  const plainAuth = createAuthService({
    users: ctx.users,
    sessions: ctx.sessions,
    clock,
    deviceTokenIdleDays: catalog.config.security.deviceTokenIdleDays,
    // No fsync per authentication: last_seen_at rides on the next commit.
    deviceSeen: (id, at) => run.writeAside(`seen:${id}`, () => ctx.sessions.touchDevice(id, at)),
  });
  // The hall's counters, staff and devices in one commit (a fresh hall's first start wrote ~100 commits here).
  const { generatedAdminPassword } = await plainAuth.seed(config, options.adminPassword, {
    demo,
    atomically: (write) =>
      db.transaction(() => {
        for (const c of catalog.config.counters) ctx.counters.ensure(c.number);
        write();
      })(),
  });
  // Which config the hall runs on, start by start: a changed revision is a config change.
  ctx.audit.append({ at: clock.now(), actor: 'hub', action: 'config-loaded', subject: config.hall.name.vi, address: null, detail: configSummary(config) });
  // Every token the hub is shown goes through the guard: wrong ones lock their address out for a while.
  const guarded = createTokenGuard({ auth: plainAuth, clock, audit: ctx.audit }).authenticate;
  // A session whose password came from a config file may only change it (or sign out) until it does.
  const auth = {
    ...plainAuth,
    authenticate: (token: unknown, from?: string) => {
      const p = guarded(token, from);
      return p.ok && p.value.kind === 'staff' && plainAuth.mustChangePassword(p.value.userId) ? fail(luotError('password_change_required')) : p;
    },
  };
  // Throws SenderConfigError when a credential's environment variable is missing: at start, not at the first message.
  const notifications = startNotifications({ db, personal, clock, logger, run, config: () => catalog.config.notifications, ...options.notifications });
  const services = createHallServices(ctx, auth, hallConfig, notifications.health.current);
  const signIn = createSignInGuard({ auth, clock, audit: ctx.audit });
  void services.day.ensureToday();

  installErrorHandlers(app, logger);
  installOriginGuard(app, origins);
  installSecurityHeaders(app, { tls: options.tls !== undefined });
  if (demo) installDemoBanner(app);
  const sockets = socketControl(io);
  // Each feature's HTTP routes.
  registerAuthRoutes(app, { ...services, ctx, signIn, ownAccount: { auth: { authenticate: guarded } } }, sockets);
  registerAuditRoutes(app, services);
  registerDeviceRoutes(app, services, sockets);
  // Issue 17's console: pairing new devices by code, and who is signed in where.
  registerPairingRoutes(app, { auth, ctx, pairing: createPairingService({ auth, sessions: ctx.sessions, catalog, clock }) });
  registerStaffPresenceRoutes(app, services, sockets);
  // One count per address for every public lookup: the ticket page, the dossier page and the APIs behind them.
  const lookups = createLookupLimiter({ clock, auth });
  registerQueueRoutes(app, { ...services, lookups });
  registerCounterRoutes(app, services);
  registerDossierRoutes(app, { ...services, lookups });
  // The page and the API behind it share one limit per address for making, moving and cancelling.
  const bookingLimit = createBookingLimiter(clock);
  registerBookingRoutes(app, { ...services, clock, audit: ctx.audit, lookups, bookingLimit });
  registerBookingPage(app, { catalog, bookings: services.bookings, lookups, bookingLimit });
  // The link runs on its own timers, off the command path: the hub never waits for the province.
  const shipper = options.province
    ? startProvinceShipper({ ...options.province, repo: createLinkRepo(db), clock, logger, config: () => configForProvince(catalog.config) })
    : null;
  registerHallRoutes(app, { ...services, provinceLink: shipper ? () => shipper.health() : undefined });
  registerReportRoutes(app, services);
  registerNotifyRoutes(app, { auth, clock, config: () => catalog.config.notifications, outbox: notifications.outbox, health: notifications.health.current });
  registerConfigRoutes(app, { auth, config: hallConfig });
  registerTicketPage(app, catalog, lookups);
  registerApiDocs(app);
  const backups = options.backups
    ? createBackupService({ db, clock, logger, audit: ctx.audit, hallName: catalog.config.hall.name.vi, settings: options.backups })
    : null;
  if (backups) registerBackupRoutes(app, { auth, backups });
  if (options.serveApps !== false) await registerStaticApps(app);
  if (options.printedDir) registerPrintedGallery(app, options.printedDir, auth, signIn);

  // Each feature's socket commands, on the namespaces they serve.
  const namespaces = openNamespaces(io, {
    auth,
    logger,
    welcome: () => services.snapshot.build(),
    origins,
    ...(options.socketCommandRate !== undefined ? { commandRate: options.socketCommandRate } : {}),
  });
  registerHallGateway(namespaces, services);
  registerQueueGateway(namespaces, services);
  registerCounterGateway(namespaces, services);
  registerDossierGateway(namespaces, services);
  registerReturnGateway(namespaces, services);
  registerBookingGateway(namespaces, services);

  // Every link, including upgraded websockets that the HTTP server no longer
  // tracks, so close() can cut them all.
  const links = new Set<Socket>();
  app.server.on('connection', (socket: Socket) => {
    links.add(socket);
    socket.once('close', () => links.delete(socket));
  });

  const stopDayTimer = startDayTimer(services.day, logger);
  const stopReminders = startBookingReminders({ bookings: services.bookings, clock, logger, reminderAt: () => catalog.config.appointments.reminderAt });
  // The reports' rollups of settled days, a few at a time (reports read raw what is not rolled yet).
  const stopRollups = createRollups({ db, catalog, clock }).start((err) => logger.error({ err }, 'report rollup failed'));
  const stopBackups = backups?.startSchedule() ?? (() => undefined);
  const retention = createRetentionJob({ db, clock, logger, audit: ctx.audit, policy: catalog.config.retention });
  const stopRetention = retention.start();
  notifications.dispatcher.start();

  return {
    app,
    io,
    services,
    backups,
    retention,
    notifications,
    generatedAdminPassword,
    async listen(port, host = '0.0.0.0') {
      await app.listen({ port, host });
      const address = app.server.address();
      return typeof address === 'object' && address ? address.port : port;
    },
    async close() {
      stopDayTimer();
      stopReminders();
      stopRollups();
      await shipper?.stop();
      // A message in flight stays `sending`: the next start sends it again.
      await notifications.dispatcher.stop();
      stopBackups();
      // Writes set aside (devices' last_seen_at) are committed, not dropped, at a clean shutdown.
      run.settle();
      stopRetention();
      broadcaster.flush();
      io.disconnectSockets(true);
      const ioClosed = new Promise<void>((resolve) => io.close(() => resolve()));
      // Nothing in flight needs to finish: a command is durable before its ack
      // and clients retry with the same commandId. Waiting instead would let one
      // browser's half-sent request or keep-alive link hold a restart for a minute.
      for (const link of links) link.destroy();
      await ioClosed;
      await app.close().catch(() => undefined);
      // A backup still copying pages needs the connection the caller closes next.
      await backups?.idle();
      await retention.idle();
    },
  };
}
