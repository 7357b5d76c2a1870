/**
 * The hall's appointments (issue 19): which services take bookings from the
 * public booking page, how the day is cut into slots, and the limits that
 * keep walk-ins served. Validated with the rest of the hall config.
 */
import { z } from 'zod';
import { reason } from './config-reason';

const code = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, reason('letters, digits, _ or -, at most 32', 'chữ cái, chữ số, _ hoặc -, tối đa 32 ký tự'));

export const appointmentsSchema = z.strictObject({
  /** Service codes that take bookings; none (the default) turns the booking page off. */
  services: z.array(code).max(100).default([]),
  /** Length of one slot in minutes; slots start at each session's start. */
  slotMinutes: z.number().int().min(5).max(240).default(30),
  /** Bookings one slot of one service takes. */
  capacityPerSlot: z.number().int().min(1).max(500).default(4),
  /** Share of a service's daily cap (percent) kept for walk-ins: bookings stop at the rest. */
  walkInSharePercent: z.number().int().min(0).max(100).default(50),
  /** Check-in at the kiosk opens this many minutes before the slot starts… */
  checkInBeforeMinutes: z.number().int().min(0).max(240).default(15),
  /** …and closes this many minutes after it starts; later, the kiosk offers a normal ticket. */
  checkInAfterMinutes: z.number().int().min(0).max(240).default(10),
  /** Bookings one phone number may hold for one day. */
  perPhonePerDay: z.number().int().min(1).max(20).default(2),
  /** How many days ahead the page offers (today counts as day 0). */
  daysAhead: z.number().int().min(0).max(90).default(14),
  /** Local time the day-before reminders are queued (for the next day's bookings). */
  reminderAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, reason('a time HH:mm such as 16:00', 'một giờ dạng HH:mm, ví dụ 16:00')).default('16:00'),
  /** A checked-in appointment is called ahead of walk-ins of its service until its slot ends. */
  aheadOfWalkIns: z.boolean().default(true),
});

export type AppointmentsConfig = z.output<typeof appointmentsSchema>;
