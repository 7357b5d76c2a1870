/**
 * The hall's day: at the first command or tick of a new local day, tickets
 * still live from earlier days expire, counters close, and a `day` event tells
 * clients to take a new snapshot. Numbers restart because they are per day.
 */
import { localDay } from '../clock';
import type { HallContext } from './hall-context';
import type { CounterActions } from '../counters/counter-actions';
import type { TicketService } from '../queue/ticket-service';

export function createDayService(ctx: HallContext, ticketService: TicketService, actions: CounterActions) {
  const { db, clock, tickets, counters, run } = ctx;
  const getDay = db.prepare<[], { value: string }>("SELECT value FROM hall_state WHERE key = 'day'");
  const saveDay = db.prepare<[string]>(
    "INSERT INTO hall_state (key, value) VALUES ('day', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  );

  /** Rolls over if the clock has moved to a new day; returns true when it did. */
  function ensureToday(): boolean {
    const today = localDay(clock.now());
    const stored = getDay.get()?.value;
    if (stored === today) return false;
    run({ actor: 'hub', name: 'day:rollover' }, (tx) => {
      for (const t of tickets.liveBefore(today)) {
        const expired = { ...t, state: 'expired' as const, finishedAt: tx.now };
        tickets.save(expired);
        ticketService.emitTicket(tx, 'expired', expired, []);
      }
      for (const c of counters.all()) {
        if (c.state === 'closed' && !c.officerId && !c.currentTicketId) continue;
        const closed = { ...c, state: 'closed' as const, pauseReason: null, officerId: null, currentTicketId: null, regularStreak: 0 };
        counters.save(closed);
        actions.emitCounter(tx, closed);
      }
      saveDay.run(today);
      tx.emit({ type: 'day', at: tx.now, day: today });
      return { ok: true, value: null };
    });
    return true;
  }

  return { ensureToday };
}
