/**
 * Binds a socket command: principal still valid → size check → zod parse →
 * handler → ack. Any failure is acked as a typed error; nothing throws into
 * socket.io.
 */
import { MAX_PAYLOAD_BYTES, fail, luotError, parsePayload, type Principal, type Result } from '@luot/protocol';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import type { Logger } from '../logger';

type AnyAck = (result: Result<unknown>) => void;

/** What a command handler gives back: a result now, or after the commit that makes it durable. */
export type Reply<T> = Result<T> | Promise<Result<T>>;

export interface CommandBinder {
  bind<S extends z.ZodType, T>(event: string, schema: S, handler: (payload: z.output<S>, principal: Principal) => Reply<T>): void;
  /** Refuses every event this namespace does not handle, with a typed `forbidden`. */
  refuseOthers(): void;
}

/**
 * Re-checks the principal a socket connected with: a session can expire or be
 * revoked (logout, new password) while the socket stays open.
 */
export type PrincipalCheck = (principal: Principal) => Result<Principal>;

export function commandBinder(socket: Socket, logger: Logger, check: PrincipalCheck): CommandBinder {
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
          const principal = check(socket.data.principal as Principal);
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
