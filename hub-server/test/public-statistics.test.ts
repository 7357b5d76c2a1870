/**
 * The public statistics page and API: no sign-in, kept for a minute, the
 * report API's figures for this month and this year, and no personal data
 * (no officer, applicant, dossier code or ticket in the answer or the page).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { DossierView, PeriodReport, PublicStatistics, TicketView } from '@luot/protocol';
import { APPLICANT, DOCUMENTS, PERSONAL_STRINGS, PROC_KHDT, TEST_TOKENS, cid, command, connected, dossierHallConfig, login, officerAt, openSocket, registerAt, serveNext, startTestHub, type TestHub } from '@luot/testing';

let hub: TestHub;
const sockets: Socket[] = [];
let supervisor: string;
const personal: string[] = [];

const at = (local: string) => hub.clock.set(Date.parse(`${local}+07:00`));
async function act<T = TicketView>(socket: Socket, event: string, payload: object = {}): Promise<T> {
  const r = await command<T>(socket, event, { commandId: cid(), ...payload });
  if (!r.ok) throw new Error(`${event}: ${r.error.message.en}`);
  return r.value;
}

beforeAll(async () => {
  hub = await startTestHub({ config: dossierHallConfig(), serveApps: false, now: Date.parse('2026-11-23T08:00:00+07:00') });
  const kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
  const officer = await officerAt(hub, sockets, 'canbo01', 1);
  // Two served with ratings; a third ticket (still at the counter) hands in a dossier, returned early.
  for (const rating of [5, 1] as const) {
    await act(kiosk, 'ticket:issue', { service: 'DATDAI' });
    at('2026-11-23T08:04:00');
    const t = await act<TicketView>(officer, 'counter:call-next');
    await act(officer, 'counter:start-serving');
    await act(officer, 'counter:finish', { outcome: 'guided' });
    await act(officer, 'ticket:rate', { ticketId: t.id, rating });
    personal.push(t.id);
  }
  const reg = await registerAt(kiosk, PROC_KHDT);
  await serveNext(officer);
  const received = await act<DossierView>(officer, 'dossier:receive', { dossier: reg.dossierId, applicant: APPLICANT, documents: DOCUMENTS });
  await act(officer, 'dossier:set-status', { dossier: reg.dossierId, status: 'result_ready' });
  await act(officer, 'dossier:mark-returned', { dossier: reg.dossierId });
  personal.push(received.code!, received.trackingCode!, ...PERSONAL_STRINGS, 'canbo01', reg.dossierId);
  at('2026-11-25T10:00:00');
  supervisor = (await login(hub.url, 'giamsat')).token;
});
afterAll(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
});

const report = async (period: string) =>
  (await (await fetch(`${hub.url}/api/v1/reports?period=${period}`, { headers: { authorization: `Bearer ${supervisor}` } })).json()) as PeriodReport;

describe('public statistics', () => {
  it('answers without sign-in, cached for a minute, with the report API figures of this month and year', async () => {
    const res = await fetch(`${hub.url}/api/v1/statistics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const body = (await res.json()) as PublicStatistics;
    expect(body.periods.map((p) => [p.kind, p.from, p.to])).toEqual([
      ['month', '2026-11-01', '2026-11-30'],
      ['year', '2026-01-01', '2026-12-31'],
    ]);
    for (const p of body.periods) {
      const r = await report(p.kind);
      const t = r.totals;
      expect(p.totals).toEqual({
        served: t.tickets.served,
        meanWaitMinutes: t.tickets.wait.meanMinutes,
        dossiersReturned: t.dossiers.returned,
        early: t.dossiers.early,
        onTime: t.dossiers.onTime,
        late: t.dossiers.late,
        onTimePercent: t.dossiers.onTimePercent,
        ratings: 2,
        satisfiedPercent: t.satisfaction.ratings.satisfiedPercent,
      });
      expect(p.departments.map((d) => [d.code, d.name, d.served, d.onTimePercent, d.satisfiedPercent])).toEqual(
        r.breakdowns.departments.map((d) => [d.key, d.label, d.tickets.served, d.dossiers?.onTimePercent ?? null, d.satisfaction.ratings.satisfiedPercent]),
      );
    }
    expect(body.periods[0]!.totals).toMatchObject({ served: 2, dossiersReturned: 1, early: 1, onTimePercent: 100, ratings: 2, satisfiedPercent: 50 });
  });

  it('shows the page in Vietnamese for phones, with no personal data anywhere', async () => {
    const page = await fetch(`${hub.url}/thong-ke/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('cache-control')).toBe('public, max-age=60');
    const html = await page.text();
    expect(html).toContain('Thống kê kết quả phục vụ');
    expect(html).toContain('Tháng này');
    expect(html).toContain('Năm nay');
    expect(html).toContain('name="viewport"');
    expect(html).not.toContain('<script');
    expect(Buffer.byteLength(html)).toBeLessThan(20_000);
    const json = await (await fetch(`${hub.url}/api/v1/statistics`)).text();
    for (const secret of personal) {
      expect(html).not.toContain(secret);
      expect(json).not.toContain(secret);
    }
    expect((await fetch(`${hub.url}/thong-ke`, { redirect: 'manual' })).headers.get('location')).toBe('/thong-ke/');
  });

  it('keeps the figures for a minute, then computes them again', async () => {
    const first = (await (await fetch(`${hub.url}/api/v1/statistics`)).json()) as PublicStatistics;
    hub.clock.set(first.computedAt + 30_000);
    expect(((await (await fetch(`${hub.url}/api/v1/statistics`)).json()) as PublicStatistics).computedAt).toBe(first.computedAt);
    hub.clock.set(first.computedAt + 61_000);
    expect(((await (await fetch(`${hub.url}/api/v1/statistics`)).json()) as PublicStatistics).computedAt).toBe(first.computedAt + 61_000);
  });
});
