/**
 * Runs one command as one SQLite transaction: state change + event rows +
 * the idempotency record. Commit, then tell: events are broadcast only after
 * the commit, and a command that fails writes nothing.
 */
import { luotError, type HallEvent, type Result } from '@luot/protocol';
import type { Db } from '../db/open';
import type { EventLog, UnsequencedEvent } from './event-log';

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

export function createCommandRunner(db: Db, log: EventLog, broadcast: Broadcast, today: () => { now: number; day: string }) {
  const findCommand = db.prepare<[string], { actor: string; name: string; result: string }>(
    'SELECT actor, name, result FROM commands WHERE command_id = ?',
  );
  const saveCommand = db.prepare<[string, string, string, string, number]>(
    'INSERT INTO commands (command_id, actor, name, result, at) VALUES (?, ?, ?, ?, ?)',
  );

  return function run<T>(ctx: CommandContext, body: (tx: Tx) => Result<T>): Result<T> {
    const emitted: HallEvent[] = [];
    let replayed = false;
    const transaction = db.transaction((): Result<T> => {
      if (ctx.commandId) {
        const previous = findCommand.get(ctx.commandId);
        if (previous) {
          if (previous.actor !== ctx.actor || previous.name !== ctx.name) {
            return {
              ok: false,
              error: luotError(
                'conflict',
                { vi: 'Mã lệnh (commandId) đã được dùng cho một lệnh khác.', en: 'This commandId was already used for another command.' },
                'commandId',
              ),
            };
          }
          replayed = true;
          return { ok: true, value: JSON.parse(previous.result) as T };
        }
      }
      const { now, day } = today();
      const tx: Tx = {
        now,
        day,
        emit: (event) => {
          const sequenced = log.append(event, day, ctx.actor);
          emitted.push(sequenced);
          return sequenced;
        },
      };
      const result = body(tx);
      if (!result.ok) throw new Rollback(result);
      if (ctx.commandId) saveCommand.run(ctx.commandId, ctx.actor, ctx.name, JSON.stringify(result.value), now);
      return result;
    });
    let result: Result<T>;
    try {
      result = transaction.immediate();
    } catch (e) {
      if (e instanceof Rollback) return e.result;
      throw e;
    }
    if (!replayed && emitted.length > 0) broadcast(emitted);
    return result;
  };
}

export type CommandRunner = ReturnType<typeof createCommandRunner>;
