/**
 * The hall's day: the first batch of commands of a new local day (or the
 * day timer, when the hall is quiet at midnight) first expires tickets still
 * live from earlier days, closes counters, and emits a `day` event telling
 * clients to take a new snapshot. Numbers restart because they are per day.
 * The command runner reads the day once per batch and runs `openDay` first
 * in the day's first batch, so nothing else asks which day it is.
 */
import { ok, type Result } from '@luot/protocol';
import type { Tx } from '../core/command-runner';
import type { CounterActions } from '../counters/counter-actions';
import type { TicketService } from '../queue/ticket-service';
import { expireMove } from '../queue/ticket-moves';
import type { HallStateContext } from './hall-state-context';

export type DayService = ReturnType<typeof createDayService>;

export function createDayService(ctx: HallStateContext, ticketService: TicketService, actions: CounterActions) {
  const { db, tickets, counters, run } = ctx;
  const getDay = db.prepare<[], { value: string }>("SELECT value FROM hall_state WHERE key = 'day'");
  const saveDay = db.prepare<[string]>(
    "INSERT INTO hall_state (key, value) VALUES ('day', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  );

  /** Opens `tx.day` unless the database is on it already (a restart on the same day). */
  function openDay(tx: Tx): Result<null> {
    if (getDay.get()?.value === tx.day) return ok(null);
    for (const t of tickets.liveBefore(tx.day)) {
      const expired = expireMove(t, tx.now);
      tickets.save(expired);
      ticketService.emitTicket(tx, 'expired', expired, []);
    }
    for (const c of counters.all()) {
      if (c.state === 'closed' && !c.officerId && !c.currentTicketId) continue;
      const closed = { ...c, state: 'closed' as const, pauseReason: null, officerId: null, currentTicketId: null, regularStreak: 0 };
      counters.save(closed);
      actions.emitCounter(tx, closed);
    }
    saveDay.run(tx.day);
    tx.emit({ type: 'day', at: tx.now, day: tx.day });
    return ok(null);
  }

  return {
    openDay,
    /**
     * Rolls over now when the clock has passed midnight and no command has
     * yet (the 30-s timer, start-up, tests). Resolves once settled: false when
     * the rollover failed (the next command or tick retries).
     */
    ensureToday: (): Promise<boolean> => run.openToday(),
  };
}
