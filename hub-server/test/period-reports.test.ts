/**
 * The period report against a small hall computed by hand: one Monday of
 * tickets (waits 2, 2, 7, 8, 10, 11 min; services 4, 5, 6, 6, 12 min), and
 * dossiers received on a Friday afternoon whose two-working-day appointment
 * crosses the weekend to Tuesday, returned on Monday (early) and Wednesday (late).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { PeriodReport, TicketView } from '@luot/protocol';
import {
  PROC_KHDT,
  cid,
  command,
  connected,
  dossierHallConfig,
  dossierWeek,
  login,
  officerAt,
  openSocket,
  startTestHub,
  TEST_TOKENS,
  type TestHub,
} from '@luot/testing';

let hub: TestHub;
const sockets: Socket[] = [];
/** Signed in after the hall's week has passed (a session does not last the days the test moves through). */
let supervisor: string;

const at = (local: string) => hub.clock.set(Date.parse(`${local}+07:00`));
const report = async (query: string, token = supervisor) => {
  const r = await fetch(`${hub.url}/api/v1/reports?${query}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: r.status, body: (await r.json()) as PeriodReport };
};

async function act<T = TicketView>(socket: Socket, event: string, payload: object = {}): Promise<T> {
  const r = await command<T>(socket, event, { commandId: cid(), ...payload });
  if (!r.ok) throw new Error(`${event}: ${r.error.message.en}`);
  return r.value;
}

/** Calls the next ticket (checking which) and, unless told, starts serving it at once. */
async function call(counter: Socket, code: string, start = true): Promise<TicketView> {
  const t = await act<TicketView | null>(counter, 'counter:call-next');
  expect(t?.code).toBe(code);
  if (start) await act(counter, 'counter:start-serving');
  return t!;
}

/** Finishes at `finishAt`; the citizen answers `rating` (null: no answer; undefined: never asked). */
async function serve(counter: Socket, ticket: TicketView, finishAt: string, rating?: 1 | 3 | 5 | null): Promise<void> {
  at(finishAt);
  await act(counter, 'counter:finish', { outcome: 'guided' });
  if (rating !== undefined) await act(counter, 'ticket:rate', { ticketId: ticket.id, rating });
}

beforeAll(async () => {
  // Business registration aims to call within 5 minutes; land sets no target.
  const config = dossierHallConfig();
  config.services = config.services.map((s) => (s.code === 'DKKD' ? { ...s, targetWaitMinutes: 5 } : s));
  hub = await startTestHub({ config, serveApps: false, now: Date.parse('2026-11-23T07:58:00+07:00') });
  const kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
  const issue = (service: string, priority = 'none') => act(kiosk, 'ticket:issue', { service, priority });

  // Monday 23 November 2026.
  await issue('DKKD'); // A001 07:58
  at('2026-11-23T07:59:00');
  await issue('DKKD', 'elderly'); // A002 07:59
  at('2026-11-23T08:00:00');
  await issue('DKKD'); // A003
  await issue('DATDAI'); // B001
  await issue('DATDAI'); // B002
  const c1 = await officerAt(hub, sockets, 'canbo01', 1);
  const c2 = await officerAt(hub, sockets, 'canbo02', 2);
  at('2026-11-23T08:01:00');
  const a2 = await call(c1, 'A002'); // strict priority first; wait 2
  at('2026-11-23T08:02:00');
  const b1 = await call(c2, 'B001'); // wait 2
  at('2026-11-23T08:05:00');
  await serve(c1, a2, '2026-11-23T08:05:00', 5); // service 4
  const a1 = await call(c1, 'A001'); // wait 7
  at('2026-11-23T08:08:00');
  await act(c2, 'counter:finish', { outcome: 'guided' }); // service 6
  await act(c2, 'ticket:rate', { ticketId: b1.id, rating: 1 });
  const b2 = await call(c2, 'B002'); // wait 8
  await serve(c1, a1, '2026-11-23T08:11:00', null); // service 6, no answer
  await call(c1, 'A003', false); // wait 11
  await act(c1, 'counter:recall');
  await act(c1, 'counter:recall');
  await act(c1, 'counter:no-show');
  await serve(c2, b2, '2026-11-23T08:20:00', 3); // service 12
  at('2026-11-23T08:30:00');
  await issue('DKKD'); // A004
  at('2026-11-23T08:40:00');
  await call(c1, 'A004', false);
  await act(c1, 'counter:transfer', { to: { service: 'DATDAI' } });
  const a4 = await call(c2, 'A004'); // wait 10 (issued 08:30, called 08:40)
  await serve(c2, a4, '2026-11-23T08:45:00'); // service 5; never asked: no answer once the timeout passes
  at('2026-11-23T09:00:00');
  await issue('DATDAI'); // B003: still waiting at day's end → expired

  // Friday 27 November 2026, 15:50: three dossiers received (appointment Tuesday 1 December), one sent back for
  // supplements; returned Monday 30 November (before the appointment → early) and Wednesday 2 December (a day after → late).
  const week = await dossierWeek(hub, sockets, kiosk);
  expect(week.received.map((d) => localDayOf(d.appointmentAt!))).toEqual(['2026-12-01', '2026-12-01', '2026-12-01']);
  expect(week.returned.map((d) => d.timeliness)).toEqual(['early', 'late']);
  supervisor = (await login(hub.url, 'giamsat')).token;
});
afterAll(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
});

function localDayOf(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
}

const stats = (count: number, mean: number, median: number, p90: number, max: number) => ({ count, meanMinutes: mean, medianMinutes: median, p90Minutes: p90, maxMinutes: max });

describe('the period report', () => {
  it("counts a day's tickets, their waits and service times (mean, median, p90, max) and satisfaction", async () => {
    const { status, body } = await report('period=day&date=2026-11-23');
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: 'day', from: '2026-11-23', to: '2026-11-23', previous: { from: '2026-11-22', to: '2026-11-22' } });
    expect(body.totals.tickets).toEqual({
      issued: 7, served: 5, noShow: 1, cancelled: 0, expired: 1, transferred: 1,
      // Waits 2, 2, 7, 8, 10, 11: mean 40/6, median (7+8)/2, p90 the 6th of 6 (nearest rank).
      wait: stats(6, 6.7, 7.5, 11, 11),
      // Services 4, 5, 6, 6, 12: mean 33/5, median the 3rd, p90 the 5th of 5.
      service: stats(5, 6.6, 6, 12, 12),
      // Served DKKD tickets: A002 called after 2 minutes (within 5), A001 after 7; land's have no target.
      servedWithinTargetPercent: 50,
    });
    expect(body.totals.satisfaction).toMatchObject({ verySatisfied: 1, satisfied: 1, notSatisfied: 1, noAnswer: 2, responsePercent: 60 });
    expect(body.totals.satisfaction.ratings.satisfiedPercent).toBe(66.7);
    expect(body.previous.totals.tickets.issued).toBe(0);
    expect(body.daily).toEqual([{ day: '2026-11-23', issued: 7, served: 5, meanWaitMinutes: 6.7 }]);
  });

  it('breaks the figures down by department, service, counter, officer, priority class, source and hour', async () => {
    const { body } = await report('from=2026-11-23&to=2026-11-23');
    const { departments, services, counters, officers, priorities, sources, hours } = body.breakdowns;
    expect(body.kind).toBe('range');
    // A004 was transferred to DATDAI (TNMT): it counts where it ended.
    expect(departments.map((d) => [d.key, d.label, d.tickets.issued, d.tickets.served])).toEqual([
      ['KHDT', 'Sở Kế hoạch và Đầu tư', 3, 2],
      ['TNMT', 'Sở Tài nguyên và Môi trường', 4, 3],
    ]);
    expect(services.map((s) => [s.key, s.label, s.tickets.issued, s.tickets.servedWithinTargetPercent])).toEqual([
      ['DATDAI', 'Đất đai', 4, null],
      ['DKKD', 'Đăng ký kinh doanh', 3, 50],
    ]);
    expect(counters.map((c) => [c.label, c.tickets.served, c.tickets.noShow, c.tickets.service.meanMinutes])).toEqual([
      ['Quầy 1', 2, 1, 5],
      ['Quầy 2', 3, 0, 7.7],
    ]);
    expect(officers.map((o) => [o.label, o.satisfaction.verySatisfied, o.satisfaction.satisfied, o.satisfaction.notSatisfied, o.satisfaction.noAnswer])).toEqual([
      ['Nguyễn Văn An', 1, 0, 0, 1],
      ['Trần Thị Bình', 0, 1, 1, 1],
    ]);
    expect(officers.every((o) => o.dossiers === null)).toBe(true);
    expect(priorities.map((p) => [p.key, p.tickets.issued, p.tickets.wait.meanMinutes])).toEqual([
      ['elderly', 1, 2],
      ['none', 6, 7.6],
    ]);
    expect(priorities[0]!.label).toBe('Người cao tuổi');
    expect(sources.map((s) => [s.key, s.label, s.tickets.issued])).toEqual([['kiosk', 'Kiosk', 7]]);
    // Monday (1): two tickets at 07:xx, four at 08:xx, one at 09:00.
    expect(body.arrivals).toEqual([
      { weekday: 1, hour: 7, issued: 2 },
      { weekday: 1, hour: 8, issued: 4 },
      { weekday: 1, hour: 9, issued: 1 },
    ]);
    expect(hours.map((h) => [h.label, h.tickets.issued])).toEqual([
      ['07:00', 2],
      ['08:00', 4],
      ['09:00', 1],
    ]);
  });

  it("splits returned dossiers early / on time / late against a due date across the weekend, and lists the late one", async () => {
    const { body } = await report('from=2026-11-30&to=2026-12-04');
    expect(body.totals.dossiers).toEqual({ received: 0, returned: 2, pending: 1, early: 1, onTime: 0, late: 1, onTimePercent: 50, supplementsAsked: 0 });
    // Returned a day late, and still pending today (Wednesday 2 December) a day after its due day.
    const late = { department: 'KHDT', procedureCode: PROC_KHDT, service: 'DKKD', dueDay: '2026-12-01', daysLate: 1 };
    expect(body.lateDossiers).toEqual([
      { ...late, code: '000.00.06.H56-261127-0002', returnedDay: '2026-12-02' },
      { ...late, code: '000.00.06.H56-261127-0003', returnedDay: null },
    ]);
    // Before the due day nothing is late.
    expect((await report('from=2026-11-25&to=2026-11-30')).body.lateDossiers).toEqual([]);
    // The five days before: the Friday's receptions and the supplement asked, nothing returned yet.
    expect(body.previous).toMatchObject({ from: '2026-11-25', to: '2026-11-29' });
    expect(body.previous.totals.dossiers).toEqual({ received: 3, returned: 0, pending: 3, early: 0, onTime: 0, late: 0, onTimePercent: null, supplementsAsked: 1 });
    expect(body.breakdowns.departments.find((d) => d.key === 'KHDT')?.dossiers).toMatchObject({ returned: 2, late: 1 });
    expect(body.procedures).toEqual([
      { procedureCode: PROC_KHDT, name: 'Đăng ký thành lập hộ kinh doanh', department: 'KHDT', dossiers: { received: 0, returned: 2, pending: 1, early: 1, onTime: 0, late: 1, onTimePercent: 50, supplementsAsked: 0 } },
    ]);
    expect(body.previous.totals.dossiers.supplementsAsked).toBe(1);
  });

  it('names calendar periods: weeks from Monday, months, quarters, years', async () => {
    expect((await report('period=week&date=2026-11-25')).body).toMatchObject({ from: '2026-11-23', to: '2026-11-29', previous: { from: '2026-11-16', to: '2026-11-22' } });
    const week = (await report('period=week&date=2026-11-25')).body;
    expect(week.totals.tickets.issued).toBe(11); // Monday's 7 and Friday's 4 registrations
    expect(week.totals.dossiers).toMatchObject({ received: 3, pending: 3, supplementsAsked: 1 });
    expect(week.daily.map((d) => d.day)).toHaveLength(7);
    expect((await report('period=quarter&date=2026-11-25')).body).toMatchObject({ from: '2026-10-01', to: '2026-12-31', previous: { from: '2026-07-01', to: '2026-09-30' } });
    const year = (await report('period=year&date=2026-02-10')).body;
    expect(year).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
    expect(year.totals.tickets.issued).toBe(11);
    // Today (Wednesday 2 December) when no date is given.
    expect((await report('period=month')).body).toMatchObject({ from: '2026-12-01', to: '2026-12-31', previous: { from: '2026-10-31', to: '2026-11-30' } });
  });

  it('is for supervisors and admins, and refuses a bad period with a typed error', async () => {
    expect((await report('period=day', (await login(hub.url, 'canbo01')).token)).status).toBe(403);
    expect((await report('period=day', (await login(hub.url, 'admin')).token)).status).toBe(200);
    for (const bad of ['from=2026-11-30&to=2026-11-01', 'from=2026-11-01', 'period=week&from=2026-11-01&to=2026-11-02', 'period=decade', 'from=2025-01-01&to=2026-12-31', 'from=2026-02-30&to=2026-03-01', 'date=2026-11-01&from=2026-11-01&to=2026-11-02']) {
      const r = await fetch(`${hub.url}/api/v1/reports?${bad}`, { headers: { authorization: `Bearer ${supervisor}` } });
      expect(r.status, bad).toBe(400);
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('invalid_payload');
    }
  });
});
