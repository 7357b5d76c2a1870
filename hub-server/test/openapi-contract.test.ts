/**
 * Contract coverage: every route under /api/v1 and /healthz that the hub
 * registers answers here at least once with success and once with each error
 * status openapi.yaml gives it (4xx), and the test hub checks every one of
 * those answers against the document (see @luot/testing's openapi-contract).
 * A route added without a document entry, or an answer that drifts from it,
 * fails this file.
 */
import { readFileSync } from 'node:fs';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MAX_PAYLOAD_BYTES, type DossierView, type LoginResponse, type TicketView } from '@luot/protocol';
import { OPENAPI_PATH } from '@luot/hub-server';
import {
  APPLICANT,
  DOCUMENTS,
  PROC_KHDT,
  PROC_TNMT,
  TEST_TOKENS,
  cid,
  command,
  connected,
  createContractRecorder,
  dossierHallConfig,
  inContract,
  login,
  officerAt,
  openSocket,
  registerAt,
  serveNext,
  registeredRoutes,
  startTestHub,
  type TestHub,
} from '@luot/testing';

let hub: TestHub;
const sockets: Socket[] = [];
let admin: LoginResponse;
let officer: LoginResponse;
let supervisor: LoginResponse;

beforeAll(async () => {
  const hall = dossierHallConfig();
  hub = await startTestHub({
    // DKKD takes bookings, one a slot (the appointments' routes below).
    config: { ...hall, appointments: { ...hall.appointments, services: ['DKKD'], capacityPerSlot: 1 } },
    serveApps: false,
    now: Date.parse('2026-11-23T09:00:00+07:00'),
  });
  [admin, officer, supervisor] = await Promise.all([
    login(hub.url, 'admin'),
    login(hub.url, 'canbo01'),
    login(hub.url, 'giamsat'),
  ]);
});
afterAll(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close(); // throws if any answer differed from openapi.yaml
});

