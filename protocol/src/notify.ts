/**
 * Telling the citizen (issue 19): the kinds of message the hub sends, the
 * values each kind's template takes, and what the supervisor sees of the
 * outbox and its sender. Every kind is listed here once; the hub's templates
 * (hub-server/src/notify/message-templates.ts) must cover each.
 */
import { z } from 'zod';

export const MESSAGE_KINDS = ['booking_confirmed', 'booking_reminder', 'near_turn', 'result_ready'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * The values each kind's template fills in, all as display text (the caller
 * formats dates and times in the hall's time zone). Never a name or an ID
 * number: a message is built from these and the phone number alone.
 */
export interface MessageValues {
  /** A booking was made. `date` as dd/mm/yyyy, `time` as HH:mm. */
  booking_confirmed: { code: string; date: string; time: string; service: string };
  /** The day before a booking. */
  booking_reminder: { code: string; date: string; time: string; service: string };
  /** The ticket is `position`-th in its line (1 = next), at most the hall's `notifications.nearTurnPosition`. */
  near_turn: { ticket: string; position: string };
  /** A dossier's result can be collected, at `place` (e.g. "quầy 3"). */
  result_ready: { dossier: string; place: string };
}

/**
 * The recipient's number is validated by dossier-schemas' `phoneSchema`
 * (normalised to 10 digits, `MOBILE_PHONE_PATTERN`), one rule for every form.
 */

/** Where a message is in the outbox. `failing` is `queued` after a failed attempt. */
export const OUTBOX_STATES = ['queued', 'sending', 'sent', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export const SENDER_KINDS = ['log', 'http_sms', 'zalo_oa'] as const;
export type SenderKind = (typeof SENDER_KINDS)[number];

/** The sender's health as the supervisor's devices panel shows it. */
export const senderHealthSchema = z.object({
  sender: z.enum(SENDER_KINDS),
  /** `ok` after a send the gateway acknowledged; `down` (no answer / 5xx / timeout); `refused` (4xx, bad credentials). */
  status: z.enum(['idle', 'ok', 'down', 'refused', 'rate_limited']),
  since: z.number().int().nullable(),
  lastError: z.string().nullable(),
});
export type SenderHealth = z.infer<typeof senderHealthSchema>;

/** Today's outbox for the supervisor: counts, and the latest messages (no phone numbers, no text). */
export const outboxTodaySchema = z.object({
  day: z.string(),
  queued: z.number().int(),
  failing: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  sender: senderHealthSchema,
  messages: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(MESSAGE_KINDS),
      state: z.enum(OUTBOX_STATES),
      attempts: z.number().int(),
      queuedAt: z.number().int(),
      sentAt: z.number().int().nullable(),
      nextAt: z.number().int().nullable(),
      lastError: z.string().nullable(),
    }),
  ),
});
export type OutboxToday = z.infer<typeof outboxTodaySchema>;
