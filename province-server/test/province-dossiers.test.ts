/**
 * Dossiers reach the province without their applicants, on a cursor of their
 * own, and the province counts them exactly as the hall's own period report:
 * three received on a Friday afternoon (appointment Tuesday, across the
 * weekend), one sent back for supplements, one returned on Monday (early),
 * one on Wednesday (late).
 */
import type { Socket } from 'socket.io-client';
import type { PeriodReport, ProvincePeriodReport } from '@luot/protocol';
import {
  connected,
  dossierHallConfig,
  dossierWeek,
  login,
  openSocket,
  PERSONAL_STRINGS,
  startTestHub,
  TEST_TOKENS,
  until,
  type TestHub,
} from '@luot/testing';
import { startTestPostgres, type TestPostgres } from '@luot/testing/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, createProvince, type Pool, type Province } from '../src/index';
import { recordContract } from './helpers/contract';

let server: TestPostgres;
let pool: Pool;
let province: Province;
let url: string;
let admin: string;
let hub: TestHub;
let contract: ReturnType<typeof recordContract>;
const sockets: Socket[] = [];

async function provinceReport(from: string, to: string): Promise<ProvincePeriodReport> {
  const res = await fetch(`${url}/api/v1/reports/period?from=${from}&to=${to}&hall=hall-d`, { headers: { authorization: `Bearer ${admin}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as ProvincePeriodReport;
}

async function hallReport(from: string, to: string): Promise<PeriodReport> {
  const { token } = await login(hub.url, 'giamsat');
  const res = await fetch(`${hub.url}/api/v1/reports?from=${from}&to=${to}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as PeriodReport;
}

/** Waits until the province has acknowledged every dossier change the hub has. */
async function dossiersShipped(): Promise<void> {
  const last = hub.db.prepare('SELECT MAX(id) AS id FROM dossier_history').get() as { id: number };
  await until(() => (hub.db.prepare('SELECT dossier_cursor FROM province_link').get() as { dossier_cursor: number }).dossier_cursor === last.id, 15_000, 'the dossiers to reach the province');
}

beforeAll(async () => {
  server = await startTestPostgres();
  pool = createPool(await server.createDatabase());
  province = await createProvince({ pool, adminPassword: 'quan-tri-tinh', log: () => undefined });
  contract = recordContract(province.app);
  url = `http://127.0.0.1:${await province.listen(0, '127.0.0.1')}`;
  const signIn = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'quan-tri-tinh' }) });
  admin = ((await signIn.json()) as { token: string }).token;
  const { token } = await province.halls.enrol('hall-d', 'Trung tâm D');
  hub = await startTestHub({
    config: dossierHallConfig(),
    serveApps: false,
    now: Date.parse('2026-11-27T15:40:00+07:00'),
    province: { url, token, idleMs: 50, retry: { minMs: 50, maxMs: 200 } },
  });

  const kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
  const week = await dossierWeek(hub, sockets, kiosk);
  expect(week.returned.map((d) => d.timeliness)).toEqual(['early', 'late']);
  await dossiersShipped();
});

afterAll(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub?.close();
  await province?.close();
  await pool?.end();
  await server?.stop();
  contract.assertClean();
});

describe("the province's dossier figures", () => {
  it.each([
    ['the Friday', '2026-11-27', '2026-11-27'],
    ['the Monday', '2026-11-30', '2026-11-30'],
    ['the week after', '2026-11-28', '2026-12-04'],
    ['the month', '2026-11-01', '2026-11-30'],
  ])("equal the hall's own period report for %s", async (_name, from, to) => {
    const own = await hallReport(from, to);
    const theirs = await provinceReport(from, to);
    expect(theirs.halls[0]!.dossiers).toEqual(own.totals.dossiers);
    expect(theirs.dossiers).toEqual(own.totals.dossiers);
  });

  it('count a Friday of three received (the fourth sent back for supplements gets no code), one returned early and one late later', async () => {
    expect((await provinceReport('2026-11-27', '2026-11-27')).dossiers).toEqual({ received: 3, returned: 0, pending: 3, early: 0, onTime: 0, late: 0, onTimePercent: null, supplementsAsked: 1 });
    expect((await provinceReport('2026-11-27', '2026-12-02')).halls[0]).toMatchObject({
      onTimeRank: 1,
      dossiers: { received: 3, returned: 2, pending: 1, early: 1, late: 1, onTimePercent: 50 },
    });
  });

  it('hold nothing of the applicant', async () => {
    const rows = JSON.stringify((await pool.query('SELECT * FROM dossier_finals')).rows);
    expect((await pool.query('SELECT count(*)::int AS n FROM dossier_finals')).rows[0]).toEqual({ n: 4 });
    for (const personal of PERSONAL_STRINGS) expect(rows).not.toContain(personal);
  });
});
