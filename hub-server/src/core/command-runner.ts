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
 */
import { luotError, type HallEvent, type Result } from '@luot/protocol';
import type { Db } from './db/open';
import type { EventLog, UnsequencedEvent } from './event-log';
import { createCommandIndex } from './command-index';

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

export function createCommandRunner(db: Db, log: EventLog, broadcast: Broadcast, today: () => { now: number; day: string }) {
  const commands = createCommandIndex(db, today().now);

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

  const runBatch = db.transaction((batch: Pending[], now: number, day: string): Outcome[] => {
    return batch.map((p): Outcome => {
      try {
        return runOne(p, now, day);
      } catch (e) {
        return e instanceof Rollback ? { result: e.result, events: [] } : { error: e };
      }
    });
  });

  let queue: Pending[] = [];
  let scheduled = false;

  function flush(): void {
    scheduled = false;
    const { now, day } = today();
    const opens = dayStart !== undefined && day !== openedDay;
    // Whoever waits for an opening the clock no longer needs is answered now.
    if (!opens) settleOpening(true);
    const batch = opens ? [opening(day, settleOpening), ...queue] : queue;
    queue = [];
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = runBatch.immediate(batch, now, day);
    } catch (e) {
      // Nothing of the batch was committed: its ids must not look recorded.
      commands.rolledBack();
      for (const p of batch) p.reject(e);
      return;
    }
    commands.committed();
    commands.prune(now);
    broadcast(outcomes.flatMap((o) => ('events' in o ? o.events : [])));
    outcomes.forEach((o, i) => ('error' in o ? batch[i]!.reject(o.error) : batch[i]!.resolve(o.result)));
  }

  function schedule(): void {
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
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
