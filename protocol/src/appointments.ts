/**
 * Appointments (issue 19) on the wire: the public booking API behind the
 * phone page (`/dat-lich/`), and the kiosk's check-in. A booking's code is
 * the citizen's only handle; no view here carries a name or phone number.
 */
import { z } from 'zod';
import { ack, command, type ClientToServerOf, type CommandTable } from './command-table';
import { calendarDaySchema } from './dossier-schemas';
import { phoneSchema } from './phone';
import type { TicketReceipt } from './socket-events';
import { commandIdSchema } from './schemas';
import type { LocalizedText } from './result';
import { BOOKING_CODE_LENGTH, normalizeBookingCode } from './booking-code';

const bookingCodeSchema = z.string().max(200).transform((v, ctx) => {
  const code = normalizeBookingCode(v);
  if (code === null) {
    ctx.addIssue({ code: 'custom', message: `a booking code of ${BOOKING_CODE_LENGTH} letters and digits` });
    return z.NEVER;
  }
  return code;
});
const serviceCodeSchema = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'a service code');
const daySchema = calendarDaySchema;
const slotTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a slot time HH:mm');

/** POST /api/v1/bookings. */
export const createBookingSchema = z.strictObject({
  service: serviceCodeSchema,
  /** The procedure the citizen comes for, when chosen from the list. */
  procedure: z.string().max(40).optional(),
  day: daySchema,
  time: slotTimeSchema,
  name: z.string().trim().min(2, 'name: at least 2 letters').max(100),
  /** A mobile number: the booking's confirmation and reminder go to it (the outbox). */
  phone: phoneSchema,
  idNumber: z
    .string()
    .trim()
    .regex(/^(\d{12})?$/, 'idNumber: the 12 digits of the ID card')
    .optional()
    .transform((v) => (v ? v : undefined)),
  note: z.string().trim().max(200).optional(),
});
export type CreateBookingRequest = z.input<typeof createBookingSchema>;
/** A booking request once parsed (phone normalized, empty ID number dropped). */
export type ParsedBookingRequest = z.output<typeof createBookingSchema>;

/** POST /api/v1/bookings/{code}/move. */
export const moveBookingSchema = z.strictObject({ day: daySchema, time: slotTimeSchema });
export type MoveBookingRequest = z.input<typeof moveBookingSchema>;

/** A booking code in a URL path or a kiosk's scan. */
export const bookingCodePathSchema = bookingCodeSchema;

/** POST /api/v1/bookings/check-in: the code typed or the QR's text, as scanned. */
export const checkInSchema = z.strictObject({ code: bookingCodeSchema });

/** GET /api/v1/appointments/slots query. */
export const slotQuerySchema = z.strictObject({ service: serviceCodeSchema, day: daySchema });

export const BOOKING_STATES = ['booked', 'cancelled', 'checked_in'] as const;
export type BookingState = (typeof BOOKING_STATES)[number];

/** What the page and the API show of a booking: never the name or phone. */
export interface BookingView {
  code: string;
  service: string;
  serviceName: LocalizedText;
  procedure: string | null;
  day: string;
  /** Local `HH:mm` of the slot's start, and its end. */
  time: string;
  endTime: string;
  state: BookingState;
  /** When check-in at the kiosk opens and closes (epoch ms). */
  checkInOpensAt: number;
  checkInClosesAt: number;
}

export interface BookableService {
  code: string;
  name: LocalizedText;
  procedures: { code: string; name: string }[];
}

export interface AppointmentOptions {
  services: BookableService[];
  /** Days offered, from today, each with whether the hall opens. */
  days: { day: string; open: boolean }[];
  checkInBeforeMinutes: number;
  checkInAfterMinutes: number;
}

export interface SlotAvailability {
  service: string;
  day: string;
  open: boolean;
  slots: { time: string; endTime: string; free: number }[];
}

/** The supervisor's day of bookings: counts, and one row per booking (no personal data). */
export interface BookingDay {
  day: string;
  booked: number;
  arrived: number;
  noShow: number;
  cancelled: number;
  bookings: { code: string; service: string; time: string; state: BookingState | 'no_show'; ticketCode: string | null }[];
}

/** The booking behind an appointment ticket, for the officer who calls it. */
export interface TicketBooking {
  code: string;
  time: string;
  procedure: string | null;
  note: string | null;
}

/** A booking checked in: the booking, and the ticket to print. */
export interface BookingCheckIn {
  booking: BookingView;
  receipt: TicketReceipt;
}

/** The kiosk's booking command: the code as typed or the QR's text, as scanned. */
export const checkInCommandSchema = z.strictObject({ commandId: commandIdSchema, code: bookingCodeSchema });
export type CheckInCommand = z.input<typeof checkInCommandSchema>;

export const kioskBookingCommands = {
  'booking:check-in': command(checkInCommandSchema, ack<BookingCheckIn>(), 'Check a booking in within its window; the ack carries the appointment ticket to print.'),
} satisfies CommandTable;
export type KioskBookingClientToServer = ClientToServerOf<typeof kioskBookingCommands>;

/** GET /api/v1/bookings query: the day, default today. */
export const bookingDayQuerySchema = z.strictObject({ day: calendarDaySchema.optional() });
