/**
 * Queueing a message to a citizen: call it inside the write transaction of
 * the event that causes it (a command body, a service's transaction), so the
 * message exists if and only if the event does. The dispatcher
 * (notify/outbox-dispatcher.ts) sends it after the commit.
 *
 * @example
 * // inside ctx.run(...)'s body, or db.transaction(...):
 * queueMessage(ctx, tx, {
 *   kind: 'result_ready',
 *   to: phone,                       // plain, already normalised (by phoneSchema)
 *   values: { dossier: 'H12.34-251207-0001', place: 'quầy 3' },
 *   cause: `dossier:${id}:ready`,    // the causing event: one message per cause, kind, phone and values
 * });
 */
import { createHash, randomBytes } from 'node:crypto';
import { MOBILE_PHONE_PATTERN, type MessageKind, type MessageValues } from '@luot/protocol';
import type { WritableDb } from '../db/handles';
import type { FieldCipher } from '../personal-data/field-cipher';

/** What the outbox needs of the caller's context (a HallContext has both). */
export interface OutboxWriteContext {
  db: WritableDb;
  personal: FieldCipher;
}

/** The time and local day of the transaction (a command's `Tx` fits). */
export interface OutboxMoment {
  now: number;
  day: string;
}

export interface MessageToQueue<K extends MessageKind = MessageKind> {
  kind: K;
  /** The recipient's mobile number, normalised (10 digits). Sealed at once; never logged. */
  to: string;
  values: MessageValues[K];
  /** The causing event, stable across retries of that event, e.g. `ticket:<id>:near` or `booking:<id>:confirmed`. */
  cause: string;
  /** Not sent before this time (ms), e.g. a booking's reminder the day before; default: at once. */
  notBefore?: number;
}

export class OutboxInputError extends Error {}

/** Where a phone number is sealed: the associated data binds it to its row. */
export const phonePlace = (id: string) => ({ table: 'outbox', column: 'phone', rowId: id });

/** The dedupe key: a digest, so neither the phone nor the values can be read from it. */
export function dedupeKey(personal: FieldCipher, m: MessageToQueue): string {
  const values = Object.entries(m.values as Record<string, string>).sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash('sha256')
    .update(JSON.stringify([m.cause, m.kind, personal.fingerprint(m.to, 'outbox phone'), values]))
    .digest('base64url');
}

const statements = new WeakMap<WritableDb, ReturnType<typeof prepare>>();
function prepare(db: WritableDb) {
  return db.prepare<[string, string, string, string, string, string, string, number, number]>(
    `INSERT INTO outbox (id, dedupe_key, kind, cause, day, phone, template_values, queued_at, next_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING`,
  );
}

/**
 * Queues one message; returns its id, and `queued: false` when the same
 * message (same cause, kind, phone and values) was queued before — a retried
 * command or a re-run job then queues nothing.
 * Throws OutboxInputError for a phone that is not a normalised mobile number
 * (the caller validates input first; inside a transaction this rolls it back).
 */
export function queueMessage(ctx: OutboxWriteContext, at: OutboxMoment, message: MessageToQueue): { id: string; queued: boolean } {
  if (!MOBILE_PHONE_PATTERN.test(message.to)) throw new OutboxInputError('the recipient is not a normalised Vietnamese mobile number');
  let insert = statements.get(ctx.db);
  if (!insert) statements.set(ctx.db, (insert = prepare(ctx.db)));
  const id = randomBytes(12).toString('base64url');
  const info = insert.run(
    id,
    dedupeKey(ctx.personal, message),
    message.kind,
    message.cause,
    at.day,
    ctx.personal.seal(message.to, phonePlace(id)),
    JSON.stringify(message.values),
    at.now,
    Math.max(at.now, message.notBefore ?? at.now),
  );
  return { id, queued: info.changes === 1 };
}
