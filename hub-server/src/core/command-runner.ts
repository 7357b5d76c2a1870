/**
 * Runs commands durably, with group commit. Commands that arrive in the same
 * turn of the event loop run one after another in ONE SQLite transaction, each
 * inside its own savepoint (state change + event rows + idempotency record);
 * one fsync commits them all. Commit, then tell: acks and broadcasts happen
 * only after that commit, and a command that fails rolls back its savepoint
 * and writes nothing, without touching the others of its batch.
 *
 * The day is read once per batch (`tx.day`): the first batch of a new local
 * day starts with the day's opening (`startEachDay`: expiring yesterday's
 * tickets, closing counters), in the same transaction, before its commands.
 *
 * Bookkeeping that needs no fsync of its own (a device's `last_seen_at` at
 * each authentication) goes through `writeAside`: kept by key (a newer write
 * of one key replaces the older), run at the start of the next batch, or in a
 * batch of its own after `ASIDE_DELAY_MS` when the hall is quiet.
 */
import { luotError, type HallEvent, type Result } from '@luot/protocol';
import type { Db } from './db/open';
import type { EventLog, UnsequencedEvent } from './event-log';
import { createCommandIndex } from './command-index';
import { isStorageFull } from './db/sqlite-errors';

export interface CommandContext {
  /** Who runs it, e.g. `device:kiosk-1` or `user:canbo01`. */
  actor: string;
  /** The command's name, e.g. `counter:call-next`. */
  name: string;
  /** The client-made id; a retry with the same id returns the first result. */
  commandId?: string;
}

export interface Tx {
  now: number;
  day: string;
  emit(event: UnsequencedEvent): HallEvent;
}

class Rollback extends Error {
  constructor(readonly result: Result<never>) {
    super('rollback');
  }
}

export type Broadcast = (events: readonly HallEvent[]) => void;

interface Pending {
  ctx: CommandContext;
  body: (tx: Tx) => Result<unknown>;
  resolve: (result: Result<unknown>) => void;
  reject: (error: unknown) => void;
}

type Outcome = { result: Result<unknown>; events: HallEvent[] } | { error: unknown };

/** What opens a new day, run as the first command of its first batch. */
export type DayStart = (tx: Tx) => Result<null>;
const DAY_START: CommandContext = { actor: 'hub', name: 'day:rollover' };

/** How long a write set aside may wait for a command's commit before it commits alone. */
export const ASIDE_DELAY_MS = 2000;

/**
 * Group commit under load. When the last batch held two commands or more
 * and committed moments ago, several clients are waiting on commits and
 * their next commands are on their way: the runner then keeps gathering,
 * polling the sockets each turn of the event loop, until twice the last
 * batch has come or this long has passed, and commits them with one fsync
 * (PostgreSQL's commit_delay, judged by the same sign). A quiet hall, one
 * command at a time, never waits. Issue 21: ten kiosks issuing flat out
 * went from batches of 4.8 commands on average to 6.9 (a counting build).
 */
export const GATHER_WINDOW_MS = 0.3;
/** "Moments ago": a batch that committed longer ago than this says nothing about now. */
const BUSY_WITHIN_MS = 5;
/** Bounds on the gathering, whatever the clock does (a test's fake timers). */
const MAX_GATHER_TURNS = 100;
const MAX_GATHERED = 64;

/** Where the runner reports what went wrong outside any command (a broadcast that threw). */
export type RunnerTrouble = (err: unknown, what: string) => void;

