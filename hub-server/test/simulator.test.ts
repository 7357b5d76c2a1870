import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localTime } from '../src/core/clock';
import { simulateDay } from '../src/simulator/simulate-day';
import { TEST_PASSWORD, TEST_TOKENS, testHallConfig } from '@luot/testing';
import { startTestHub, type TestHub } from '@luot/testing';

const MONDAY = '2026-11-23';
let hub: TestHub;

beforeEach(async () => {
  // The simulator moves this ManualClock to its simulated time before each command.
  hub = await startTestHub({ config: testHallConfig(), serveApps: false, now: localTime(MONDAY, '07:00') });
});
afterEach(async () => {
  await hub.close();
});

interface EventRow {
  seq: number;
  action: string;
  ticket_id: string;
  counter: number | null;
}

/** Replays the hub's event log: a ticket may be at one counter at a time, a counter may hold one ticket. */
function overlappingCalls(events: EventRow[]): number {
  const holderOf = new Map<string, number>();
  const ticketAt = new Map<number, string>();
  let overlaps = 0;
  for (const e of events) {
    if (e.action === 'called' && e.counter !== null) {
      const holder = holderOf.get(e.ticket_id);
      const held = ticketAt.get(e.counter);
      if (holder !== undefined || held !== undefined) overlaps++;
      holderOf.set(e.ticket_id, e.counter);
      ticketAt.set(e.counter, e.ticket_id);
    } else if (['finished', 'no_show', 'transferred'].includes(e.action)) {
      const holder = holderOf.get(e.ticket_id);
      holderOf.delete(e.ticket_id);
      if (holder !== undefined) ticketAt.delete(holder);
    }
  }
  return overlaps;
}

describe('a simulated working day against a real hub', () => {
  it('plays 60 citizens at high speed; every ticket ends and the database agrees with the report', async () => {
    const progress: string[] = [];
    const report = await simulateDay({
      hubUrl: hub.url,
      tokens: [TEST_TOKENS.kiosk, TEST_TOKENS.kiosk2],
      officers: ['canbo01', 'canbo02', 'canbo03'].map((username) => ({ username, password: TEST_PASSWORD })),
      speed: 4000,
      seed: 7,
      tickets: 60,
      day: MONDAY,
      // Enough odd citizens in 60 to see every path.
      behaviour: { noShow: 0.1, transfer: 0.1, priority: 0.15, noRating: 0.15 },
      hubClock: hub.clock,
      progressIntervalMs: 100,
      onProgress: (p) => progress.push(p.clock),
    });

    expect(report.errors).toMatchObject({ total: 0, unexpected: 0 });
    expect(report.checks).toEqual({ doubleCalls: 0, sequenceGaps: 0, unaccounted: 0 });
    expect(report.tickets.issued).toBe(60);
    expect(report.tickets.refused).toBe(0);
    expect(report.tickets.stillWaiting).toBe(0);
    expect(report.tickets.served + report.tickets.noShows).toBe(report.tickets.issued);
    expect(report.tickets.noShows).toBeGreaterThan(0);
    expect(report.tickets.transfers).toBeGreaterThan(0);
    expect(report.tickets.priority).toBeGreaterThan(0);
    expect(report.ratings.recorded).toBe(report.tickets.served);
    expect(report.ratings.noAnswer).toBeGreaterThan(0);
    expect(Object.keys(report.ratings.byValue).every((v) => ['1', '3', '5'].includes(v))).toBe(true);
    expect(report.commands.sent).toBe(report.commands.ok);
    expect(report.times.averageWaitMinutes).not.toBeNull();
    expect(report.times.averageServiceMinutes).toBeGreaterThan(1);
    expect(progress.length).toBeGreaterThan(0);

    // The hub's own records, stamped with the simulated time it was given.
    const byState = Object.fromEntries(
      (hub.db.prepare('SELECT state, count(*) AS n FROM tickets WHERE day = ? GROUP BY state').all(MONDAY) as Array<{ state: string; n: number }>).map((r) => [r.state, r.n]),
    );
    expect(byState).toEqual({ done: report.tickets.served, no_show: report.tickets.noShows });
    const rated = hub.db.prepare('SELECT count(*) AS n, sum(rating IS NULL) AS silent FROM tickets WHERE rated = 1').get() as { n: number; silent: number };
    expect(rated).toEqual({ n: report.ratings.recorded, silent: report.ratings.noAnswer });
    const priority = hub.db.prepare("SELECT count(*) AS n FROM tickets WHERE priority <> 'none'").get() as { n: number };
    expect(priority.n).toBe(report.tickets.priority);

    const events = hub.db.prepare("SELECT seq, action, ticket_id, counter FROM events WHERE type = 'ticket' ORDER BY seq").all() as EventRow[];
    expect(events.filter((e) => e.action === 'transferred')).toHaveLength(report.tickets.transfers);
    expect(events.filter((e) => e.action === 'issued')).toHaveLength(report.tickets.issued);
    expect(overlappingCalls(events)).toBe(0);

    // Waits measured by the hub (first call − issue) match the report's, within a simulated minute.
    const waits = hub.db
      .prepare("SELECT min(e.at) - t.issued_at AS wait FROM tickets t JOIN events e ON e.ticket_id = t.id AND e.action = 'called' GROUP BY t.id")
      .all() as Array<{ wait: number }>;
    const hubAverage = waits.reduce((a, w) => a + w.wait, 0) / waits.length / 60_000;
    expect(Math.abs(hubAverage - report.times.averageWaitMinutes!)).toBeLessThan(1);
    // Every issue happened inside opening hours on the simulated day.
    const issued = hub.db.prepare('SELECT min(issued_at) AS first, max(issued_at) AS last FROM tickets').get() as { first: number; last: number };
    expect(issued.first).toBeGreaterThanOrEqual(localTime(MONDAY, '07:30'));
    expect(issued.last).toBeLessThan(localTime(MONDAY, '16:30'));
  }, 60_000);
});
