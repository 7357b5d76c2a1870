/**
 * Bookings: made, moved and cancelled from the public page, checked in at the
 * kiosk (one transaction: the booking marked and its ticket issued). The
 * citizen's name, phone, ID number and note are sealed before they are stored.
 */
import { v7 as uuidv7 } from 'uuid';
import {
  fail,
  formatBookingCode,
  luotError,
  ok,
  type AppointmentOptions,
  type BookingDay,
  type BookingView,
  type Result,
  type SlotAvailability,
  type TicketBooking,
  type ParsedBookingRequest,
  type TicketReceipt,
} from '@luot/protocol';
import type { CommandContext, Tx } from '../core/command-runner';
import { addDays, formatMinute, localDay, localMinuteOfDay, localTime } from '../core/clock';
import { queueMessage } from '../core/outbox/queue-message';
import type { HallContext } from '../core/hall-context';
import type { TicketReads } from '../queue/ticket-repo';
import type { TicketService } from '../queue/ticket-service';
import { newBookingCode } from './booking-code';
import { missedReminder } from './booking-reminder-rules';
import { createBookingRepo, type BookingRecord } from './booking-repo';
import { bookingCancelled, bookingNotFound, bookingUsed, serviceNotBookable, slotRefusal, tooEarly, tooLate } from './booking-words';
import { admitBooking, checkInVerdict, offeredDays, slotsOf } from './slot-rules';

export type NewBooking = ParsedBookingRequest;

export interface CheckedIn {
  booking: BookingView;
  receipt: TicketReceipt;
}

type SealedColumn = 'name' | 'phone' | 'id_number' | 'note';
const place = (column: SealedColumn, rowId: string) => ({ table: 'bookings', column, rowId });
const PUBLIC: CommandContext = { actor: 'public:booking-page', name: 'booking:create' };

export type BookingService = ReturnType<typeof createBookingService>;