export function createCommandRunner(
  db: Db,
  log: EventLog,
  broadcast: Broadcast,
  today: () => { now: number; day: string },
  trouble: RunnerTrouble = () => undefined,
  options: { gatherWindowMs?: number } = {},
) {
  const commands = createCommandIndex(db, today().now);
  let aside = new Map<string, () => void>();
  let asideTimer: NodeJS.Timeout | null = null;
  /** Each write set aside in its own savepoint: one that fails (a deleted row) spoils nothing else. */
  const runAside = db.transaction((write: () => void) => write());

  /** One command inside the batch's transaction; nested, so better-sqlite3 gives it a savepoint. */
  const runOne = db.transaction((p: Pending, now: number, day: string): { result: Result<unknown>; events: HallEvent[] } => {
    const { ctx } = p;
    if (ctx.commandId) {
      const previous = commands.find(ctx.commandId);
      if (previous) {
        if (previous.actor !== ctx.actor || previous.name !== ctx.name) {
          return {
            result: {
              ok: false,
              error: luotError(
                'conflict',
                { vi: 'Mã lệnh (commandId) đã được dùng cho một lệnh khác.', en: 'This commandId was already used for another command.' },
                'commandId',
              ),
            },
            events: [],
          };
        }
        return { result: { ok: true, value: JSON.parse(previous.result) as unknown }, events: [] };
      }
    }
    const events: HallEvent[] = [];
    const tx: Tx = { now, day, emit: (event) => { const e = log.append(event, day, ctx.actor); events.push(e); return e; } };
    const result = p.body(tx);
    if (!result.ok) throw new Rollback(result);
    if (ctx.commandId) commands.record(ctx.commandId, ctx.actor, ctx.name, JSON.stringify(result.value), now);
    return { result, events };
  });

  let dayStart: DayStart | undefined;
  /** The day whose opening is committed (null until the first batch, which checks). */
  let openedDay: string | null = null;
  const opening = (day: string, done: (committed: boolean) => void): Pending => ({
    ctx: DAY_START,
    body: (tx) => dayStart!(tx),
    resolve: (result) => {
      if (result.ok) openedDay = day;
      done(result.ok);
    },
    reject: () => done(false),
  });
  /** Whoever waits for the current day's opening (the day timer, tests). */
  let openingWaiters: ((committed: boolean) => void)[] = [];
  const settleOpening = (committed: boolean) => {
    const waiters = openingWaiters;
    openingWaiters = [];
    for (const w of waiters) w(committed);
  };

  /**
   * Set when the disk filled during the batch. SQLite may then have rolled
   * back the whole transaction itself, so what fails next (a savepoint's
   * rollback, the commit) says something else: the batch is answered
   * `storage_full` all the same.
   */
  let diskFull = false;
  const runBatch = db.transaction((batch: Pending[], now: number, day: string, writes: (() => void)[]): Outcome[] => {
    for (const write of writes) {
      if (!db.inTransaction) break;
      try {
        runAside(write);
      } catch (e) {
        diskFull ||= isStorageFull(e);
        trouble(e, 'a write set aside');
      }
    }
    const outcomes: Outcome[] = [];
    for (const p of batch) {
      // SQLite rolls the whole transaction back itself on some errors (a full
      // disk): the commands after it would then run unprotected, each
      // committed alone, while the batch is answered as failed. Stop instead.
      if (!db.inTransaction) throw new Error('the batch transaction was rolled back by SQLite');
      try {
        outcomes.push(runOne(p, now, day));
      } catch (e) {
        diskFull ||= isStorageFull(e);
        outcomes.push(e instanceof Rollback ? { result: e.result, events: [] } : { error: e });
      }
    }
    if (!db.inTransaction) throw new Error('the batch transaction was rolled back by SQLite');
    return outcomes;
  });
  const STORAGE_FULL: Result<never> = { ok: false, error: luotError('storage_full') };

  let queue: Pending[] = [];
  let scheduled = false;

  /**
   * Runs on setImmediate, so nothing may escape it: a throw here would end
   * the process. Whatever fails rejects the batch's commands instead.
   */
  function flush(): void {
    scheduled = false;
    const batch = queue;
    queue = [];
    const writes = [...aside.values()];
    aside = new Map();
    if (asideTimer) clearTimeout(asideTimer);
    asideTimer = null;
    let outcomes: Outcome[];
    let now: number;
    let full: Pending[] = batch;
    diskFull = false;
    try {
      const clock = today();
      now = clock.now;
      const opens = dayStart !== undefined && clock.day !== openedDay;
      // Whoever waits for an opening the clock no longer needs is answered now.
      if (!opens) settleOpening(true);
      full = opens ? [opening(clock.day, settleOpening), ...batch] : batch;
      if (full.length === 0 && writes.length === 0) return;
      outcomes = runBatch.immediate(full, now, clock.day, writes);
    } catch (e) {
      // Nothing of the batch was committed: its ids must not look recorded.
      commands.rolledBack();
      trouble(e, 'a batch of commands');
      if (diskFull || isStorageFull(e)) {
        // Answered, not thrown: kiosks show the typed error, and a retry later simply works.
        for (const p of full) p.resolve(STORAGE_FULL);
        return;
      }
      for (const p of full) p.reject(e);
      // The clock itself failed before any opening was tried: its waiters hear it too.
      if (!full.some((p) => p.ctx === DAY_START)) settleOpening(false);
      return;
    }
    commands.committed();
    commands.prune(now);
    try {
      broadcast(outcomes.flatMap((o) => ('events' in o ? o.events : [])));
    } catch (e) {
      // Committed all the same: the acks go out, and clients resync on the sequence gap.
      trouble(e, 'a broadcast');
    }
    outcomes.forEach((o, i) => {
      if (!('error' in o)) full[i]!.resolve(o.result);
      else if (isStorageFull(o.error)) full[i]!.resolve(STORAGE_FULL);
      else full[i]!.reject(o.error);
    });
  }

  /** The last batch's size and when it committed (performance.now()), to tell a busy hall. */
  let lastBatchSize = 0;
  let lastCommitAt = -Infinity;
  let gatherSince = 0;
  let gatherTurns = 0;
  const gatherWindowMs = options.gatherWindowMs ?? GATHER_WINDOW_MS;

  /** Runs the batch, first gathering more while the hall is busy (see GATHER_WINDOW_MS). */
  function flushGathered(): void {
    const now = performance.now();
    const busy = lastBatchSize >= 2 && now - lastCommitAt < BUSY_WITHIN_MS;
    const gathered = queue.length >= Math.min(2 * lastBatchSize, MAX_GATHERED);
    if (busy && !gathered && now - gatherSince < gatherWindowMs && gatherTurns < MAX_GATHER_TURNS) {
      gatherTurns++;
      setImmediate(flushGathered);
      return;
    }
    lastBatchSize = queue.length;
    flush();
    lastCommitAt = performance.now();
  }

  function schedule(): void {
    if (!scheduled) {
      scheduled = true;
      gatherSince = performance.now();
      gatherTurns = 0;
      setImmediate(flushGathered);
    }
  }

  /** Queues a command; it resolves after the commit that makes it durable. */
  function run<T>(ctx: CommandContext, body: (tx: Tx) => Result<T>): Promise<Result<T>> {
    return new Promise<Result<T>>((resolve, reject) => {
      queue.push({ ctx, body, resolve: resolve as (r: Result<unknown>) => void, reject });
      schedule();
    });
  }

  return Object.assign(run, {
    /**
     * Commits now what waits (commands queued this turn, writes set aside)
     * and stops the aside timer: at close, so a clean shutdown loses nothing.
     */
    settle(): void {
      if (asideTimer) clearTimeout(asideTimer);
      asideTimer = null;
      flush();
    },
    /**
     * Sets a write aside for the next commit (see the file's comment); a
     * later write with the same key replaces this one.
     */
    writeAside(key: string, write: () => void): void {
      aside.set(key, write);
      if (!asideTimer && !scheduled) {
        asideTimer = setTimeout(schedule, ASIDE_DELAY_MS);
        asideTimer.unref();
      }
    },
    /** Sets what opens each new day (once, at wiring). */
    startEachDay(start: DayStart): void {
      dayStart = start;
    },
    /**
     * Opens the clock's day now if no batch has yet (the day timer: a quiet
     * hall still rolls over at midnight). Resolves once that opening is
     * settled — true when committed or already open, false when it failed
     * (the next batch tries again).
     */
    openToday(): Promise<boolean> {
      if (!dayStart || today().day === openedDay) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        openingWaiters.push(resolve);
        schedule();
      });
    },
  });
}

export type CommandRunner = ReturnType<typeof createCommandRunner>;
