/**
 * The admin console's officers and devices (issue 17): pairing a new device
 * by a short code, placing a device, and who is signed in where.
 */
import { z } from 'zod';
import type { PrinterState } from './devices';
import { DEVICE_ROLES, type STAFF_ROLES, type DeviceRole } from './queue';

/** POST /api/v1/pairing: a device with no token asks for a code; it says which app it is. */
export const pairingRequestSchema = z.strictObject({ role: z.enum(DEVICE_ROLES) });
export type PairingRequest = z.input<typeof pairingRequestSchema>;

/** The answer: the code to show, and the secret the device polls with (never shown). */
export interface PairingTicket {
  /** Secret: whoever holds it receives the token. */
  pairingId: string;
  code: string;
  role: DeviceRole;
  expiresAt: number;
}

/** GET /api/v1/pairing/{pairingId}: still waiting, or paired (the token, given once). */
export type PairingStatus =
  | { state: 'waiting'; code: string; expiresAt: number }
  | { state: 'paired'; device: PlacedDevice; token: string };

export const pairingIdSchema = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'pairingId: the secret the hub gave');

const deviceNameSchema = z.string().trim().min(1).max(100);
const areaSchema = z.string().trim().min(1).max(40).nullable();
const counterNumberSchema = z.number().int().min(1).max(999).nullable();

/** POST /api/v1/pairing/claim: the admin confirms a code and says what the device is. */
export const pairingClaimSchema = z.strictObject({
  code: z.string().min(1).max(20),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'id: 1–32 letters, digits, _ or -'),
  name: deviceNameSchema,
  role: z.enum(DEVICE_ROLES),
  area: areaSchema.optional(),
  counter: counterNumberSchema.optional(),
});
export type PairingClaim = z.input<typeof pairingClaimSchema>;

/** PATCH /api/v1/devices/{id}: rename, move to an area, assign a counter; at least one. */
export const updateDeviceSchema = z
  .strictObject({ name: deviceNameSchema.optional(), area: areaSchema.optional(), counter: counterNumberSchema.optional() })
  .refine((d) => Object.values(d).some((v) => v !== undefined), { message: 'give at least one of name, area, counter' });
export type UpdateDeviceRequest = z.input<typeof updateDeviceSchema>;

/** A device with where it stands. */
export interface PlacedDevice {
  id: string;
  name: string;
  role: DeviceRole;
  area: string | null;
  counter: number | null;
}

/** GET /api/v1/devices/overview: every enrolled device, where it stands, its printer, and whether it is connected now. */
export interface DeviceOverview extends PlacedDevice {
  printerState: PrinterState | null;
  printerDetail: string | null;
  lastSeenAt: number | null;
  connected: boolean;
}

/** One open staff session: since when, until when, and whether a screen is connected with it now. */
export interface StaffSessionView {
  since: number;
  expiresAt: number;
  connected: boolean;
}

/** GET /api/v1/staff-overview: an account and where it is signed in. */
export interface StaffOverview {
  id: string;
  username: string;
  name: string;
  role: (typeof STAFF_ROLES)[number];
  active: boolean;
  mustChangePassword: boolean;
  /** The counter the officer is signed in at, if any. */
  counter: number | null;
  sessions: StaffSessionView[];
}
