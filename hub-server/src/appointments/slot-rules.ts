/**
 * Pure rules of appointments: the slots of a service's day, how many
 * bookings a slot and a day take (keeping the walk-ins' share), which days
 * the page offers, and whether a booking may check in now. No I/O.
 */
import type { AppointmentsConfig } from '../core/config/appointments-schema';
import type { HallConfig, ServiceConfig } from '../core/config/hall-config-schema';
import { addDays, localDay, localTime } from '../core/clock';
import { bookableSpans } from './booking-calendar';

export interface Slot {
  /** Local `HH:mm` the slot starts at: the slot's name on the page and in the API. */
  time: string;
  start: number;
  end: number;
}

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** The slots of a service on a local day: whole slots from each session's start, none past its end. */
export function slotsOf(config: Pick<HallConfig, 'hours'>, appointments: Pick<AppointmentsConfig, 'slotMinutes'>, service: Pick<ServiceConfig, 'sessions'>, day: string): Slot[] {
  const out: Slot[] = [];
  for (const span of bookableSpans(config, day, service)) {
    const end = minutes(span.end);
    for (let m = minutes(span.start); m + appointments.slotMinutes <= end; m += appointments.slotMinutes) {
      const time = clock(m);
      const start = localTime(day, time);
      out.push({ time, start, end: start + appointments.slotMinutes * 60_000 });
    }
  }
  return out;
}

/** Bookings a service takes in one day: what its daily cap leaves after the walk-ins' share. */
export function dailyBookingCapacity(appointments: Pick<AppointmentsConfig, 'walkInSharePercent'>, service: Pick<ServiceConfig, 'dailyCap'>): number {
  return Math.floor((service.dailyCap * (100 - appointments.walkInSharePercent)) / 100);
}

/** The local days the page offers, from today, open or not (a closed day says so when chosen). */
export function offeredDays(appointments: Pick<AppointmentsConfig, 'daysAhead'>, now: number): string[] {
  const today = localDay(now);
  return Array.from({ length: appointments.daysAhead + 1 }, (_, i) => addDays(today, i));
}

export type SlotRefusal = 'day_not_offered' | 'day_closed' | 'no_such_slot' | 'slot_past' | 'slot_full' | 'day_full';

export interface SlotLoad {
  /** Live bookings in the chosen slot (not counting the one being placed). */
  inSlot: number;
  /** Live bookings of the service that day. */
  inDay: number;
}

/**
 * May a booking take this slot? Checks, in the order a citizen can act on:
 * the day is offered, the hall opens, the slot exists and has not started,
 * then the slot's and the day's capacity.
 */
export function admitBooking(
  config: Pick<HallConfig, 'hours'>,
  appointments: AppointmentsConfig,
  service: Pick<ServiceConfig, 'sessions' | 'dailyCap'>,
  day: string,
  time: string,
  load: SlotLoad,
  now: number,
): { ok: true; slot: Slot } | { ok: false; reason: SlotRefusal } {
  if (!offeredDays(appointments, now).includes(day)) return { ok: false, reason: 'day_not_offered' };
  const slots = slotsOf(config, appointments, service, day);
  if (slots.length === 0) return { ok: false, reason: 'day_closed' };
  const slot = slots.find((s) => s.time === time);
  if (!slot) return { ok: false, reason: 'no_such_slot' };
  if (slot.start <= now) return { ok: false, reason: 'slot_past' };
  if (load.inSlot >= appointments.capacityPerSlot) return { ok: false, reason: 'slot_full' };
  if (load.inDay >= dailyBookingCapacity(appointments, service)) return { ok: false, reason: 'day_full' };
  return { ok: true, slot };
}

export type CheckInVerdict =
  | { kind: 'open'; aheadUntil: number }
  | { kind: 'too_early'; opensAt: number }
  | { kind: 'too_late'; closedAt: number }
  | { kind: 'other_day' };

/** Where `now` falls in a booking's check-in window (`checkInBeforeMinutes` before the slot to `checkInAfterMinutes` after its start). */
export function checkInVerdict(
  appointments: Pick<AppointmentsConfig, 'checkInBeforeMinutes' | 'checkInAfterMinutes'>,
  booking: { day: string; slotStart: number; slotEnd: number },
  now: number,
): CheckInVerdict {
  if (booking.day !== localDay(now)) return booking.day > localDay(now) ? { kind: 'too_early', opensAt: booking.slotStart - appointments.checkInBeforeMinutes * 60_000 } : { kind: 'other_day' };
  const opensAt = booking.slotStart - appointments.checkInBeforeMinutes * 60_000;
  const closesAt = booking.slotStart + appointments.checkInAfterMinutes * 60_000;
  if (now < opensAt) return { kind: 'too_early', opensAt };
  if (now > closesAt) return { kind: 'too_late', closedAt: closesAt };
  return { kind: 'open', aheadUntil: booking.slotEnd };
}
