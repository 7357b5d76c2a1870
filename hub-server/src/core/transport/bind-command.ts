/**
 * Binds a socket command: rate limit → principal still valid → size check →
 * zod parse → handler → ack. Any failure is acked as a typed error; nothing throws into
 * socket.io. Event names, schemas and ack values come from the namespace's
 * command table in @luot/protocol: `bind('ticket:issue', handler)` parses with
 * that event's schema, so a misspelt event, a wrong payload use or a wrong
 * result is a compile error.
 */
import {
  MAX_PAYLOAD_BYTES,
  fail,
  luotError,
  parsePayload,
  type AckOf,
  type CommandTable,
  type PayloadOut,
  type Principal,
  type Result,
} from '@luot/protocol';
import { isStorageFull } from '../db/sqlite-errors';
import type { Logger } from '../logger';
import { takeCommand, type CommandBucket, type CommandRate } from './command-rate-rules';

type AnyAck = (result: Result<unknown>) => void;

/** What a command handler gives back: a result now, or after the commit that makes it durable. */
export type Reply<T> = Result<T> | Promise<Result<T>>;

type CommandName<T> = keyof T & string;

/** Binds the commands of table `T` (or of a part of it: a feature's own commands). */
export interface CommandBinder<T extends CommandTable> {
  /**
   * The handler gets the event's name as its third argument, so a command
   * context names it without writing the name a second time.
   */
  bind<E extends CommandName<T>>(event: E, handler: (payload: PayloadOut<T[E]>, principal: Principal, event: E) => Reply<AckOf<T[E]>>): void;
  /** Refuses every event this namespace does not handle, with a typed `forbidden`. */
  refuseOthers(): void;
}

/** The part of a socket.io server socket the binder uses, whatever its event maps. */
export interface CommandSocket {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  onAny(listener: (event: string, ...args: unknown[]) => void): unknown;
  data: { principal: Principal };
}

/**
 * Re-checks the principal a socket connected with: a session can expire or be
 * revoked (logout, new password) while the socket stays open.
 */
export type PrincipalCheck = (principal: Principal) => Result<Principal>;

/** The per-socket command limit and the time it counts in (ms; real time, not the hall's clock, which tests stop). */
export interface CommandLimit {
  rate: CommandRate;
  now(): number;
}

/** The refusal of a command over the socket's limit: nothing was run or written. */
export const TOO_MANY_COMMANDS = luotError('too_many_attempts', {
  vi: 'Gửi lệnh quá nhanh: lệnh này chưa được thực hiện. Vui lòng thử lại sau giây lát.',
  en: 'Too many commands from this connection: this one was not run. Please try again in a moment.',
});

export function commandBinder<T extends CommandTable>(
  socket: CommandSocket,
  table: T,
  logger: Logger,
  check: PrincipalCheck,
  limit: CommandLimit | null = null,
): CommandBinder<T> {
  const known = new Set<string>();
  let bucket: CommandBucket | undefined;
  /** Counts one command; false when it is over the socket's limit. */
  const withinLimit = (): boolean => {
    if (limit === null) return true;
    const taken = takeCommand(bucket, limit.now(), limit.rate);
    bucket = taken.bucket;
    return taken.allowed;
  };
  return {
    bind(event, handler) {
      // Only reachable past the compiler (a cast, or plain JS): fail at wiring time, not per call.
      const entry: CommandTable[string] | undefined = table[event];
      if (!entry) throw new Error(`no command "${event}" in this namespace's table`);
      const { schema } = entry;
      known.add(event);
      socket.on(event, async (...args: unknown[]) => {
        const ack = args.at(-1);
        if (typeof ack !== 'function') return; // a command without an ack cannot be answered: drop it
        const reply = ack as AnyAck;
        const payload = args.length > 1 ? args[0] : undefined;
        try {
          // Before anything else: a flood costs the hub as little as possible and writes nothing.
          if (!withinLimit()) return reply(fail(TOO_MANY_COMMANDS));
          const principal = check(socket.data.principal);
          if (!principal.ok) return reply(principal);
          const size = payload === undefined ? 0 : Buffer.byteLength(JSON.stringify(payload));
          if (size > MAX_PAYLOAD_BYTES) return reply(fail(luotError('payload_too_large')));
          const parsed = parsePayload(schema, payload);
          if (!parsed.ok) return reply(parsed);
          // The schema is the table's own entry for `event`, so its output is that entry's payload.
          reply(await handler(parsed.value as PayloadOut<T[typeof event]>, principal.value, event));
        } catch (error) {
          logger.error({ err: error, event }, 'command failed');
          reply(fail(luotError(isStorageFull(error) ? 'storage_full' : 'internal')));
        }
      });
    },
    refuseOthers() {
      socket.onAny((event: string, ...args: unknown[]) => {
        if (known.has(event)) return;
        const ack = args.at(-1);
        if (typeof ack === 'function') {
          (ack as AnyAck)(
            fail(
              luotError('forbidden', {
                vi: `Vai trò này không được dùng lệnh "${event}".`,
                en: `This role may not use the command "${event}".`,
              }),
            ),
          );
        }
      });
    },
  };
}
