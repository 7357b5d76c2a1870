/**
 * The province's views against real hubs: its figures for a hall equal the
 * hall's own day report exactly; the live view; halls ranked; the XLSX; who
 * may see what.
 */
import ExcelJS from 'exceljs';
import type { DayReport, HallLive, ProvincePeriodReport, TicketReceipt } from '@luot/protocol';
import { cid, command, connected, login, officerAtCounter, socketSet, startTestHub, TEST_TOKENS, testHallConfig, type TestHub } from '@luot/testing';
import { startTestPostgres, type TestPostgres } from '@luot/testing/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, createProvince, type Pool, type Province } from '../src/index';
import { recordContract } from './helpers/contract';

let server: TestPostgres;
let pool: Pool;
let province: Province;
let url: string;
let admin: string;
let contract: ReturnType<typeof recordContract>;
const hubs: Record<'a' | 'b', TestHub> = {} as Record<'a' | 'b', TestHub>;
const sockets = socketSet();

async function api<T>(path: string, token: string | null, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as T };
}

async function signIn(username: string, password: string): Promise<string> {
  const r = await api<{ token: string }>('/api/v1/auth/login', null, { username, password });
  expect(r.status).toBe(200);
  return r.body.token;
}

/**
 * Serves tickets with the given ratings at counter 1, leaves `waiting` waiting and marks one no-show. With
 * `second`, a second officer at counter 2 serves every other ticket and signs out at the end.
 */
async function dayAt(hub: TestHub, ratings: (number | null)[], waiting: number, second = false): Promise<void> {
  const kiosk = sockets.open(hub.url, '/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
  const first = await officerAtCounter(sockets, hub.url, 'canbo01', 1);
  const helper = second ? await officerAtCounter(sockets, hub.url, 'canbo02', 2) : null;
  for (const [i, rating] of ratings.entries()) {
    const counter = helper !== null && i % 2 === 1 ? helper : first;
    const t = await command<TicketReceipt>(kiosk, 'ticket:issue', { commandId: cid(), service: i % 2 === 0 ? 'DKKD' : 'DATDAI' });
    expect(t.ok).toBe(true);
    hub.clock.advance((i + 1) * 60_000);
    expect(await command(counter, 'counter:call-next', { commandId: cid() })).toMatchObject({ ok: true });
    expect(await command(counter, 'counter:start-serving', { commandId: cid() })).toMatchObject({ ok: true });
    hub.clock.advance((3 + i) * 60_000);
    expect(await command(counter, 'counter:finish', { commandId: cid(), outcome: 'guided' })).toMatchObject({ ok: true });
    if (t.ok && rating !== 0) {
      expect(await command(counter, 'ticket:rate', { commandId: cid(), ticketId: t.value.ticket.id, rating })).toMatchObject({ ok: true });
    }
  }
  if (helper !== null) expect(await command(helper, 'counter:sign-out', { commandId: cid() })).toMatchObject({ ok: true });
  const counter = first;
  await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
  hub.clock.advance(60_000);
  expect(await command(counter, 'counter:call-next', { commandId: cid() })).toMatchObject({ ok: true });
  for (let i = 0; i < 4; i++) {
    const r = await command(counter, 'counter:recall', { commandId: cid() });
    if (!r.ok) break;
  }
  await command(counter, 'counter:no-show', { commandId: cid() });
  for (let i = 0; i < waiting; i++) await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DATDAI' });
  hub.clock.advance(7 * 60_000);
  // A counter pauses and reopens: the batch it makes tells the province the hall's clock.
  expect(await command(counter, 'counter:set-state', { commandId: cid(), state: 'paused', reason: 'Nghỉ giải lao' })).toMatchObject({ ok: true });
  expect(await command(counter, 'counter:set-state', { commandId: cid(), state: 'open' })).toMatchObject({ ok: true });
}

async function current(hub: TestHub): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const health = (await (await fetch(`${hub.url}/healthz`)).json()) as { province: { backlog: number } };
    if (health.province.backlog === 0) return;
    if (Date.now() > deadline) throw new Error('the hall did not catch up');
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  server = await startTestPostgres();
  pool = createPool(await server.createDatabase());
  province = await createProvince({ pool, adminPassword: 'quan-tri-tinh', log: () => undefined });
  contract = recordContract(province.app);
  url = `http://127.0.0.1:${await province.listen(0, '127.0.0.1')}`;
  admin = await signIn('admin', 'quan-tri-tinh');
  for (const id of ['a', 'b'] as const) {
    const enrolled = await api<{ token: string }>('/api/v1/halls', admin, { id: `hall-${id}`, name: `Trung tâm ${id.toUpperCase()}` });
    expect(enrolled.status).toBe(201);
    hubs[id] = await startTestHub({
      config: testHallConfig(),
      serveApps: false,
      province: { url, token: enrolled.body.token, idleMs: 50, retry: { minMs: 50, maxMs: 200 } },
    });
  }
  await dayAt(hubs.a, [5, 3, null, 0, 5], 3, true);
  await dayAt(hubs.b, [1, 1], 1);
  await Promise.all([current(hubs.a), current(hubs.b)]);
});

