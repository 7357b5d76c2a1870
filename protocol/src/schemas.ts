/**
 * zod schemas for every inbound payload. Objects are strict: an unknown
 * field is refused like a wrong type.
 */
import { z } from 'zod';
import { TICKET_CODE_PATTERN } from './codes';
import { COUNTER_STATES, OUTCOMES, PRIORITY_CLASSES, RATINGS } from './queue';
import { PRINTER_STATES } from './devices';
import { phoneSchema } from './phone';

/** Largest inbound payload the hub accepts, in bytes (socket.io and HTTP). */
export const MAX_PAYLOAD_BYTES = 64 * 1024;

/** A client-made id that makes a command idempotent. */
export const commandIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'commandId: 8–64 letters, digits, _ or -');
export const serviceCodeSchema = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);
export const counterNumberSchema = z.number().int().min(1).max(999);
export const ticketIdSchema = z.string().min(1).max(64);
const reasonSchema = z.string().trim().min(1).max(200);

export const issueTicketSchema = z.strictObject({
  commandId: commandIdSchema,
  service: serviceCodeSchema,
  priority: z.enum(PRIORITY_CLASSES).default('none'),
  /** A walk-in dossier registration this ticket carries. */
  registrationId: z.string().min(1).max(64).optional(),
  /** A mobile number to tell when the ticket nears its turn (optional, issue 19); kept sealed, never shown. */
  phone: phoneSchema.optional(),
});
export type IssueTicketCommand = z.input<typeof issueTicketSchema>;

export const commandOnlySchema = z.strictObject({ commandId: commandIdSchema });
export type CommandOnly = z.input<typeof commandOnlySchema>;

export const signInCounterSchema = z.strictObject({ commandId: commandIdSchema, counter: counterNumberSchema });
export type SignInCounterCommand = z.input<typeof signInCounterSchema>;

export const callNumberSchema = z.strictObject({
  commandId: commandIdSchema,
  code: z.string().trim().toUpperCase().regex(TICKET_CODE_PATTERN, 'code: a ticket code such as A015'),
});
export type CallNumberCommand = z.input<typeof callNumberSchema>;

export const finishSchema = z.strictObject({ commandId: commandIdSchema, outcome: z.enum(OUTCOMES) });
export type FinishCommand = z.input<typeof finishSchema>;

export const transferSchema = z.strictObject({
  commandId: commandIdSchema,
  to: z.union([z.strictObject({ service: serviceCodeSchema }), z.strictObject({ counter: counterNumberSchema })]),
  toFront: z.boolean().default(false),
});
export type TransferCommand = z.input<typeof transferSchema>;

export const reactivateSchema = z.strictObject({ commandId: commandIdSchema, ticketId: ticketIdSchema });
export type ReactivateCommand = z.input<typeof reactivateSchema>;

export const setCounterStateSchema = z
  .strictObject({
    commandId: commandIdSchema,
    state: z.enum(COUNTER_STATES),
    reason: reasonSchema.optional(),
  })
  .refine((c) => c.state !== 'paused' || c.reason !== undefined, { message: 'reason: required to pause', path: ['reason'] });
export type SetCounterStateCommand = z.input<typeof setCounterStateSchema>;

export const rateSchema = z.strictObject({
  commandId: commandIdSchema,
  ticketId: ticketIdSchema,
  /** null records that the citizen did not answer in time. */
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.null()]),
});
export type RateCommand = z.input<typeof rateSchema>;
export const ratingValueSchema = z.union(RATINGS.map((r) => z.literal(r)) as [z.ZodLiteral<1>, ...z.ZodLiteral<number>[]]);

/** Supervisor: change any counter's state. */
export const supervisorSetCounterStateSchema = z
  .strictObject({
    commandId: commandIdSchema,
    counter: counterNumberSchema,
    state: z.enum(COUNTER_STATES),
    reason: reasonSchema.optional(),
  })
  .refine((c) => c.state !== 'paused' || c.reason !== undefined, { message: 'reason: required to pause', path: ['reason'] });
export type SupervisorSetCounterStateCommand = z.input<typeof supervisorSetCounterStateSchema>;

/** Supervisor: move waiting tickets to another service (they keep their place). */
export const moveTicketsSchema = z.strictObject({
  commandId: commandIdSchema,
  ticketIds: z.array(ticketIdSchema).min(1).max(500),
  toService: serviceCodeSchema,
});
export type MoveTicketsCommand = z.input<typeof moveTicketsSchema>;

export const hallMessageSchema = z.strictObject({
  commandId: commandIdSchema,
  message: z.string().trim().max(300).nullable(),
});
export type HallMessageCommand = z.input<typeof hallMessageSchema>;

export const printerReportSchema = z.strictObject({
  commandId: commandIdSchema,
  state: z.enum(PRINTER_STATES),
  detail: z.string().max(300).optional(),
});
export type PrinterReportCommand = z.input<typeof printerReportSchema>;

export const loginSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.input<typeof loginSchema>;

export const snapshotRequestSchema = z.strictObject({}).optional();
