/**
 * The hall's day: at the first command or tick of a new local day, tickets
 * still live from earlier days expire, counters close, and a `day` event tells
 * clients to take a new snapshot. Numbers restart because they are per day.
 */
import { localDay } from '../core/clock';
import type { HallStateContext } from './hall-state-context';
import type { CounterActions } from '../counters/counter-actions';
import type { TicketService } from '../queue/ticket-service';
import { expireMove } from '../queue/ticket-moves';

export function createDayService(ctx: HallStateContext, ticketService: TicketService, actions: CounterActions) {
  const { db, clock, tickets, counters, run } = ctx;
  const getDay = db.prepare<[], { value: string }>("SELECT value FROM hall_state WHERE key = 'day'");
  const saveDay = db.prepare<[string]>(
    "INSERT INTO hall_state (key, value) VALUES ('day', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  );

  let pending: string | null = null;
  /** The day the database is known to be on: read once, then kept (every command asks). */
  let confirmed: string | null = null;

  /**
   * Queues the rollover when the clock has moved to a new day. Commands queued
   * after this call run after the rollover (the runner keeps their order), so
   * callers call it before queueing their own command. Resolves once the
   * rollover is committed (at once when there is none to do).
   */
  let committed: Promise<void> = Promise.resolve();
  function ensureToday(): Promise<void> {
    const today = localDay(clock.now());
    if (confirmed === today || pending === today) return committed;
    if (getDay.get()?.value === today) {
      confirmed = today;
      return committed;
    }
    pending = today;
    committed = run({ actor: 'hub', name: 'day:rollover' }, (tx) => {
      if (getDay.get()?.value === tx.day) return { ok: true, value: null };
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
      return { ok: true, value: null };
    }).then(
      // The next call reads the day the rollover wrote.
      () => void (pending = null),
      // A failed rollover is retried by the next command or tick.
      () => void (pending = null),
    );
    return committed;
  }

  return { ensureToday };
}