afterAll(async () => {
  sockets.closeAll();
  for (const hub of Object.values(hubs)) await hub.close();
  await province?.close();
  await pool?.end();
  await server?.stop();
  contract.assertClean();
});

const DAY = '2026-11-23';

describe("the province's figures", () => {
  it("equal the hall's own day report exactly", async () => {
    const supervisor = await login(hubs.a.url, 'giamsat');
    const own = (await (await fetch(`${hubs.a.url}/api/v1/reports/day?day=${DAY}`, { headers: { authorization: `Bearer ${supervisor.token}` } })).json()) as DayReport;
    expect(own.totals.issued).toBe(9);
    const { status, body } = await api<ProvincePeriodReport>(`/api/v1/reports/period?from=${DAY}&to=${DAY}&hall=hall-a`, admin);
    expect(status).toBe(200);
    const hall = body.halls[0]!;
    expect(hall.totals).toEqual(own.totals);
    expect(hall.services).toEqual(own.services);
    expect(hall.counters).toEqual(own.counters.map(({ ratings: _r, ...c }) => c));
    // Per officer: the same officers (the hall's user ids and display names, never the login name) with the same figures.
    expect(own.officers).toHaveLength(2);
    const byName = <T extends { name: string | null }>(list: T[]) => [...list].sort((x, y) => (x.name ?? '').localeCompare(y.name ?? '', 'vi'));
    expect(hall.officers).toEqual(byName(own.officers.map(({ username: _u, ...o }) => o)));
    expect(hall.officers.map((o) => o.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(JSON.stringify(hall.officers)).not.toContain('canbo0');
  });

  it('rank the halls and add them up across the province', async () => {
    const { body } = await api<ProvincePeriodReport>(`/api/v1/reports/period?from=2026-11-01&to=2026-11-30`, admin);
    expect(body.halls.map((h) => [h.hall, h.rank])).toEqual([
      ['hall-a', 1],
      ['hall-b', 2],
    ]);
    expect(body.totals.issued).toBe(body.halls[0]!.totals.issued + body.halls[1]!.totals.issued);
    expect(body.totals.ratings.votes).toEqual({ '1': 2, '2': 0, '3': 1, '4': 0, '5': 2 });
    expect(body.totals.ratings.satisfiedPercent).toBe(60);
  });

  it('export to XLSX with the halls ranked', async () => {
    const res = await fetch(`${url}/api/v1/reports/period.xlsx?from=2026-11-01&to=2026-11-30`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet('Trung tâm')!;
    expect([2, 3].map((r) => [sheet.getCell(r, 1).value, sheet.getCell(r, 2).value, sheet.getCell(r, 4).value])).toEqual([
      [1, 'hall-a', 9],
      [2, 'hall-b', 4],
    ]);
    const officers = book.getWorksheet('Cán bộ')!;
    const { body } = await api<ProvincePeriodReport>(`/api/v1/reports/period?from=2026-11-01&to=2026-11-30`, admin);
    const expected = body.halls.flatMap((h) => h.officers.map((o) => [h.hall, o.officerId, o.name, o.served]));
    expect(expected).toHaveLength(3);
    expect([2, 3, 4].map((r) => [1, 2, 3, 4].map((c) => officers.getCell(r, c).value))).toEqual(expected);
  });

  it('refuse bad periods with a typed error', async () => {
    const bad = await api<{ error: { code: string } }>(`/api/v1/reports/period?from=2026-11-30&to=2026-11-01`, admin);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_payload');
    expect((await api(`/api/v1/reports/period?from=2025-01-01&to=2026-11-01`, admin)).status).toBe(400);
  });
});

describe('the live view', () => {
  it('shows every hall: open counters, people waiting, the longest wait and the link', async () => {
    const { status, body } = await api<HallLive[]>('/api/v1/halls/live', admin);
    expect(status).toBe(200);
    const a = body.find((h) => h.hall === 'hall-a')!;
    expect(a).toMatchObject({ name: 'Trung tâm A', day: DAY, openCounters: 1, waiting: 3, longestWaitMinutes: 7, devicesInFault: 0 });
    expect(a.link.backlog).toBe(0);
    expect(a.link.acked).toBe(hubs.a.db.prepare('SELECT MAX(seq) AS s FROM events').pluck().get());
    expect(body.find((h) => h.hall === 'hall-b')).toMatchObject({ waiting: 1, openCounters: 1 });
  });
});

describe('province accounts', () => {
  it('let viewers read every hall, a hall supervisor only theirs, and only admins enrol', async () => {
    expect((await api('/api/v1/accounts', admin, { username: 'xem', name: 'Người xem', role: 'viewer', password: 'mat-khau-xem' })).status).toBe(201);
    expect(
      (await api('/api/v1/accounts', admin, { username: 'gs-a', name: 'Giám sát A', role: 'hall_supervisor', hall: 'hall-a', password: 'mat-khau-gs' })).status,
    ).toBe(201);
    const viewer = await signIn('xem', 'mat-khau-xem');
    const supervisor = await signIn('gs-a', 'mat-khau-gs');
    expect((await api<HallLive[]>('/api/v1/halls/live', viewer)).body).toHaveLength(2);
    expect((await api<HallLive[]>('/api/v1/halls/live', supervisor)).body.map((h) => h.hall)).toEqual(['hall-a']);
    expect((await api(`/api/v1/reports/period?from=${DAY}&to=${DAY}&hall=hall-b`, supervisor)).status).toBe(403);
    expect((await api<ProvincePeriodReport>(`/api/v1/reports/period?from=${DAY}&to=${DAY}`, supervisor)).body.halls.map((h) => h.hall)).toEqual(['hall-a']);
    expect((await api('/api/v1/halls', viewer, { id: 'hall-x', name: 'X' })).status).toBe(403);
    expect((await api('/api/v1/halls/live', null)).status).toBe(401);
    expect((await api('/api/v1/auth/login', null, { username: 'xem', password: 'sai' })).status).toBe(401);
  });

  it('refuse an address after ten wrong passwords, even with the right one', async () => {
    await signIn('admin', 'quan-tri-tinh'); // a success starts the count afresh
    for (let i = 0; i < 10; i++) expect((await api('/api/v1/auth/login', null, { username: 'admin', password: `doan-${i}` })).status).toBe(401);
    const locked = await api<{ error: { code: string; message: { vi: string } } }>('/api/v1/auth/login', null, { username: 'admin', password: 'quan-tri-tinh' });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('too_many_attempts');
    expect(locked.body.error.message.vi).toContain('1 phút');
  });
});