export function createBookingService(ctx: HallContext & { tickets: TicketReads }, tickets: Pick<TicketService, 'issueIn'>) {
  const { catalog, run, personal, clock } = ctx;
  const repo = createBookingRepo(ctx.db);
  const settings = () => catalog.config.appointments;
  const bookable = (code: string) => (settings().services.includes(code) ? catalog.service(code) : undefined);
  const hhmm = (at: number) => formatMinute(localMinuteOfDay(at));

  function view(b: BookingRecord): BookingView {
    const a = settings();
    return {
      code: formatBookingCode(b.code),
      service: b.service,
      serviceName: catalog.service(b.service)?.name ?? { vi: b.service, en: b.service },
      procedure: b.procedure,
      day: b.day,
      time: hhmm(b.slotStart),
      endTime: hhmm(b.slotEnd),
      state: b.state,
      checkInOpensAt: b.slotStart - a.checkInBeforeMinutes * 60_000,
      checkInClosesAt: b.slotStart + a.checkInAfterMinutes * 60_000,
    };
  }

  /**
   * Queues a message about a booking to its phone, in the booking's own
   * transaction (the outbox sends it after the commit, once). `cause` names
   * the event: a retry of it queues nothing twice.
   */
  function tell(tx: Tx, b: BookingRecord, kind: 'booking_confirmed' | 'booking_reminder', cause: string): boolean {
    if (b.phone === '') return false;
    const [y, m, d] = b.day.split('-');
    return queueMessage(ctx, tx, {
      kind,
      to: personal.open(b.phone, place('phone', b.id)),
      values: { code: formatBookingCode(b.code), date: `${d}/${m}/${y}`, time: hhmm(b.slotStart), service: catalog.service(b.service)?.name.vi ?? b.service },
      cause,
    }).queued;
  }

  /** The daily job: the day-before reminder of each booking of tomorrow still standing (a re-run queues nothing twice). */
  function remindTomorrow(): Promise<Result<number>> {
    return run({ actor: 'hub', name: 'booking:remind' }, (tx) => {
      const tomorrow = addDays(tx.day, 1);
      const due = repo.liveOfDay(tomorrow).filter((b) => b.state === 'booked');
      for (const b of due) tell(tx, b, 'booking_reminder', `booking:${b.id}:reminder:${b.day}`);
      return ok(due.length);
    });
  }

  /**
   * The reminders a stopped hub missed: one that was off at yesterday's
   * `reminderAt` (an evening power cut, the PC off overnight) never ran the
   * day-before job for today. Run at each start: today's bookings that
   * yesterday's run would have reminded and that start at least an hour from
   * now get that reminder, with the same cause, so one queued yesterday is not
   * queued again. Resolves with how many were queued now.
   */
  function remindMissed(): Promise<Result<number>> {
    return run({ actor: 'hub', name: 'booking:remind-missed' }, (tx) => {
      const yesterdaysRun = localTime(addDays(tx.day, -1), settings().reminderAt);
      const due = repo.liveOfDay(tx.day).filter((b) => missedReminder(b, yesterdaysRun, tx.now));
      let queued = 0;
      for (const b of due) if (tell(tx, b, 'booking_reminder', `booking:${b.id}:reminder:${b.day}`)) queued++;
      return ok(queued);
    });
  }

  function options(): AppointmentOptions {
    const a = settings();
    const services = a.services.flatMap((code) => {
      const s = catalog.service(code);
      if (!s) return [];
      const procedures = catalog.config.procedures.filter((p) => p.service === code).map((p) => ({ code: p.code, name: p.name }));
      return [{ code, name: s.name, procedures }];
    });
    // A day is open when any bookable service has a slot on it.
    const days = offeredDays(a, clock.now()).map((day) => ({
      day,
      open: services.some((s) => slotsOf(catalog.config, a, catalog.service(s.code)!, day).length > 0),
    }));
    return { services, days, checkInBeforeMinutes: a.checkInBeforeMinutes, checkInAfterMinutes: a.checkInAfterMinutes };
  }

  function slots(serviceCode: string, day: string): Result<SlotAvailability> {
    const service = bookable(serviceCode);
    if (!service) return fail(serviceNotBookable(serviceCode));
    const a = settings();
    const now = clock.now();
    if (!offeredDays(a, now).includes(day)) return fail(slotRefusal('day_not_offered'));
    const taken = repo.slotCounts(day, serviceCode);
    const dayTaken = [...taken.values()].reduce((sum, n) => sum + n, 0);
    const all = slotsOf(catalog.config, a, service, day);
    const out = all.map((s) => {
      const inSlot = taken.get(s.start) ?? 0;
      const admitted = admitBooking(catalog.config, a, service, day, s.time, { inSlot, inDay: dayTaken }, now);
      return { time: s.time, endTime: hhmm(s.end), free: admitted.ok ? a.capacityPerSlot - inSlot : 0 };
    });
    return ok({ service: serviceCode, day, open: all.length > 0, slots: out });
  }

  /** How many live bookings of `day` hold this phone (their phones are sealed: each is opened to compare). */
  function phoneBookings(day: string, phone: string, except?: string): number {
    return repo.liveOfDay(day).filter((b) => b.id !== except && b.phone !== '' && personal.open(b.phone, place('phone', b.id)) === phone).length;
  }

  function book(req: NewBooking): Promise<Result<BookingView>> {
    return run(PUBLIC, (tx) => {
      const service = bookable(req.service);
      if (!service) return fail(serviceNotBookable(req.service));
      if (req.procedure !== undefined && !catalog.config.procedures.some((p) => p.code === req.procedure && p.service === req.service)) {
        return fail(serviceNotBookable(req.procedure));
      }
      const a = settings();
      const slot = slotsOf(catalog.config, a, service, req.day).find((s) => s.time === req.time);
      const load = slot ? repo.load(req.day, req.service, slot.start) : { inSlot: 0, inDay: 0 };
      const admitted = admitBooking(catalog.config, a, service, req.day, req.time, load, tx.now);
      if (!admitted.ok) return fail(slotRefusal(admitted.reason));
      if (phoneBookings(req.day, req.phone) >= a.perPhonePerDay) return fail(limitReached(a.perPhonePerDay));
      const id = uuidv7();
      const code = newBookingCode((c) => repo.byCode(c) !== undefined);
      const seal = (column: SealedColumn, value: string | undefined) => (value ? personal.seal(value, place(column, id)) : null);
      repo.insert({
        id,
        code,
        service: service.code,
        procedure: req.procedure ?? null,
        day: req.day,
        slotStart: admitted.slot.start,
        slotEnd: admitted.slot.end,
        name: seal('name', req.name)!,
        phone: seal('phone', req.phone)!,
        idNumber: seal('id_number', req.idNumber),
        note: seal('note', req.note),
        createdAt: tx.now,
      });
      const made = repo.byCode(code)!;
      tell(tx, made, 'booking_confirmed', `booking:${id}:confirmed`);
      return ok(view(made));
    });
  }

  function find(code: string): Result<BookingView> {
    const b = repo.byCode(code);
    return b ? ok(view(b)) : fail(bookingNotFound());
  }

  /** A booking still to come: found, not cancelled, not checked in. */
  function pending(code: string): Result<BookingRecord> {
    const b = repo.byCode(code);
    if (!b) return fail(bookingNotFound());
    if (b.state === 'cancelled') return fail(bookingCancelled());
    if (b.state === 'checked_in') return fail(bookingUsed(b.ticketId ? (ctx.tickets.get(b.ticketId)?.code ?? null) : null));
    return ok(b);
  }

  function cancel(code: string): Promise<Result<BookingView>> {
    return run({ ...PUBLIC, name: 'booking:cancel' }, (tx) => {
      const b = repo.byCode(code);
      // Cancelling twice (a lost answer, a second tap) is not an error.
      if (b?.state === 'cancelled') return ok(view(b));
      const p = pending(code);
      if (!p.ok) return p;
      const cancelled: BookingRecord = { ...p.value, state: 'cancelled', updatedAt: tx.now };
      repo.save(cancelled);
      return ok(view(cancelled));
    });
  }

  function move(code: string, day: string, time: string): Promise<Result<BookingView>> {
    return run({ ...PUBLIC, name: 'booking:move' }, (tx) => {
      const p = pending(code);
      if (!p.ok) return p;
      const b = p.value;
      const service = bookable(b.service);
      if (!service) return fail(serviceNotBookable(b.service));
      const a = settings();
      const slot = slotsOf(catalog.config, a, service, day).find((s) => s.time === time);
      const load = slot ? repo.load(day, b.service, slot.start) : { inSlot: 0, inDay: 0 };
      // The booking itself does not count against the slot or day it leaves.
      if (slot && slot.start === b.slotStart) load.inSlot -= 1;
      if (day === b.day) load.inDay -= 1;
      const admitted = admitBooking(catalog.config, a, service, day, time, load, tx.now);
      if (!admitted.ok) return fail(slotRefusal(admitted.reason));
      if (day !== b.day && phoneBookings(day, personal.open(b.phone, place('phone', b.id)), b.id) >= a.perPhonePerDay) {
        return fail(limitReached(a.perPhonePerDay));
      }
      const moved: BookingRecord = { ...b, day, slotStart: admitted.slot.start, slotEnd: admitted.slot.end, updatedAt: tx.now };
      repo.save(moved);
      // The citizen gets the new time as a new confirmation.
      tell(tx, moved, 'booking_confirmed', `booking:${b.id}:moved:${day}:${time}`);
      return ok(view(moved));
    });
  }

  /** Check-in inside the caller's transaction: the booking marked and its appointment ticket issued together. */
  function checkInIn(tx: Tx, actor: string, code: string): Result<CheckedIn> {
    const p = pending(code);
    if (!p.ok) return p;
    const b = p.value;
    const verdict = checkInVerdict(settings(), b, tx.now);
    if (verdict.kind === 'too_early') return fail(tooEarly(verdict.opensAt, tx.now));
    if (verdict.kind !== 'open') return fail(tooLate());
    const issued = tickets.issueIn(tx, actor, { service: b.service, priority: 'none', source: 'appointment', aheadUntil: verdict.aheadUntil });
    if (!issued.ok) return issued;
    const checked: BookingRecord = { ...b, state: 'checked_in', checkedInAt: tx.now, ticketId: issued.value.ticket.id, updatedAt: tx.now };
    repo.save(checked);
    return ok({ booking: view(checked), receipt: issued.value });
  }

  function checkIn(cmd: CommandContext, code: string): Promise<Result<CheckedIn>> {
    return run(cmd, (tx) => checkInIn(tx, cmd.actor, code));
  }

  /** The supervisor's panel: a day's bookings, who came, who did not (check-in closed without them). */
  function dayOf(day: string): BookingDay {
    const now = clock.now();
    const a = settings();
    const rows = repo.ofDay(day).map((b) => {
      const closed = b.slotStart + a.checkInAfterMinutes * 60_000 < now || day < localDay(now);
      const state = b.state === 'booked' && closed ? ('no_show' as const) : b.state;
      const ticketCode = b.ticketId ? (ctx.tickets.get(b.ticketId)?.code ?? null) : null;
      return { code: formatBookingCode(b.code), service: b.service, time: hhmm(b.slotStart), state, ticketCode };
    });
    const count = (s: string) => rows.filter((r) => r.state === s).length;
    return { day, booked: rows.length - count('cancelled'), arrived: count('checked_in'), noShow: count('no_show'), cancelled: count('cancelled'), bookings: rows };
  }

  /** The booking behind an appointment ticket, with its note opened, for the officer calling it. */
  function ofTicket(ticketId: string): TicketBooking | null {
    const b = repo.byTicket(ticketId);
    if (!b) return null;
    const note = b.note ? personal.open(b.note, place('note', b.id)) : null;
    return { code: formatBookingCode(b.code), time: hhmm(b.slotStart), procedure: b.procedure, note };
  }

  return { options, slots, book, find, cancel, move, checkIn, checkInIn, dayOf, ofTicket, remindTomorrow, remindMissed };
}

function limitReached(perDay: number) {
  return luotError(
    'booking_limit_reached',
    {
      vi: `Mỗi số điện thoại chỉ được đặt ${perDay} lịch hẹn trong một ngày.`,
      en: `Each phone number may hold at most ${perDay} booking${perDay === 1 ? '' : 's'} a day.`,
    },
    'phone',
  );
}
