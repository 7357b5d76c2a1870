/**
 * The period report's early / on time / late split when a due date crosses a
 * holiday as well as a weekend: the week of dossierWeek (received Friday
 * 27 November 2026, two working days) in a hall closed on Tuesday 1 December.
 * The appointment moves to Wednesday 2 December, so the dossier returned that
 * morning is on time here, where the same week without the holiday counts it
 * late (period-reports.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { PeriodReport } from '@luot/protocol';
import { connected, dossierHallConfig, dossierWeek, login, openSocket, startTestHub, TEST_TOKENS, type TestHub } from '@luot/testing';

let hub: TestHub;
const sockets: Socket[] = [];
let week: Awaited<ReturnType<typeof dossierWeek>>;

beforeAll(async () => {
  const config = dossierHallConfig();
  config.hours = { ...config.hours, holidays: [...config.hours.holidays, '2026-12-01'] };
  config.processing = { ...config.processing, holidays: [...(config.processing.holidays ?? []), '2026-12-01'] };
  hub = await startTestHub({ config, serveApps: false, now: Date.parse('2026-11-27T15:40:00+07:00') });
  const kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
  week = await dossierWeek(hub, sockets, kiosk);
});
afterAll(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
});

describe('a due date across a weekend and a holiday', () => {
  it('moves the appointment past the holiday, and the report counts the Wednesday return on time', async () => {
    const localDay = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
    expect(week.received.map((d) => localDay(d.appointmentAt!))).toEqual(['2026-12-02', '2026-12-02', '2026-12-02']);
    expect(week.returned.map((d) => d.timeliness)).toEqual(['early', 'on_time']);
    const { token } = await login(hub.url, 'giamsat');
    const res = await fetch(`${hub.url}/api/v1/reports?from=2026-11-27&to=2026-12-04`, { headers: { authorization: `Bearer ${token}` } });
    const report = (await res.json()) as PeriodReport;
    expect(report.totals.dossiers).toEqual({ received: 3, returned: 2, pending: 1, early: 1, onTime: 1, late: 0, onTimePercent: 100, supplementsAsked: 1 });
    expect(report.lateDossiers).toEqual([]);
  });
});
