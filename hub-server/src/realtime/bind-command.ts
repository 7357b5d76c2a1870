/**
 * Binds a socket command: principal still valid → size check → zod parse →
 * handler → ack. Any failure is acked as a typed error; nothing throws into
 * socket.io. Event names and ack values come from the namespace's event map
 * in @luot/protocol, so a misspelt event or a wrong result is a compile error.
 */
import { MAX_PAYLOAD_BYTES, fail, luotError, parsePayload, type Principal, type Result } from '@luot/protocol';
import type { z } from 'zod';
import type { Logger } from '../logger';

type AnyAck = (result: Result<unknown>) => void;

/** What a command handler gives back: a result now, or after the commit that makes it durable. */
export type Reply<T> = Result<T> | Promise<Result<T>>;

/**
 * An untyped map, for binders not yet given their namespace's map (any event
 * name, any result).
 */
export type CommandMap = Record<string, (payload: never, ack: (result: Result<unknown>) => void) => void>;

/** The value a command's ack carries on success: `T` of `(payload, ack: Ack<T>) => void`. */
export type AckValue<F> = F extends (payload: never, ack: infer A) => void ? (A extends (result: Result<infer T>) => void ? T : never) : never;

type CommandName<M> = keyof M & string;

export interface CommandBinder<M = CommandMap> {
  bind<E extends CommandName<M>, S extends z.ZodType>(
    event: E,
    schema: S,
    handler: (payload: z.output<S>, principal: Principal) => Reply<AckValue<M[E]>>,
  ): void;
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

export function commandBinder<M>(socket: CommandSocket, logger: Logger, check: PrincipalCheck): CommandBinder<M> {
  const known = new Set<string>();
  return {
    bind(event, schema, handler) {
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
          reply(await handler(parsed.value, principal.value));
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
