/** Prepared statements over the `bookings` table (migration 0200). Personal columns hold sealed values only. */
import type { BookingState } from '@luot/protocol';
import type { WritableDb } from '../core/db/handles';

interface BookingRow {
  id: string;
  code: string;
  service: string;
  procedure: string | null;
  day: string;
  slot_start: number;
  slot_end: number;
  state: string;
  name: string;
  phone: string;
  id_number: string | null;
  note: string | null;
  created_at: number;
  updated_at: number;
  checked_in_at: number | null;
  ticket_id: string | null;
  personal_erased_at: number | null;
}

export interface BookingRecord {
  id: string;
  code: string;
  service: string;
  procedure: string | null;
  day: string;
  slotStart: number;
  slotEnd: number;
  state: BookingState;
  /** Sealed (core/personal-data); '' once erased. */
  name: string;
  phone: string;
  idNumber: string | null;
  note: string | null;
  createdAt: number;
  updatedAt: number;
  checkedInAt: number | null;
  ticketId: string | null;
  personalErasedAt: number | null;
}

const toRecord = (r: BookingRow): BookingRecord => ({
  id: r.id,
  code: r.code,
  service: r.service,
  procedure: r.procedure,
  day: r.day,
  slotStart: r.slot_start,
  slotEnd: r.slot_end,
  state: r.state as BookingState,
  name: r.name,
  phone: r.phone,
  idNumber: r.id_number,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  checkedInAt: r.checked_in_at,
  ticketId: r.ticket_id,
  personalErasedAt: r.personal_erased_at,
});

export type BookingRepo = ReturnType<typeof createBookingRepo>;

export function createBookingRepo(db: WritableDb) {
  const byCode = db.prepare<[string], BookingRow>('SELECT * FROM bookings WHERE code = ?');
  const byTicket = db.prepare<[string], BookingRow>('SELECT * FROM bookings WHERE ticket_id = ?');
  const ofDay = db.prepare<[string], BookingRow>('SELECT * FROM bookings WHERE day = ? ORDER BY slot_start, created_at');
  const liveOfDay = db.prepare<[string], BookingRow>("SELECT * FROM bookings WHERE day = ? AND state <> 'cancelled'");
  const liveInSlot = db.prepare<[string, string, number], { n: number }>(
    "SELECT COUNT(*) AS n FROM bookings WHERE day = ? AND service = ? AND slot_start = ? AND state <> 'cancelled'",
  );
  const liveInDay = db.prepare<[string, string], { n: number }>(
    "SELECT COUNT(*) AS n FROM bookings WHERE day = ? AND service = ? AND state <> 'cancelled'",
  );
  const liveSlots = db.prepare<[string, string], { slot_start: number; n: number }>(
    "SELECT slot_start, COUNT(*) AS n FROM bookings WHERE day = ? AND service = ? AND state <> 'cancelled' GROUP BY slot_start",
  );
  const insert = db.prepare(
    `INSERT INTO bookings (id, code, service, procedure, day, slot_start, slot_end, state, name, phone, id_number, note, created_at, updated_at)
     VALUES (@id, @code, @service, @procedure, @day, @slotStart, @slotEnd, 'booked', @name, @phone, @idNumber, @note, @createdAt, @createdAt)`,
  );
  const update = db.prepare(
    `UPDATE bookings SET day = @day, slot_start = @slotStart, slot_end = @slotEnd, state = @state,
       checked_in_at = @checkedInAt, ticket_id = @ticketId, updated_at = @updatedAt WHERE id = @id`,
  );

  const one = (r: BookingRow | undefined) => (r ? toRecord(r) : undefined);
  return {
    byCode: (code: string) => one(byCode.get(code)),
    byTicket: (ticketId: string) => one(byTicket.get(ticketId)),
    ofDay: (day: string) => ofDay.all(day).map(toRecord),
    /** The day's bookings still standing (booked or checked in): the per-phone limit opens their phones. */
    liveOfDay: (day: string) => liveOfDay.all(day).map(toRecord),
    load: (day: string, service: string, slotStart: number) => ({
      inSlot: liveInSlot.get(day, service, slotStart)?.n ?? 0,
      inDay: liveInDay.get(day, service)?.n ?? 0,
    }),
    /** Live bookings per slot start of a service's day. */
    slotCounts: (day: string, service: string): Map<number, number> =>
      new Map(liveSlots.all(day, service).map((r) => [r.slot_start, r.n])),
    insert: (b: Omit<BookingRecord, 'state' | 'updatedAt' | 'checkedInAt' | 'ticketId' | 'personalErasedAt'>) => insert.run(b),
    save: (b: BookingRecord) => update.run(b),
  };
}