interface Call {
  token?: string;
  body?: unknown;
  /** A raw body sent as JSON (malformed or oversized on purpose). */
  raw?: string;
  /** The browser page's origin, when the call plays one. */
  origin?: string;
}
async function call(method: string, path: string, { token, body, raw, origin }: Call = {}) {
  const text = raw ?? (body === undefined ? undefined : JSON.stringify(body));
  const r = await fetch(`${hub.url}${path}`, {
    method,
    redirect: 'manual',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(origin ? { origin } : {}),
      ...(text === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(text === undefined ? {} : { body: text }),
  });
  const type = r.headers.get('content-type') ?? '';
  return { status: r.status, json: type.startsWith('application/json') ? ((await r.json()) as unknown) : undefined };
}
/** Asserts the status of a call and gives its JSON answer. */
async function expectStatus(status: number, method: string, path: string, options?: Call): Promise<unknown> {
  const r = await call(method, path, options);
  expect(r.status, `${method} ${path}: ${JSON.stringify(r.json)}`).toBe(status);
  return r.json;
}
const MALFORMED = '{"oops":';
const OVERSIZED = JSON.stringify({ pad: 'x'.repeat(MAX_PAYLOAD_BYTES) });

describe('every route answers as openapi.yaml says', () => {
  it('public reads: health, hall, services, procedures, the document', async () => {
    await expectStatus(200, 'GET', '/healthz');
    await expectStatus(200, 'GET', '/api/v1/hall');
    await expectStatus(200, 'GET', '/api/v1/services');
    await expectStatus(200, 'GET', '/api/v1/procedures');
    await expectStatus(200, 'GET', '/api/v1/openapi.yaml');
  });

  it('staff sign-in and sign-out', async () => {
    await expectStatus(200, 'POST', '/api/v1/auth/login', { body: { username: 'canbo02', password: 'secret-pass' } });
    await expectStatus(400, 'POST', '/api/v1/auth/login', { body: { username: 'canbo02' } });
    await expectStatus(401, 'POST', '/api/v1/auth/login', { body: { username: 'canbo02', password: 'wrong-pass' } });
    await expectStatus(413, 'POST', '/api/v1/auth/login', { raw: OVERSIZED });
    await expectStatus(403, 'POST', '/api/v1/auth/login', { body: { username: 'canbo02', password: 'secret-pass' }, origin: 'http://evil.example' });
    // A username locked after 5 failures (a name of its own, so no account here is locked).
    for (let i = 0; i < 5; i++) await expectStatus(401, 'POST', '/api/v1/auth/login', { body: { username: 'khong-co', password: 'wrong-pass' } });
    await expectStatus(429, 'POST', '/api/v1/auth/login', { body: { username: 'khong-co', password: 'wrong-pass' } });
    const session = await login(hub.url, 'canbo02');
    await expectStatus(400, 'POST', '/api/v1/auth/logout', { token: session.token, raw: MALFORMED });
    await expectStatus(413, 'POST', '/api/v1/auth/logout', { token: session.token, raw: OVERSIZED });
    await expectStatus(403, 'POST', '/api/v1/auth/logout', { token: TEST_TOKENS.kiosk });
    await expectStatus(204, 'POST', '/api/v1/auth/logout', { token: session.token });
    await expectStatus(401, 'POST', '/api/v1/auth/logout', { token: session.token });
  });

  it('changing one’s own password', async () => {
    const session = await login(hub.url, 'canbo03');
    const path = '/api/v1/auth/password';
    await expectStatus(400, 'POST', path, { token: session.token, body: { currentPassword: 'secret-pass', newPassword: 'short' } });
    await expectStatus(401, 'POST', path, { token: session.token, body: { currentPassword: 'wrong-pass', newPassword: 'mat-khau-moi-2026' } });
    await expectStatus(403, 'POST', path, { token: TEST_TOKENS.kiosk, body: { currentPassword: 'secret-pass', newPassword: 'mat-khau-moi-2026' } });
    await expectStatus(413, 'POST', path, { token: session.token, raw: OVERSIZED });
    await expectStatus(204, 'POST', path, { token: session.token, body: { currentPassword: 'secret-pass', newPassword: 'mat-khau-moi-2026' } });
    await expectStatus(204, 'POST', path, { token: session.token, body: { currentPassword: 'mat-khau-moi-2026', newPassword: 'secret-pass' } });
  });

  it('tickets: issue and follow', async () => {
    const issued = (await expectStatus(201, 'POST', '/api/v1/tickets', {
      token: TEST_TOKENS.kiosk,
      body: { service: 'DKKD' },
    })) as TicketView;
    await expectStatus(400, 'POST', '/api/v1/tickets', {
      token: TEST_TOKENS.kiosk,
      body: { service: 'DKKD', extra: 1 },
    });
    await expectStatus(401, 'POST', '/api/v1/tickets', { body: { service: 'DKKD' } });
    await expectStatus(403, 'POST', '/api/v1/tickets', { token: officer.token, body: { service: 'DKKD' } });
    await expectStatus(404, 'POST', '/api/v1/tickets', { token: TEST_TOKENS.kiosk, body: { service: 'NOPE' } });
    await expectStatus(413, 'POST', '/api/v1/tickets', { token: TEST_TOKENS.kiosk, raw: OVERSIZED });
    await expectStatus(422, 'POST', '/api/v1/tickets', {
      token: TEST_TOKENS.kiosk,
      body: { service: 'TRAKQ', priority: 'elderly' },
    });
    await expectStatus(200, 'GET', `/api/v1/tickets/${issued.id}`);
    await expectStatus(404, 'GET', '/api/v1/tickets/no-such-ticket');
  });

  it('counter actions over HTTP', async () => {
    const c = (action: string, number: number | string = 1) => `/api/v1/counters/${number}/${action}`;
    await call('POST', '/api/v1/tickets', { token: TEST_TOKENS.kiosk, body: { service: 'DKKD' } });
    for (const action of ['sign-in', 'sign-out', 'call-next', 'recall', 'no-show', 'finish']) {
      await expectStatus(400, 'POST', c(action, 'abc'), { token: officer.token });
      await expectStatus(401, 'POST', c(action));
      await expectStatus(403, 'POST', c(action), { token: TEST_TOKENS.kiosk });
      await expectStatus(404, 'POST', c(action, 99), { token: admin.token });
      await expectStatus(413, 'POST', c(action), { token: officer.token, raw: OVERSIZED });
    }
    // Not signed in yet: the counter is closed.
    await expectStatus(409, 'POST', c('call-next'), { token: admin.token });
    await expectStatus(200, 'POST', c('sign-in'), { token: officer.token });
    await expectStatus(409, 'POST', c('sign-in'), { token: supervisor.token });
    await expectStatus(409, 'POST', c('recall'), { token: officer.token });
    await expectStatus(409, 'POST', c('no-show'), { token: officer.token });
    await expectStatus(409, 'POST', c('finish'), { token: officer.token, body: { outcome: 'guided' } });
    await expectStatus(200, 'POST', c('call-next'), { token: officer.token });
    await expectStatus(200, 'POST', c('recall'), { token: officer.token });
    await expectStatus(200, 'POST', c('no-show'), { token: officer.token });
    await call('POST', '/api/v1/tickets', { token: TEST_TOKENS.kiosk, body: { service: 'DKKD' } });
    await expectStatus(200, 'POST', c('call-next'), { token: officer.token });
    await expectStatus(200, 'POST', c('finish'), { token: officer.token, body: { outcome: 'guided' } });
    // Tickets issued earlier in this file wait too: serve them until nobody waits (null).
    for (let n = 0; (await expectStatus(200, 'POST', c('call-next'), { token: officer.token })) !== null; n++) {
      expect(n).toBeLessThan(10);
      await expectStatus(200, 'POST', c('finish'), { token: officer.token, body: { outcome: 'other' } });
    }
    // A counter with a ticket in hand cannot sign out.
    await call('POST', '/api/v1/tickets', { token: TEST_TOKENS.kiosk, body: { service: 'DKKD' } });
    await expectStatus(200, 'POST', c('call-next'), { token: officer.token });
    await expectStatus(409, 'POST', c('sign-out'), { token: officer.token });
    await expectStatus(200, 'POST', c('finish'), { token: officer.token, body: { outcome: 'guided' } });
    await expectStatus(200, 'POST', c('sign-out'), { token: officer.token });
  });

  it('device printer reports', async () => {
    const report = { commandId: cid(), state: 'paper_out' };
    await expectStatus(200, 'POST', '/api/v1/devices/printer', { token: TEST_TOKENS.kiosk, body: report });
    await expectStatus(400, 'POST', '/api/v1/devices/printer', {
      token: TEST_TOKENS.kiosk,
      body: { ...report, state: 'on_fire' },
    });
    await expectStatus(401, 'POST', '/api/v1/devices/printer', { body: report });
    await expectStatus(403, 'POST', '/api/v1/devices/printer', { token: admin.token, body: report });
    await expectStatus(413, 'POST', '/api/v1/devices/printer', { token: TEST_TOKENS.kiosk, raw: OVERSIZED });
  });

  it('device enrolment', async () => {
    const device = { id: 'display-9', name: 'TV tầng 2', role: 'display' };
    await expectStatus(200, 'GET', '/api/v1/devices', { token: supervisor.token });
    await expectStatus(401, 'GET', '/api/v1/devices');
    await expectStatus(403, 'GET', '/api/v1/devices', { token: officer.token });
    await expectStatus(201, 'POST', '/api/v1/devices', { token: admin.token, body: device });
    await expectStatus(200, 'POST', '/api/v1/devices', { token: admin.token, body: device });
    await expectStatus(400, 'POST', '/api/v1/devices', { token: admin.token, body: { ...device, role: 'toaster' } });
    await expectStatus(401, 'POST', '/api/v1/devices', { body: device });
    await expectStatus(403, 'POST', '/api/v1/devices', { token: supervisor.token, body: device });
    await expectStatus(413, 'POST', '/api/v1/devices', { token: admin.token, raw: OVERSIZED });
    await expectStatus(200, 'POST', '/api/v1/devices/display-9/token', { token: admin.token });
    await expectStatus(400, 'POST', '/api/v1/devices/not%20an%20id/token', { token: admin.token });
    await expectStatus(401, 'POST', '/api/v1/devices/display-9/token');
    await expectStatus(403, 'POST', '/api/v1/devices/display-9/token', { token: supervisor.token });
    await expectStatus(404, 'POST', '/api/v1/devices/no-such-device/token', { token: admin.token });
    await expectStatus(413, 'POST', '/api/v1/devices/display-9/token', { token: admin.token, raw: OVERSIZED });
    await expectStatus(204, 'DELETE', '/api/v1/devices/display-9', { token: admin.token });
    await expectStatus(400, 'DELETE', '/api/v1/devices/not%20an%20id', { token: admin.token });
    await expectStatus(401, 'DELETE', '/api/v1/devices/display-9');
    await expectStatus(403, 'DELETE', '/api/v1/devices/display-9', { token: supervisor.token });
    await expectStatus(404, 'DELETE', '/api/v1/devices/display-9', { token: admin.token });
    await expectStatus(413, 'DELETE', '/api/v1/devices/display-9', { token: admin.token, raw: OVERSIZED });
  });

  it('staff accounts', async () => {
    const account = { username: 'canbo09', name: 'Lê Thị Hoa', role: 'officer', password: 'mat-khau-moi' };
    await expectStatus(200, 'GET', '/api/v1/users', { token: supervisor.token });
    await expectStatus(401, 'GET', '/api/v1/users');
    await expectStatus(403, 'GET', '/api/v1/users', { token: officer.token });
    await expectStatus(201, 'POST', '/api/v1/users', { token: admin.token, body: account });
    await expectStatus(400, 'POST', '/api/v1/users', { token: admin.token, body: { ...account, password: 'short' } });
    await expectStatus(401, 'POST', '/api/v1/users', { body: account });
    await expectStatus(403, 'POST', '/api/v1/users', { token: supervisor.token, body: account });
    await expectStatus(409, 'POST', '/api/v1/users', { token: admin.token, body: account });
    await expectStatus(413, 'POST', '/api/v1/users', { token: admin.token, raw: OVERSIZED });
    await expectStatus(200, 'PATCH', '/api/v1/users/canbo09', {
      token: admin.token,
      body: { name: 'Lê Thị Hoa (Tổ 2)' },
    });
    await expectStatus(400, 'PATCH', '/api/v1/users/canbo09', { token: admin.token, body: {} });
    await expectStatus(401, 'PATCH', '/api/v1/users/canbo09', { body: { active: false } });
    await expectStatus(403, 'PATCH', '/api/v1/users/canbo09', { token: supervisor.token, body: { active: false } });
    await expectStatus(404, 'PATCH', '/api/v1/users/nobody', { token: admin.token, body: { active: false } });
    await expectStatus(409, 'PATCH', '/api/v1/users/admin', { token: admin.token, body: { role: 'officer' } });
    await expectStatus(413, 'PATCH', '/api/v1/users/canbo09', { token: admin.token, raw: OVERSIZED });
  });

  it('the console: who is signed in where, devices overview and placement, pairing by code', async () => {
    await expectStatus(200, 'GET', '/api/v1/staff-overview', { token: supervisor.token });
    await expectStatus(401, 'GET', '/api/v1/staff-overview');
    await expectStatus(403, 'GET', '/api/v1/staff-overview', { token: officer.token });
    await expectStatus(200, 'GET', '/api/v1/devices/overview', { token: supervisor.token });
    await expectStatus(401, 'GET', '/api/v1/devices/overview');
    await expectStatus(403, 'GET', '/api/v1/devices/overview', { token: officer.token });
    await expectStatus(200, 'PATCH', '/api/v1/devices/kiosk-1', { token: admin.token, body: { area: 'Tầng 1' } });
    await expectStatus(400, 'PATCH', '/api/v1/devices/kiosk-1', { token: admin.token, body: { counter: 1 } });
    await expectStatus(401, 'PATCH', '/api/v1/devices/kiosk-1', { body: { area: null } });
    await expectStatus(403, 'PATCH', '/api/v1/devices/kiosk-1', { token: supervisor.token, body: { area: null } });
    await expectStatus(404, 'PATCH', '/api/v1/devices/nothing', { token: admin.token, body: { area: null } });
    await expectStatus(413, 'PATCH', '/api/v1/devices/kiosk-1', { token: admin.token, raw: OVERSIZED });

    const ticket = (await expectStatus(201, 'POST', '/api/v1/pairing', { body: { role: 'display' } })) as { pairingId: string; code: string };
    await expectStatus(400, 'POST', '/api/v1/pairing', { body: { role: 'tv' } });
    await expectStatus(413, 'POST', '/api/v1/pairing', { raw: OVERSIZED });
    await expectStatus(200, 'GET', `/api/v1/pairing/${ticket.pairingId}`);
    await expectStatus(400, 'GET', '/api/v1/pairing/x');
    await expectStatus(404, 'GET', `/api/v1/pairing/${'x'.repeat(32)}`);
    const claim = { code: ticket.code, id: 'board-contract', name: 'Màn hình thử', role: 'display' };
    await expectStatus(400, 'POST', '/api/v1/pairing/claim', { token: admin.token, body: { ...claim, role: 'tv' } });
    await expectStatus(401, 'POST', '/api/v1/pairing/claim', { body: claim });
    await expectStatus(403, 'POST', '/api/v1/pairing/claim', { token: supervisor.token, body: claim });
    await expectStatus(404, 'POST', '/api/v1/pairing/claim', { token: admin.token, body: { ...claim, code: 'AAAAAA' } });
    await expectStatus(409, 'POST', '/api/v1/pairing/claim', { token: admin.token, body: { ...claim, role: 'kiosk' } });
    await expectStatus(413, 'POST', '/api/v1/pairing/claim', { token: admin.token, raw: OVERSIZED });
    await expectStatus(201, 'POST', '/api/v1/pairing/claim', { token: admin.token, body: claim });
    expect(await expectStatus(200, 'GET', `/api/v1/pairing/${ticket.pairingId}`)).toMatchObject({ state: 'paired', token: expect.any(String) });
    // This address asked for one code already; the tenth more is refused.
    for (let i = 0; i < 9; i++) await expectStatus(201, 'POST', '/api/v1/pairing', { body: { role: 'kiosk' } });
    await expectStatus(429, 'POST', '/api/v1/pairing', { body: { role: 'kiosk' } });
  });

  it('the day report', async () => {
    await expectStatus(200, 'GET', '/api/v1/reports/day', { token: supervisor.token });
    await expectStatus(400, 'GET', '/api/v1/reports/day?day=23-11-2026', { token: supervisor.token });
    await expectStatus(401, 'GET', '/api/v1/reports/day');
    await expectStatus(403, 'GET', '/api/v1/reports/day', { token: TEST_TOKENS.kiosk });
  });

  it('the period report', async () => {
    await expectStatus(200, 'GET', '/api/v1/reports?period=month&date=2026-11-23', { token: supervisor.token });
    await expectStatus(200, 'GET', '/api/v1/reports?from=2026-11-01&to=2026-11-23', { token: admin.token });
    await expectStatus(400, 'GET', '/api/v1/reports?from=2026-11-23&to=2026-11-01', { token: supervisor.token });
    await expectStatus(401, 'GET', '/api/v1/reports?period=day');
    await expectStatus(403, 'GET', '/api/v1/reports?period=day', { token: officer.token });
    for (const file of ['reports.xlsx', 'reports.csv', 'reports.html']) {
      await expectStatus(200, 'GET', `/api/v1/${file}?period=week&date=2026-11-23`, { token: supervisor.token });
      await expectStatus(400, 'GET', `/api/v1/${file}?period=week&table=nothing`, { token: supervisor.token });
      await expectStatus(401, 'GET', `/api/v1/${file}?period=day`);
      await expectStatus(403, 'GET', `/api/v1/${file}?period=day`, { token: officer.token });
    }
  });

  it('the public statistics, without sign-in', async () => {
    await expectStatus(200, 'GET', '/api/v1/statistics');
  });

  it('the backup list, with and without a backup', async () => {
    await expectStatus(200, 'GET', '/api/v1/backups', { token: supervisor.token });
    await hub.hub.backups!.backupNow('manual');
    await expectStatus(200, 'GET', '/api/v1/backups', { token: admin.token });
    await expectStatus(401, 'GET', '/api/v1/backups');
    await expectStatus(403, 'GET', '/api/v1/backups', { token: officer.token });
  });

  it('the message sender and today\'s outbox, supervisors and admins', async () => {
    for (const path of ['/api/v1/notifications', '/api/v1/notifications/outbox']) {
      await expectStatus(200, 'GET', path, { token: supervisor.token });
      await expectStatus(200, 'GET', path, { token: admin.token });
      await expectStatus(401, 'GET', path);
      await expectStatus(403, 'GET', path, { token: officer.token });
    }
  });

  it('audit log: JSON and CSV, admins only', async () => {
    for (const path of ['/api/v1/audit', '/api/v1/audit.csv']) {
      await expectStatus(200, 'GET', `${path}?who=canbo02&action=sign-in&from=0&limit=5`, { token: admin.token });
      await expectStatus(400, 'GET', `${path}?action=dance`, { token: admin.token });
      await expectStatus(400, 'GET', `${path}?from=10&to=5`, { token: admin.token });
      await expectStatus(401, 'GET', path);
      await expectStatus(403, 'GET', path, { token: supervisor.token });
    }
  });

  it('dossiers: the public lookup and the staff views', async () => {
    const kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    const counter = await officerAt(hub, sockets, 'canbo02', 2);
    const received = await registerAt(kiosk, PROC_KHDT);
    await serveNext(counter);
    const r = await command<DossierView>(counter, 'dossier:receive', {
      commandId: cid(),
      dossier: received.dossierId,
      applicant: APPLICANT,
      documents: DOCUMENTS,
    });
    if (!r.ok || r.value.code === null) throw new Error('receive failed');
    const code = r.value.code;
    const tracking = r.value.trackingCode!;
    const refused = await registerAt(kiosk, PROC_TNMT);
    await serveNext(counter);
    const refusal = await command<DossierView>(counter, 'dossier:refuse', {
      commandId: cid(),
      dossier: refused.dossierId,
      reason: 'Thiếu giấy tờ',
    });
    expect(refusal.ok).toBe(true);
    // The officer who handled both (canbo02); another officer (canbo01) may not open them.
    const staff = { token: (await login(hub.url, 'canbo02')).token };
    await expectStatus(403, 'GET', `/api/v1/dossiers/${code}`, { token: officer.token });

    await expectStatus(200, 'GET', `/api/v1/dossiers/lookup?code=${tracking}`);
    await expectStatus(400, 'GET', '/api/v1/dossiers/lookup?code=not-a-code');
    await expectStatus(400, 'GET', `/api/v1/dossiers/lookup?code=${code}`);
    await expectStatus(404, 'GET', `/api/v1/dossiers/lookup?code=${tracking.replace(/-\d{4}-/, '-9999-')}`);

    // The day's list with personal data: supervisors and admins only.
    await expectStatus(200, 'GET', '/api/v1/dossiers', { token: supervisor.token });
    await expectStatus(403, 'GET', '/api/v1/dossiers', staff);
    await expectStatus(400, 'GET', '/api/v1/dossiers?status=lost', { token: supervisor.token });
    await expectStatus(401, 'GET', '/api/v1/dossiers');
    await expectStatus(403, 'GET', '/api/v1/dossiers', { token: TEST_TOKENS.kiosk });

    for (const view of ['', '/receipt', '/receipt.html', '/notice.html']) {
      const ok = view === '/notice.html' ? refused.dossierId : code;
      await expectStatus(200, 'GET', `/api/v1/dossiers/${ok}${view}`, staff);
      await expectStatus(401, 'GET', `/api/v1/dossiers/${ok}${view}`);
      await expectStatus(403, 'GET', `/api/v1/dossiers/${ok}${view}`, { token: TEST_TOKENS.kiosk });
      await expectStatus(404, 'GET', `/api/v1/dossiers/no-such-dossier${view}`, staff);
    }
    // Not received: no code, no receipt; not refused: no notice.
    await expectStatus(409, 'GET', `/api/v1/dossiers/${refused.dossierId}/receipt`, staff);
    await expectStatus(409, 'GET', `/api/v1/dossiers/${refused.dossierId}/receipt.html`, staff);
    await expectStatus(409, 'GET', `/api/v1/dossiers/${code}/notice.html`, staff);
    await expectStatus(400, 'GET', `/api/v1/dossiers/${code}/receipt.html?paper=a3`, staff);
    await expectStatus(400, 'GET', `/api/v1/dossiers/${refused.dossierId}/notice.html?paper=a3`, staff);
  });

  it('the hall config: read, change, history, rollback, export, imports (issue 17)', async () => {
    const a = { token: admin.token };
    const reason = 'kiểm tra hợp đồng API';
    // Over the config routes' own body limit (a whole config may be ~150 KB; they take up to 4 MB).
    const HUGE = JSON.stringify({ pad: 'x'.repeat(4 * 1024 * 1024) });
    await expectStatus(200, 'GET', '/api/v1/config', { token: supervisor.token });
    await expectStatus(401, 'GET', '/api/v1/config');
    await expectStatus(403, 'GET', '/api/v1/config', { token: officer.token });
    await expectStatus(200, 'GET', '/api/v1/config/revisions', { token: supervisor.token });
    await expectStatus(400, 'GET', '/api/v1/config/revisions?limit=0', a);
    await expectStatus(401, 'GET', '/api/v1/config/revisions');
    await expectStatus(403, 'GET', '/api/v1/config/revisions', { token: officer.token });
    await expectStatus(200, 'GET', '/api/v1/config/revisions/1', a);
    await expectStatus(400, 'GET', '/api/v1/config/revisions/abc', a);
    await expectStatus(401, 'GET', '/api/v1/config/revisions/1');
    await expectStatus(403, 'GET', '/api/v1/config/revisions/1', { token: officer.token });
    await expectStatus(404, 'GET', '/api/v1/config/revisions/999', a);
    await expectStatus(200, 'GET', '/api/v1/config/export.yaml', a);
    await expectStatus(401, 'GET', '/api/v1/config/export.yaml');
    await expectStatus(403, 'GET', '/api/v1/config/export.yaml', { token: officer.token });

    const changes = '/api/v1/config/changes';
    const hall = { name: { vi: 'Trung tâm Thử', en: 'Test Center' }, address: 'Số 2' };
    await expectStatus(200, 'POST', changes, { ...a, body: { reason, dryRun: true, sections: { hall } } });
    await expectStatus(400, 'POST', changes, { ...a, body: { sections: { hall } } });
    await expectStatus(400, 'POST', changes, { ...a, body: { reason, sections: { services: [] } } });
    await expectStatus(401, 'POST', changes, { body: { reason, sections: { hall } } });
    await expectStatus(403, 'POST', changes, { token: supervisor.token, body: { reason, sections: { hall } } });
    await expectStatus(413, 'POST', changes, { ...a, raw: HUGE });
    // A change waiting for tomorrow: changes "now" are refused until it is cancelled.
    await expectStatus(200, 'POST', changes, { ...a, body: { reason, applyFrom: 'tomorrow', sections: { hall } } });
    await expectStatus(409, 'POST', changes, { ...a, body: { reason, sections: { hall: { ...hall, address: 'Số 3' } } } });
    const rollback = '/api/v1/config/revisions/1/rollback';
    await expectStatus(409, 'POST', '/api/v1/config/revisions/2/rollback', { ...a, body: { reason } });
    await expectStatus(200, 'POST', rollback, { ...a, body: { reason, dryRun: true } });
    await expectStatus(400, 'POST', rollback, { ...a, body: { reason: '' } });
    await expectStatus(401, 'POST', rollback, { body: { reason } });
    await expectStatus(403, 'POST', rollback, { token: supervisor.token, body: { reason } });
    await expectStatus(404, 'POST', '/api/v1/config/revisions/999/rollback', { ...a, body: { reason } });
    await expectStatus(413, 'POST', rollback, { ...a, raw: HUGE });

    const exported = await (await fetch(`${hub.url}/api/v1/config/export.yaml`, { headers: { authorization: `Bearer ${admin.token}` } })).text();
    const imports = '/api/v1/config/import';
    const changed = exported.replace('address: ', 'address: Số 9, ');
    await expectStatus(200, 'POST', imports, { ...a, body: { reason, text: exported } });
    await expectStatus(400, 'POST', imports, { ...a, body: { reason, text: 'hall: [' } });
    await expectStatus(401, 'POST', imports, { body: { reason, text: exported } });
    await expectStatus(403, 'POST', imports, { token: supervisor.token, body: { reason, text: exported } });
    await expectStatus(409, 'POST', imports, { ...a, body: { reason, text: changed, dryRun: false } });
    await expectStatus(413, 'POST', imports, { ...a, raw: HUGE });

    const calendar = '/api/v1/config/calendar-import';
    const year = { format: 'json', text: JSON.stringify({ year: 2027, holidays: ['2027-01-01'], makeUpDays: ['2027-01-09'] }) };
    await expectStatus(200, 'POST', calendar, { ...a, body: { reason, ...year } });
    await expectStatus(400, 'POST', calendar, { ...a, body: { reason, format: 'csv', text: '2027-01-01,picnic', dryRun: false } });
    await expectStatus(401, 'POST', calendar, { body: { reason, ...year } });
    await expectStatus(403, 'POST', calendar, { token: supervisor.token, body: { reason, ...year } });
    await expectStatus(409, 'POST', calendar, { ...a, body: { reason, ...year, dryRun: false } });
    await expectStatus(413, 'POST', calendar, { ...a, raw: HUGE });

    const procedures = '/api/v1/config/procedures-import';
    const csv = [
      'code,name,field,department,service,processingDays,fee,documents',
      `${PROC_KHDT},Đăng ký thành lập doanh nghiệp,Thành lập doanh nghiệp,KHDT,DKKD,3,Không,Giấy đề nghị (1/0)`,
    ].join('\n');
    await expectStatus(200, 'POST', procedures, { ...a, body: { reason, format: 'csv', data: csv } });
    await expectStatus(400, 'POST', procedures, { ...a, body: { reason, format: 'xlsx', data: 'bm90IGFuIHhsc3g=' } });
    await expectStatus(401, 'POST', procedures, { body: { reason, format: 'csv', data: csv } });
    await expectStatus(403, 'POST', procedures, { token: supervisor.token, body: { reason, format: 'csv', data: csv } });
    await expectStatus(409, 'POST', procedures, { ...a, body: { reason, format: 'csv', data: csv.replace(',3,', ',4,'), dryRun: false } });
    await expectStatus(413, 'POST', procedures, { ...a, raw: HUGE });

    await expectStatus(204, 'DELETE', '/api/v1/config/pending', a);
    await expectStatus(401, 'DELETE', '/api/v1/config/pending');
    await expectStatus(403, 'DELETE', '/api/v1/config/pending', { token: supervisor.token });
    await expectStatus(404, 'DELETE', '/api/v1/config/pending', a);
  });

  // Near the end: it spends this address's booking attempts and public lookups, and moves the hub's clock on.
  it('appointments: options, slots, book, read, move, cancel, check in, the booking of a ticket, the day', async () => {
    const day = '2026-11-23';
    await expectStatus(200, 'GET', '/api/v1/appointments');
    await expectStatus(200, 'GET', `/api/v1/appointments/slots?service=DKKD&day=${day}`);
    await expectStatus(400, 'GET', '/api/v1/appointments/slots?service=DKKD&day=2026-02-30');
    await expectStatus(404, 'GET', `/api/v1/appointments/slots?service=DATDAI&day=${day}`);
    await expectStatus(422, 'GET', '/api/v1/appointments/slots?service=DKKD&day=2027-01-04');

    // At most 10 booking attempts (make, move, cancel) in 10 minutes from one address: counted below in [n].
    const booking = { service: 'DKKD', day, time: '09:30', name: 'Nguyễn Thị Hoa', phone: '0912345678' };
    await expectStatus(400, 'POST', '/api/v1/bookings', { raw: MALFORMED });
    await expectStatus(413, 'POST', '/api/v1/bookings', { raw: OVERSIZED });
    const a = (await expectStatus(201, 'POST', '/api/v1/bookings', { body: booking })) as { code: string }; // [1]
    await expectStatus(409, 'POST', '/api/v1/bookings', { body: { ...booking, phone: '0987654321' } }); // [2]
    await expectStatus(422, 'POST', '/api/v1/bookings', { body: { ...booking, day: '2026-11-29' } }); // [3]
    await expectStatus(404, 'POST', '/api/v1/bookings', { body: { ...booking, service: 'DATDAI' } }); // [4]

    await expectStatus(200, 'GET', `/api/v1/bookings/${a.code}`);
    await expectStatus(400, 'GET', '/api/v1/bookings/x');
    await expectStatus(404, 'GET', '/api/v1/bookings/ABCD-EFGH');

    const kiosk = { token: TEST_TOKENS.kiosk };
    await expectStatus(400, 'POST', '/api/v1/bookings/check-in', { ...kiosk, body: {} });
    await expectStatus(401, 'POST', '/api/v1/bookings/check-in', { body: { code: a.code } });
    await expectStatus(403, 'POST', '/api/v1/bookings/check-in', { token: officer.token, body: { code: a.code } });
    await expectStatus(404, 'POST', '/api/v1/bookings/check-in', { ...kiosk, body: { code: 'ABCD-EFGH' } });
    await expectStatus(413, 'POST', '/api/v1/bookings/check-in', { ...kiosk, raw: OVERSIZED });
    await expectStatus(422, 'POST', '/api/v1/bookings/check-in', { ...kiosk, body: { code: a.code } }); // 09:00: too early

    await expectStatus(400, 'POST', `/api/v1/bookings/${a.code}/move`, { body: { day: 'x', time: '10:00' } }); // [5]
    await expectStatus(413, 'POST', `/api/v1/bookings/${a.code}/move`, { raw: OVERSIZED });
    await expectStatus(404, 'POST', '/api/v1/bookings/ABCD-EFGH/move', { body: { day, time: '10:00' } }); // [6]
    await expectStatus(422, 'POST', `/api/v1/bookings/${a.code}/move`, { body: { day: '2026-11-29', time: '10:00' } }); // [7]
    await expectStatus(200, 'POST', `/api/v1/bookings/${a.code}/move`, { body: { day, time: '10:00' } }); // [8]
    await expectStatus(400, 'POST', '/api/v1/bookings/x/cancel'); // [9]
    await expectStatus(404, 'POST', '/api/v1/bookings/ABCD-EFGH/cancel'); // [10]
    await expectStatus(413, 'POST', `/api/v1/bookings/${a.code}/cancel`, { raw: OVERSIZED });
    await expectStatus(429, 'POST', '/api/v1/bookings', { body: booking });
    await expectStatus(429, 'POST', `/api/v1/bookings/${a.code}/move`, { body: { day, time: '10:30' } });
    await expectStatus(429, 'POST', `/api/v1/bookings/${a.code}/cancel`);

    // 09:50: the window of A (now 10:00) is open; a new 10 minutes of attempts.
    hub.clock.advance(50 * 60_000);
    const c = (await expectStatus(201, 'POST', '/api/v1/bookings', { body: { ...booking, time: '11:00', phone: '0987654321' } })) as { code: string };
    await expectStatus(200, 'POST', `/api/v1/bookings/${c.code}/cancel`);
    await expectStatus(409, 'POST', `/api/v1/bookings/${c.code}/move`, { body: { day, time: '11:30' } });
    const checkedIn = (await expectStatus(201, 'POST', '/api/v1/bookings/check-in', { ...kiosk, body: { code: a.code } })) as { ticket: { id: string } };
    await expectStatus(409, 'POST', '/api/v1/bookings/check-in', { ...kiosk, body: { code: a.code } });
    await expectStatus(409, 'POST', `/api/v1/bookings/${a.code}/cancel`);

    const ticketBooking = `/api/v1/tickets/${checkedIn.ticket.id}/booking`;
    await expectStatus(200, 'GET', ticketBooking, { token: officer.token });
    await expectStatus(401, 'GET', ticketBooking);
    await expectStatus(403, 'GET', ticketBooking, kiosk);
    await expectStatus(404, 'GET', '/api/v1/tickets/not-a-ticket/booking', { token: officer.token });

    await expectStatus(200, 'GET', '/api/v1/bookings', { token: supervisor.token });
    await expectStatus(400, 'GET', '/api/v1/bookings?day=2026-02-30', { token: supervisor.token });
    await expectStatus(401, 'GET', '/api/v1/bookings');
    await expectStatus(403, 'GET', '/api/v1/bookings', { token: officer.token });

    // Walking booking codes runs into the public lookup limit.
    let status = 404;
    for (let n = 0; n < 400 && status !== 429; n++) status = (await call('GET', `/api/v1/bookings/ABCD${'23456789ABCDEFGH'[n % 16]}${'23456789ABCDEFGH'[Math.floor(n / 16) % 16]}XY`)).status;
    expect(status).toBe(429);
  });

  // Last but one: it spends this address's public lookups for the minute (the hub's clock stands still).
  it('public lookups past the limit of different codes from one address', async () => {
    let status = 404;
    for (let n = 0; n < 400 && status !== 429; n++) {
      status = (await call('GET', `/api/v1/dossiers/lookup?code=000.00.06.H56-261123-${String(9000 + n)}-K7QX3M`)).status;
    }
    expect(status).toBe(429);
    await expectStatus(429, 'GET', '/api/v1/tickets/not-looked-up-yet');
  });

  // Last but one too: it locks this address out of every token for the minute.
  it('routes with a token, from an address locked out after 10 wrong tokens, even with a good token', async () => {
    for (let i = 0; i < 10; i++) await expectStatus(401, 'GET', '/api/v1/users', { token: `wrong-token-${i}` });
    const doc = parse(readFileSync(OPENAPI_PATH, 'utf8')) as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    const locked: string[] = [];
    for (const route of registeredRoutes(hub.hub.app).filter((r) => inContract(r.split(' ')[1]!))) {
      const [method, path] = route.split(' ') as [string, string];
      if (!JSON.stringify(doc.paths[path]?.[method.toLowerCase()]?.security ?? []).includes('bearer')) continue;
      const concrete = path.replace('{number}', '1').replace(/\{[^}]+\}/g, 'x');
      expect((await call(method, concrete, { token: admin.token })).status, route).toBe(429);
      locked.push(route);
    }
    expect(locked.length).toBeGreaterThan(15);
  });

  it('covered every registered route: a success, and each 4xx the document gives it', () => {
    interface Operation {
      responses: Record<string, unknown>;
    }
    const doc = parse(readFileSync(OPENAPI_PATH, 'utf8')) as { paths: Record<string, Record<string, Operation>> };
    const answered = [...hub.contract!.answered];
    const missing: string[] = [];
    for (const route of registeredRoutes(hub.hub.app).filter((r) => inContract(r.split(' ')[1]!))) {
      const [method, path] = route.split(' ') as [string, string];
      const statuses = answered.filter((a) => a.startsWith(`${route} `)).map((a) => a.split(' ')[2]!);
      if (!statuses.some((s) => s.startsWith('2'))) missing.push(`${route}: no success answer`);
      const documented = Object.keys(doc.paths[path]?.[method.toLowerCase()]?.responses ?? {}).filter((s) =>
        s.startsWith('4'),
      );
      for (const status of documented) if (!statuses.includes(status)) missing.push(`${route}: no ${status} answer`);
    }
    expect(missing).toEqual([]);
  });
});

