/**
 * zod schemas for the HTTP API's inbound bodies, headers and path parameters
 * (hub-server/openapi.yaml). Objects are strict, like the socket commands'.
 */
import { z } from 'zod';
import type { PrinterState } from './devices';
import { DEVICE_ROLES, STAFF_ROLES } from './queue';
import { issueTicketSchema } from './schemas';

/** POST /api/v1/tickets: the socket command without its commandId (the Idempotency-Key header plays that part). */
export const httpIssueTicketSchema = z.strictObject({
  service: issueTicketSchema.shape.service,
  priority: issueTicketSchema.shape.priority,
});
export type HttpIssueTicketRequest = z.input<typeof httpIssueTicketSchema>;

/** The Idempotency-Key header: the HTTP form of a command's commandId. */
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Idempotency-Key: 8–64 letters, digits, _ or -');

/** A counter number in a URL path: digits only, 1–999 (no "1e2", no " 1"). */
export const counterPathSchema = z
  .string()
  .regex(/^[0-9]{1,3}$/, 'number: a counter number, 1–999')
  .transform(Number)
  .refine((n) => n >= 1, 'number: a counter number, 1–999');

export const deviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'id: 1–32 letters, digits, _ or -');
export const usernameSchema = z.string().regex(/^[a-z0-9._-]{2,40}$/, 'username: 2–40 lower-case letters, digits, . _ or -');
const personNameSchema = z.string().trim().min(1).max(100);
const passwordSchema = z.string().min(8).max(128);

/** POST /api/v1/devices: enrol a device, or re-enrol an existing id with a new name, role and token. */
export const enrolDeviceSchema = z.strictObject({
  id: deviceIdSchema,
  name: personNameSchema,
  role: z.enum(DEVICE_ROLES),
});
export type EnrolDeviceRequest = z.input<typeof enrolDeviceSchema>;

/** POST /api/v1/users: a new staff account. */
export const createUserSchema = z.strictObject({
  username: usernameSchema,
  name: personNameSchema,
  role: z.enum(STAFF_ROLES),
  password: passwordSchema,
  /** The password is a one-time one the officer must replace at first sign-in (default true: an admin gave it). */
  mustChangePassword: z.boolean().optional(),
});
export type CreateUserRequest = z.input<typeof createUserSchema>;

/** POST /api/v1/auth/password: a signed-in officer's own new password. */
export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: passwordSchema,
});
export type ChangePasswordRequest = z.input<typeof changePasswordSchema>;

/** PATCH /api/v1/users/{username}: any of these; at least one. */
export const updateUserSchema = z
  .strictObject({
    name: personNameSchema.optional(),
    role: z.enum(STAFF_ROLES).optional(),
    active: z.boolean().optional(),
    password: passwordSchema.optional(),
    /** With a password: it is one-time (default true). Alone: demand a change at next sign-in. */
    mustChangePassword: z.boolean().optional(),
  })
  .refine((u) => Object.values(u).some((v) => v !== undefined), { message: 'give at least one of name, role, active, password' });
export type UpdateUserRequest = z.input<typeof updateUserSchema>;

/** A staff account as the admin screens list it (never the password hash). */
export interface StaffAccount {
  id: string;
  username: string;
  name: string;
  role: (typeof STAFF_ROLES)[number];
  active: boolean;
}

/** An enrolled device as the admin screens list it (never the token). */
export interface EnrolledDevice {
  id: string;
  name: string;
  role: (typeof DEVICE_ROLES)[number];
  printerState: PrinterState | null;
  lastSeenAt: number | null;
}

/** A device's token as enrolment or rotation returns it: shown once, stored by the hub only as a hash. */
export interface DeviceToken {
  id: string;
  name: string;
  role: (typeof DEVICE_ROLES)[number];
  token: string;
}
