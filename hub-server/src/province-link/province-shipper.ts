/**
 * Ships the hall's event log to the province, oldest first, in small
 * batches, off the command path: it runs on timers, reads at most one batch
 * per turn of the event loop and never holds a transaction across the
 * network. The hub never waits for it; while the province is away the events
 * table is the buffer and the shipper backs off.
 */
import {
  ingestAckSchema,
  PROVINCE_BATCH_MAX_EVENTS,
  PROVINCE_INGEST_PATH,
  type IngestBatch,
  type ProvinceLinkHealth,
} from '@luot/protocol';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { LinkRepo } from './link-repo';
import { configRevision, DEFAULT_RETRY, retryDelay, toShipped, toShippedDossier, type RetryPolicy } from './ship-rules';

export interface ShipperOptions {
  /** The province server's base URL (https in production). */
  url: string;
  /** This hall's token, given by the province at enrolment. */
  token: string;
  repo: LinkRepo;
  /** The config the province should read the events with (see configForProvince); sent once per start or change. */
  config: () => Record<string, unknown>;
  clock: Clock;
  logger: Logger;
  /** Events per batch (default 200, at most the protocol's 500). */
  batchSize?: number;
  /** How often to look for new events when caught up (default 1 s). */
  idleMs?: number;
  retry?: RetryPolicy;
  /** One request's limit (default 15 s): a province that accepts and never answers counts as down. */
  timeoutMs?: number;
  /** Backlog that raises the alert (default 10,000 events: a busy hall's half day). */
  alertBacklog?: number;
  /** With nothing to send, an empty batch this often (default 60 s) so the province sees a quiet hall's link is alive. */
  heartbeatMs?: number;
}

export interface ProvinceShipper {
  health(): ProvinceLinkHealth;
  stop(): Promise<void>;
}

export function startProvinceShipper(options: ShipperOptions): ProvinceShipper {
  const { repo, clock, logger } = options;
  const batchSize = Math.min(options.batchSize ?? 200, PROVINCE_BATCH_MAX_EVENTS);
  const idleMs = options.idleMs ?? 1000;
  const alertBacklog = options.alertBacklog ?? 10_000;
  const endpoint = new URL(PROVINCE_INGEST_PATH, options.url).toString();
  let failures = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let inFlight: AbortController | null = null;
  let alerted = false;
  /** The revision the province acknowledged having, since this start. */
  let configSent: string | null = null;
  let lastSentAt = 0;
  const heartbeatMs = options.heartbeatMs ?? 60_000;

  const backlog = () => Math.max(0, repo.lastSeq() - repo.state().cursor);

  /** One batch; returns how long to wait before the next. */
  async function shipOnce(): Promise<number> {
    const { cursor, dossierCursor } = repo.state();
    const rows = repo.eventsAfter(cursor, batchSize);
    const dossierRows = repo.dossiersAfter(dossierCursor, batchSize);
    const config = configRevision(options.config(), clock.now());
    const configDue = config.revision !== configSent;
    if (rows.length === 0 && dossierRows.length === 0 && !configDue && Date.now() - lastSentAt < heartbeatMs) return idleMs;
    const through = rows.at(-1)?.seq ?? cursor;
    const dossiersThrough = dossierRows.at(-1)?.version ?? dossierCursor;
    const batch: IngestBatch = {
      after: cursor,
      through,
      events: rows.map(toShipped),
      backlog: Math.max(0, repo.lastSeq() - through),
      sentAt: clock.now(),
      ...(configDue ? { config } : {}),
      ...(dossierRows.length > 0 ? { dossiers: { after: dossierCursor, through: dossiersThrough, states: dossierRows.map(toShippedDossier) } } : {}),
    };
    inFlight = new AbortController();
    const timeout = setTimeout(() => inFlight?.abort(), options.timeoutMs ?? 15_000);
    try {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        body: JSON.stringify(batch),
        signal: inFlight.signal,
      });
      if (!res.ok) throw new Error(`the province answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
      const ack = ingestAckSchema.parse(await res.json());
      // The province may hold less than we thought (restored from a backup): resend from its word.
      repo.saveAck(ack.acked, ack.dossiersAcked ?? dossierCursor, clock.now());
      configSent = config.revision;
      lastSentAt = Date.now();
      if (failures > 0) logger.info({ acked: ack.acked }, 'province link is back');
      failures = 0;
      checkAlert();
      // Straight on while there is more (a full batch, or the province asked to go back); otherwise idle.
      const more = rows.length === batchSize || ack.acked < through;
      const moreDossiers = dossierRows.length === batchSize || (ack.dossiersAcked !== undefined && ack.dossiersAcked < dossiersThrough);
      return (more && ack.acked !== cursor) || (moreDossiers && ack.dossiersAcked !== dossierCursor) ? 0 : idleMs;
    } finally {
      clearTimeout(timeout);
      inFlight = null;
    }
  }

  function checkAlert(): void {
    const over = backlog() >= alertBacklog;
    if (over && !alerted) logger.warn({ backlog: backlog(), alertBacklog }, 'province link backlog is large: the province has not acknowledged the hall events for a while');
    alerted = over;
  }

  function schedule(delay: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      running = shipOnce()
        .catch((e: unknown) => {
          failures++;
          const message = e instanceof Error ? e.message : String(e);
          if (!stopped) {
            repo.saveFailure(message, clock.now());
            if (failures === 1) logger.warn({ err: message }, 'province link is down; the hall keeps working and keeps its events');
            checkAlert();
          }
          return retryDelay(failures, options.retry ?? DEFAULT_RETRY);
        })
        .then((next) => {
          running = null;
          schedule(next);
        });
    }, delay);
  }

  schedule(0);
  return {
    health() {
      const state = repo.state();
      const waiting = Math.max(0, repo.lastSeq() - state.cursor);
      return { backlog: waiting, lastSuccessAt: state.lastSuccessAt, lastError: state.lastError, alert: waiting >= alertBacklog };
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      inFlight?.abort();
      await running?.catch(() => undefined);
    },
  };
}