describe('the contract checker', () => {
  const recorder = () => createContractRecorder();
  const ticket = {
    id: 't1',
    day: '2026-11-23',
    service: 'DKKD',
    number: 1,
    code: 'A001',
    priority: 'none',
    source: 'kiosk',
    state: 'called',
    issuedAt: 1,
    queuedAt: 1,
    calledAt: 2,
    servingAt: null,
    finishedAt: null,
    counter: 1,
    recallCount: 0,
    targetCounter: null,
    outcome: null,
    rating: null,
    dossierId: null,
  };
  const answer = (body: unknown, status = 200) => ({
    method: 'POST',
    route: '/api/v1/counters/{number}/call-next',
    status,
    contentType: 'application/json; charset=utf-8',
    body: JSON.stringify(body),
  });

  it('accepts an answer the document describes', () => {
    const r = recorder();
    r.check(answer(ticket));
    r.check(answer(null));
    r.check(answer({ error: { code: 'no_current_ticket', message: { vi: 'a', en: 'b' } } }, 409));
    expect(r.violations).toEqual([]);
  });

  it('names the route, the status and what differs: a field added, dropped or mistyped, an undocumented status or route', () => {
    const r = recorder();
    r.check(answer({ ...ticket, extra: true }));
    const { dossierId: _dropped, ...withoutDossier } = ticket;
    r.check(answer(withoutDossier));
    r.check(answer({ ...ticket, number: '1' }));
    r.check(answer({ error: { code: 'teapot', message: { vi: 'a', en: 'b' } } }, 409));
    r.check(answer({}, 418));
    r.check({ ...answer({}), route: '/api/v1/not-documented' });
    expect(r.violations).toHaveLength(6);
    expect(r.violations[0]).toMatch(
      /^POST \/api\/v1\/counters\/\{number\}\/call-next → 200: does not match openapi\.yaml: .*additional properties/,
    );
    expect(r.violations[1]).toMatch(/must have required property 'dossierId'/);
    expect(r.violations[2]).toMatch(/answer\/number must be integer/);
    expect(r.violations[3]).toMatch(/→ 409: .*must be equal to one of the allowed values/);
    expect(r.violations[4]).toMatch(/→ 418: openapi\.yaml gives this operation no 418 answer/);
    expect(r.violations[5]).toMatch(/not-documented → 200: the route is not in openapi\.yaml/);
    expect(() => r.assertClean()).toThrow(/6 HTTP answer\(s\) differ from hub-server\/openapi\.yaml/);
  });
});
