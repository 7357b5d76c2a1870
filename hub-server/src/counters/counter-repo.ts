/**
 * Prepared statements over the `counters` table: the live state of each
 * counter, and that state as the wire's CounterView (as ticket-repo gives its
 * rows' TicketView).
 */
import type { CounterState, CounterView } from '@luot/protocol';
import type { UserReads } from '../auth/user-repo';
import { readOnly, type ReadableDb, type WritableDb } from '../core/db/handles';
import type { HallCatalog } from '../core/hall-catalog';

export interface CounterRecord {
  number: number;
  state: CounterState;
  pauseReason: string | null;
  officerId: string | null;
  currentTicketId: string | null;
  regularStreak: number;
}

interface CounterRow {
  number: number;
  state: string;
  pause_reason: string | null;
  officer_id: string | null;
  current_ticket_id: string | null;
  regular_streak: number;
}

const toRecord = (r: CounterRow): CounterRecord => ({
  number: r.number,
  state: r.state as CounterState,
  pauseReason: r.pause_reason,
  officerId: r.officer_id,
  currentTicketId: r.current_ticket_id,
  regularStreak: r.regular_streak,
});

/** The wire view of a counter: its config, its live state and the officer signed in. */
export function counterView(ctx: { catalog: HallCatalog; users: UserReads }, c: CounterRecord): CounterView {
  const config = ctx.catalog.counter(c.number);
  const officer = c.officerId ? ctx.users.get(c.officerId) : undefined;
  return {
    number: c.number,
    name: config?.name ?? { vi: `Quầy ${c.number}`, en: `Counter ${c.number}` },
    area: config?.area ?? 'main',
    services: config?.services ?? [],
    state: c.state,
    pauseReason: c.pauseReason,
    officer: officer ? { id: officer.id, username: officer.username, name: officer.name } : null,
    currentTicketId: c.currentTicketId,
  };
}

/** What read paths get: every query, no write. */
export type CounterReads = ReturnType<typeof createCounterReads>;
export type CounterRepo = ReturnType<typeof createCounterRepo>;

export function createCounterReads(db: ReadableDb) {
  const all = db.prepare<[], CounterRow>('SELECT * FROM counters ORDER BY number');
  const one = db.prepare<[number], CounterRow>('SELECT * FROM counters WHERE number = ?');
  const openNumbers = db.prepare<[], number>("SELECT number FROM counters WHERE state = 'open'").pluck();
  const byOfficer = db.prepare<[string], CounterRow>('SELECT * FROM counters WHERE officer_id = ?');
  return {
    all: () => all.all().map(toRecord),
    /** Numbers of the open counters (loads and wait estimates read this on every ticket). */
    openNumbers: (): Set<number> => new Set(openNumbers.all()),
    get: (number: number) => {
      const r = one.get(number);
      return r ? toRecord(r) : undefined;
    },
    ofOfficer: (officerId: string) => {
      const r = byOfficer.get(officerId);
      return r ? toRecord(r) : undefined;
    },
  };
}

/** The queries and the writes; a write statement is prepared on the write handle only. */
export function createCounterRepo(db: WritableDb) {
  const ensure = db.prepare<[number]>('INSERT OR IGNORE INTO counters (number) VALUES (?)');
  const update = db.prepare(
    `UPDATE counters SET state = @state, pause_reason = @pauseReason, officer_id = @officerId,
       current_ticket_id = @currentTicketId, regular_streak = @regularStreak WHERE number = @number`,
  );
  return {
    ...createCounterReads(readOnly(db)),
    ensure: (number: number) => ensure.run(number),
    save: (c: CounterRecord) => update.run(c),
  };
}
