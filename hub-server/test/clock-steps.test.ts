/**
 * The system clock steps (as NTP may do): back an hour, and forward past
 * midnight then back across it. No number is given twice, the queue keeps
 * issue order, and the day rolls over exactly once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TicketReceipt } from '@luot/protocol';
import { cid, command, connected, officerAtCounter, socketSet, startTestHub, TEST_TOKENS, testHallConfig, type TestHub } from '@luot/testing';

const MON_2230 = Date.parse('2026-11-23T22:30:00+07:00');
const HOUR = 60 * 60_000;
let hub: TestHub;
const sockets = socketSet();
beforeEach(async () => {
  const base = testHallConfig();
  const config = testHallConfig({
    hours: { sessions: [{ name: 'all-day', start: '00:00', end: '23:59' }], weekdays: [1, 2, 3, 4, 5, 6, 7], saturdaySessions: [], issuingCutOffMinutes: 0, holidays: [] },
    services: base.services.map((s) => ({ ...s, dailyCap: 9999 })),
  });
  hub = await startTestHub({ config, serveApps: false, now: MON_2230 });
});
afterEach(async () => {
  sockets.closeAll();
  await hub.close();
});

const dayEvents = () => hub.db.prepare<[], { day: string }>("SELECT day FROM events WHERE type = 'day' ORDER BY seq").all().map((e) => e.day);
const numbersOf = (day: string) =>
  hub.db.prepare<[string], { number: number }>("SELECT number FROM tickets WHERE day = ? AND service = 'DKKD' ORDER BY number").all(day).map((t) => t.number);

describe('clock steps', () => {
  it('give no number twice, keep issue order, and roll the day over once', async () => {
    const kiosk = sockets.open(hub.url, '/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    const issue = async () => {
      const r = await command<TicketReceipt>(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
      if (!r.ok) throw new Error(r.error.code);
      return r.value.ticket;
    };
    const first = [await issue(), await issue()];
    const startDays = dayEvents();

    // Back an hour: numbers go on, and the later citizens do not get earlier times (they would jump the queue).
    hub.clock.advance(-HOUR);
    const later = [await issue(), await issue()];
    expect([...first, ...later].map((t) => t.number)).toEqual([1, 2, 3, 4]);
    expect(later.every((t) => t.issuedAt >= first[1]!.issuedAt)).toBe(true);
    expect(dayEvents()).toEqual(startDays);

    // Forward past midnight (from the hall's latest time), with the day timer ticking among the issues.
    hub.clock.set(MON_2230 + 2 * HOUR);
    const [a, , b] = await Promise.all([issue(), hub.hub.services.day.ensureToday(), issue()]);
    expect([a!, b!].map((t) => (t as { day: string }).day)).toEqual(['2026-11-24', '2026-11-24']);
    const counter = await officerAtCounter(sockets, hub.url, 'canbo01', 1);

    // And back an hour, across midnight: still Tuesday, no second rollover, the officer still signed in.
    hub.clock.advance(-HOUR);
    await hub.hub.services.day.ensureToday();
    const tuesdayLate = await issue();
    expect(tuesdayLate.day).toBe('2026-11-24');
    const called = await command<{ number: number }>(counter, 'counter:call-next', { commandId: cid() });
    expect(called).toMatchObject({ ok: true, value: { number: 1 } });

    hub.clock.advance(2 * HOUR);
    await issue();
    expect(dayEvents()).toEqual([...startDays, '2026-11-24']);
    expect(numbersOf('2026-11-23')).toEqual([1, 2, 3, 4]);
    expect(numbersOf('2026-11-24')).toEqual([1, 2, 3, 4]);
  });
});
