/** The Idempotency-Key header → a command id, or a typed 400 when it is malformed. */
import { idempotencyKeySchema, luotError, ok, fail, type Result } from '@luot/protocol';
import type { FastifyRequest } from 'fastify';

export function commandIdOf(req: FastifyRequest): Result<string | undefined> {
  const header = req.headers['idempotency-key'];
  if (header === undefined) return ok(undefined);
  const key = idempotencyKeySchema.safeParse(header);
  if (!key.success) {
    return fail(
      luotError(
        'invalid_payload',
        { vi: 'Idempotency-Key: 8–64 chữ cái, chữ số, _ hoặc -.', en: 'Idempotency-Key: 8–64 letters, digits, _ or -.' },
        'Idempotency-Key',
      ),
    );
  }
  // HTTP keys live in their own space so they never collide with socket commandIds.
  return ok(`http-${key.data}`);
}
