/**
 * The retention policy at work (hall config `retention`, README "Personal
 * data"): once at start and daily at `dailyAt`, it erases the personal data
 * of dossiers closed long enough ago (phone numbers first), and deletes
 * ended staff sessions, old command records and old audit rows. Each step
 * runs in small transactions of its own (`batchRows` rows), yielding to the
 * event loop between them, so issuing never waits behind a purge. A failing
 * step is logged and audited and the others still run; nothing escapes the
 * timer. What it did goes to the audit log (counts only, never a value).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { AuditLog } from '../core/audit-log';
import { localDay, type Clock } from '../core/clock';
import type { RetentionPolicy } from '../core/config/hall-config-schema';
import type { WritableDb } from '../core/db/handles';
import type { Logger } from '../core/logger';
import { createRecordRetention } from '../core/record-retention';
import { createOutboxRetention } from '../core/outbox/outbox-retention';
import { createSessionRetention } from '../auth/session-retention';
import { createDossierRetention } from '../dossiers/dossier-retention';
import { createBookingRetention } from '../appointments/booking-retention';
import { retentionCutoffs, retentionDue } from './retention-rules';

export const RETENTION_BATCH_ROWS = 500;
/** How often the schedule looks at the clock. */
export const RETENTION_TICK_MS = 60_000;

export interface RetentionDeps {
  db: WritableDb;
  clock: Clock;
  logger: Logger;
  audit: Pick<AuditLog, 'append'>;
  policy: RetentionPolicy;
  batchRows?: number;
}

export interface RetentionCounts {
  phonesErased: number;
  dossiersErased: number;
  /** Bookings of past days whose name, phone, ID number and note were erased. */
  bookingsErased: number;
  sessions: number;
  commands: number;
  auditRows: number;
  /** Phone numbers kept to tell citizens that outlived their message (tickets, outbox). */
  notifyPhones: number;
}

export interface RetentionOutcome extends RetentionCounts {
  at: number;
  transactions: number;
  /** The longest single transaction, in ms: how long a command may have waited behind the job. */
  longestTransactionMs: number;
  failures: { step: keyof RetentionCounts; message: string }[];
}

export type RetentionJob = ReturnType<typeof createRetentionJob>;

export function createRetentionJob(deps: RetentionDeps) {
  const { db, clock, logger, audit, policy } = deps;
  const batchRows = deps.batchRows ?? RETENTION_BATCH_ROWS;
  const dossiers = createDossierRetention(db);
  const bookings = createBookingRetention(db);
  const sessions = createSessionRetention(db);
  const records = createRecordRetention(db);
  const notifyPhones = createOutboxRetention(db);
  let lastRunDay: string | null = null;
  let running: Promise<RetentionOutcome> | null = null;
  /** Set when the hub closes: a run in progress stops after its current batch (the next run resumes the work). */
  let stopped = false;

  async function runSteps(): Promise<RetentionOutcome> {
    const at = clock.now();
    lastRunDay = localDay(at);
    const cut = retentionCutoffs(at, policy);
    const steps: [keyof RetentionCounts, (limit: number) => number][] = [
      ['phonesErased', (limit) => dossiers.erasePhonesClosedBefore(cut.phone, limit)],
      ['dossiersErased', (limit) => dossiers.eraseClosedBefore(cut.dossierPersonal, at, limit)],
      ['bookingsErased', (limit) => bookings.eraseDaysBefore(localDay(at), at, limit)],
      ['sessions', (limit) => sessions.pruneEndedBefore(cut.sessions, limit)],
      ['commands', (limit) => records.pruneCommandsBefore(cut.commands, limit)],
      ['auditRows', (limit) => records.pruneAuditBefore(cut.audit, limit)],
      ['notifyPhones', (limit) => notifyPhones.eraseLeftovers(localDay(at), at, limit)],
    ];
    const outcome: RetentionOutcome = {
      at,
      phonesErased: 0,
      dossiersErased: 0,
      bookingsErased: 0,
      sessions: 0,
      commands: 0,
      auditRows: 0,
      notifyPhones: 0,
      transactions: 0,
      longestTransactionMs: 0,
      failures: [],
    };
    for (const [name, step] of steps) {
      if (stopped) break;
      try {
        for (;;) {
          const started = performance.now();
          const changed = db.transaction(() => step(batchRows)).immediate();
          outcome.longestTransactionMs = Math.max(outcome.longestTransactionMs, performance.now() - started);
          outcome.transactions += 1;
          outcome[name] += changed;
          if (changed < batchRows || stopped) break;
          // Commands queued meanwhile run before the next batch.
          await nextTurn();
        }
      } catch (err) {
        outcome.failures.push({ step: name, message: (err as Error).message });
        logger.error({ err, step: name }, 'retention step failed; the next run tries again');
      }
    }
    record(outcome);
    return outcome;
  }

  /** Audits a run that changed something or failed; a quiet run is only logged. */
  function record(o: RetentionOutcome): void {
    const counts: RetentionCounts = {
      phonesErased: o.phonesErased,
      dossiersErased: o.dossiersErased,
      bookingsErased: o.bookingsErased,
      sessions: o.sessions,
      commands: o.commands,
      auditRows: o.auditRows,
      notifyPhones: o.notifyPhones,
    };
    logger.info(
      {
        ...counts,
        transactions: o.transactions,
        longestTransactionMs: Math.round(o.longestTransactionMs),
        failures: o.failures.length,
      },
      'retention run',
    );
    if (Object.values(counts).every((n) => n === 0) && o.failures.length === 0) return;
    try {
      audit.append({
        at: clock.now(),
        actor: 'hub',
        action: o.failures.length > 0 ? 'retention-failed' : 'retention',
        subject: null,
        address: null,
        detail: { ...counts, policy, ...(o.failures.length > 0 ? { failures: o.failures } : {}) },
      });
    } catch (err) {
      logger.error({ err }, 'retention run could not be audited');
    }
  }

  const job = {
    /** Runs the policy now (one run at a time: a second call gets the running one). */
    run(): Promise<RetentionOutcome> {
      running ??= runSteps().finally(() => {
        running = null;
      });
      return running;
    },
    /** Runs once now, then daily at the policy's time; returns the stop function. */
    start(everyMs = RETENTION_TICK_MS): () => void {
      const safely = () => {
        job.run().catch((err: unknown) => logger.error({ err }, 'retention run failed'));
      };
      safely();
      const timer = setInterval(() => {
        if (running === null && retentionDue(clock.now(), policy.dailyAt, lastRunDay)) safely();
      }, everyMs);
      timer.unref();
      return () => {
        stopped = true;
        clearInterval(timer);
      };
    },
    /** Resolves when no run is in progress (the hub waits before its database closes). */
    async idle(): Promise<void> {
      await running?.catch(() => undefined);
    },
  };
  return job;
}
