/**
 * A real hub as a QueueSystem: a kiosk issues over its socket, officers
 * canbo01–03 act at counters 1–3 over theirs, the clock is the test hub's
 * ManualClock (past midnight, the day timer's own ensureToday rolls over).
 * State is read from the hub's database.
 */
import type { Socket } from 'socket.io-client';
import type { Result, TicketView } from '@luot/protocol';
import { cid, command, connected, login, socketSet, TEST_TOKENS, type TestHub } from '@luot/testing';
import type { Outcome, QueueSystem } from './queue-system';

const outcomeOf = (r: Result<TicketView | null | unknown>): Outcome => {
  if (!r.ok) return { ok: false, code: r.error.code };
  // A ticket view, or a receipt that carries one (ticket:issue), or something else (a counter view).
  const value = r.value as { id?: unknown; state?: unknown; ticket?: { id: string } } | null;
  if (value?.ticket) return { ok: true, ticketId: value.ticket.id };
  return { ok: true, ticketId: value && typeof value.id === 'string' && 'number' in value ? value.id : null };
};

/** Sessions last 12 h: officers sign in to the hub again when a run's clock has gone further. */
const RELOGIN_AFTER_MS = 11 * 60 * 60_000;

export async function hubQueue(hub: TestHub, counters: number[]): Promise<QueueSystem & { close(): void }> {
  const sockets = socketSet();
  const kiosk = sockets.open(hub.url, '/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
  const officers = new Map<number, Socket>();
  let loggedInAt = 0;
  const connectOfficers = async () => {
    for (const s of officers.values()) s.disconnect();
    await Promise.all(
      counters.map(async (n) => {
        const { token } = await login(hub.url, `canbo0${n}`);
        const s = sockets.open(hub.url, '/counter', token);
        await connected(s);
        officers.set(n, s);
      }),
    );
    loggedInAt = hub.clock.now();
  };
  await connectOfficers();
  const at = (n: number) => officers.get(n)!;
  const act = async (n: number, event: string, payload: object = {}) => outcomeOf(await command(at(n), event, { commandId: cid(), ...payload }));
  /** Whom to ask for a re-activation: an officer signed in somewhere (any will do), else counter 1's (refused). */
  const anyOfficer = () => {
    const row = hub.db.prepare<[], { number: number }>('SELECT number FROM counters WHERE officer_id IS NOT NULL ORDER BY number LIMIT 1').get();
    return row && officers.has(row.number) ? row.number : counters[0]!;
  };

  return {
    issue: async (service, priority) => outcomeOf(await command(kiosk, 'ticket:issue', { commandId: cid(), service, priority })),
    signIn: (n) => act(n, 'counter:sign-in', { counter: n }),
    callNext: (n) => act(n, 'counter:call-next'),
    recall: (n) => act(n, 'counter:recall'),
    startServing: (n) => act(n, 'counter:start-serving'),
    finish: (n) => act(n, 'counter:finish', { outcome: 'guided' }),
    noShow: (n) => act(n, 'counter:no-show'),
    transfer: (n, to, toFront) => act(n, 'counter:transfer', { to, toFront }),
    reactivate: (id) => act(anyOfficer(), 'counter:reactivate', { ticketId: id }),
    setState: (n, state) => act(n, 'counter:set-state', state === 'paused' ? { state, reason: 'Nghỉ giải lao' } : { state }),
    async setClock(now) {
      hub.clock.set(now);
      if (!(await hub.hub.services.day.ensureToday())) throw new Error('the day did not roll over');
      if (now - loggedInAt >= RELOGIN_AFTER_MS) await connectOfficers();
    },
    async state() {
      const tickets = hub.db
        .prepare<[], { id: string; day: string; service: string; number: number; code: string; state: string; counter: number | null }>('SELECT id, day, service, number, code, state, counter FROM tickets')
        .all();
      const rows = hub.db.prepare<[], { number: number; state: string; current_ticket_id: string | null }>('SELECT number, state, current_ticket_id FROM counters ORDER BY number').all();
      return { tickets, counters: rows.map((c) => ({ number: c.number, state: c.state, current: c.current_ticket_id })) };
    },
    close: () => sockets.closeAll(),
  };
}
