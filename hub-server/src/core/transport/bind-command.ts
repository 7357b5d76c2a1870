/**
 * Binds a socket command: principal still valid → size check → zod parse →
 * handler → ack. Any failure is acked as a typed error; nothing throws into
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
import type { Logger } from '../logger';

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

export function commandBinder<T extends CommandTable>(socket: CommandSocket, table: T, logger: Logger, check: PrincipalCheck): CommandBinder<T> {
  const known = new Set<string>();
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
          reply(fail(luotError('internal')));
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
