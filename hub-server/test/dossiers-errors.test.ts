import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierView } from '@luot/protocol';
import type { Socket } from 'socket.io-client';
import { cid, command, connected, login } from '@luot/testing';
import { TEST_TOKENS } from '@luot/testing';
import { MONDAY_9AM, startTestHub, type TestHub } from '@luot/testing';
import { APPLICANT, DOCUMENTS, PROC_KHDT, dossierHallConfig, officerAt, openSocket, registerAt, rowCounts, serveNext } from '@luot/testing';

let hub: TestHub;
let kiosk: Socket;
const sockets: Socket[] = [];
const register = (extra: object = {}) =>
  command(kiosk, 'dossier:register', { commandId: cid(), procedure: PROC_KHDT, applicant: APPLICANT, return: { method: 'counter' }, ...extra });

beforeEach(async () => {
  hub = await startTestHub({ config: dossierHallConfig(), serveApps: false, now: MONDAY_9AM });
  kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
});

describe('bad dossier commands get typed errors and write nothing', () => {
  it('refuses a malformed registration or an unknown procedure at the kiosk', async () => {
    const before = rowCounts(hub);
    expect(await register({ applicant: { ...APPLICANT, idNumber: '04620100015' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload', field: 'applicant.idNumber' },
    });
    expect(await register({ applicant: { ...APPLICANT, dateOfBirth: '2001-02-30' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload', field: 'applicant.dateOfBirth' },
    });
    expect(await register({ return: { method: 'post' } })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await register({ procedure: '9.999999' })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'procedure' } });
    expect(await register({ priority: 'elderly' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(rowCounts(hub)).toEqual(before);
  });

  it('refuses registering when no ticket can be issued (Sunday), leaving no dossier behind', async () => {
    hub.clock.set(Date.parse('2026-11-29T09:00:00+07:00'));
    await hub.hub.services.day.ensureToday(); // the day's own event is not the command's
    const before = rowCounts(hub);
    expect(await register()).toMatchObject({ ok: false, error: { code: 'outside_hours' } });
    expect(rowCounts(hub)).toEqual(before);
  });

  it('refuses dossier commands to roles that may not use them', async () => {
    const display = openSocket(hub, sockets, '/display', TEST_TOKENS.display);
    await connected(display);
    expect(await register({})).toMatchObject({ ok: true });
    const before = rowCounts(hub);
    expect(await command(display, 'dossier:register', { commandId: cid(), procedure: PROC_KHDT, applicant: APPLICANT, return: { method: 'counter' } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await command(kiosk, 'dossier:get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await command(kiosk, 'dossier:set-status', { commandId: cid(), dossier: 'x', status: 'processing' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await command(display, 'dossier:lookup', { code: '000.00.06.H56-261123-0001' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // An officer not signed in at a counter can do nothing with dossiers.
    const { token } = await login(hub.url, 'canbo01');
    const idle = openSocket(hub, sockets, '/counter', token);
    await connected(idle);
    expect(await command(idle, 'dossier:get', {})).toMatchObject({ ok: false, error: { code: 'counter_not_signed_in' } });
    expect(await command(idle, 'dossier:refuse', { commandId: cid(), dossier: 'x', reason: 'Không đủ' })).toMatchObject({
      ok: false,
      error: { code: 'counter_not_signed_in' },
    });
    // The supervisor namespace does not take officers; the counter's receive is not a supervisor command.
    const asOfficer = openSocket(hub, sockets, '/admin', token);
    await expect(connected(asOfficer)).rejects.toMatchObject({ data: { code: 'forbidden' } });
    const supervisor = openSocket(hub, sockets, '/admin', (await login(hub.url, 'giamsat')).token);
    await connected(supervisor);
    expect(await command(supervisor, 'dossier:receive', { commandId: cid(), dossier: 'x', applicant: APPLICANT, documents: DOCUMENTS })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // HTTP: the staff view needs a staff token; the list is staff only too.
    expect((await fetch(`${hub.url}/api/v1/dossiers`, { headers: { authorization: `Bearer ${TEST_TOKENS.display}` } })).status).toBe(403);
    expect(rowCounts(hub)).toEqual(before);
  });

  it('refuses receiving twice, unknown dossiers, and statuses that need their own command', async () => {
    const reg = await registerAt(kiosk, PROC_KHDT);
    const counter = await officerAt(hub, sockets, 'canbo01', 1);
    // No ticket at the counter yet, and an unknown reference.
    expect(await command(counter, 'dossier:get', {})).toMatchObject({ ok: false, error: { code: 'no_current_ticket' } });
    expect(await command(counter, 'dossier:get', { dossier: 'no-such-dossier' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await serveNext(counter);
    const first = await command<DossierView>(counter, 'dossier:receive', { commandId: cid(), dossier: reg.dossierId, applicant: APPLICANT, documents: DOCUMENTS });
    expect(first.ok).toBe(true);
    const before = rowCounts(hub);
    const receiveAgain = { dossier: reg.dossierId, applicant: { ...APPLICANT, name: 'Người Khác' }, documents: DOCUMENTS };
    expect(await command(counter, 'dossier:receive', { commandId: cid(), ...receiveAgain })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    expect(await command(counter, 'dossier:receive', { commandId: cid(), ...receiveAgain, documents: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload', field: 'documents' },
    });
    expect(await command(counter, 'dossier:refuse', { commandId: cid(), dossier: 'no-such-dossier', reason: 'Không đủ' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'dossier' },
    });
    expect(await command(counter, 'dossier:set-status', { commandId: cid(), dossier: reg.dossierId, status: 'returned' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload', field: 'status' },
    });
    expect(await command(counter, 'dossier:set-status', { commandId: cid(), dossier: reg.dossierId, status: 'done' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload', field: 'status' },
    });
    expect(await command(counter, 'dossier:refuse', { commandId: cid(), dossier: reg.dossierId, reason: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload', field: 'reason' },
    });
    expect(rowCounts(hub)).toEqual(before);
    const stored = await command<DossierView>(counter, 'dossier:get', { dossier: reg.dossierId });
    expect(stored).toMatchObject({ ok: true, value: { status: 'received', applicant: { name: APPLICANT.name } } });
  });

  it('answers a retried registration with the first result and writes it once', async () => {
    const payload = { commandId: cid(), procedure: PROC_KHDT, applicant: APPLICANT, return: { method: 'post', postalAddress: 'Số 5, phố Huế, Hà Nội' } };
    const first = await command<{ dossierId: string }>(kiosk, 'dossier:register', payload);
    expect(first.ok).toBe(true);
    const after = rowCounts(hub);
    expect(await command(kiosk, 'dossier:register', payload)).toEqual(first);
    expect(rowCounts(hub)).toEqual(after);
    expect(after).toMatchObject({ dossiers: 1, tickets: 1 });
    // The same id for another command is a conflict, not a replay.
    const counter = await officerAt(hub, sockets, 'canbo01', 1);
    await serveNext(counter);
    expect(await command(counter, 'dossier:refuse', { commandId: payload.commandId, dossier: first.ok ? first.value.dossierId : '', reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'commandId' },
    });
    const stored = await command<DossierView>(counter, 'dossier:get', { dossier: first.ok ? first.value.dossierId : '' });
    expect(stored).toMatchObject({ ok: true, value: { status: 'registered', returnMethod: 'post', postalAddress: 'Số 5, phố Huế, Hà Nội' } });
  });

  it('answers bad or unknown lookups with typed errors', async () => {
    const bad = await fetch(`${hub.url}/api/v1/dossiers/lookup?code=not-a-code`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_payload', field: 'code' } });
    expect((await fetch(`${hub.url}/api/v1/dossiers/lookup`)).status).toBe(400);
    // A plain code (no check key) is not a tracking code.
    expect((await fetch(`${hub.url}/api/v1/dossiers/lookup?code=000.00.06.H56-261123-0042`)).status).toBe(400);
    const unknown = await fetch(`${hub.url}/api/v1/dossiers/lookup?code=000.00.06.H56-261123-0042-K7QX3M`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
    const page = await fetch(`${hub.url}/d/000.00.06.H56-261123-0042-K7QX3M`);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('Không tìm thấy hồ sơ này.');
    // A registered (uncoded) dossier cannot be looked up by its internal id.
    const reg = await registerAt(kiosk, PROC_KHDT);
    expect((await fetch(`${hub.url}/api/v1/dossiers/lookup?code=${reg.dossierId}`)).status).toBe(400);
    // And has no receipt slip yet (asked by a supervisor: an officer who never handled it may not open it at all).
    const officerSlip = await fetch(`${hub.url}/api/v1/dossiers/${reg.dossierId}/receipt`, { headers: { authorization: `Bearer ${(await login(hub.url, 'canbo01')).token}` } });
    expect(officerSlip.status).toBe(403);
    const { token } = await login(hub.url, 'giamsat');
    const slip = await fetch(`${hub.url}/api/v1/dossiers/${reg.dossierId}/receipt`, { headers: { authorization: `Bearer ${token}` } });
    expect(slip.status).toBe(409);
    expect(await slip.json()).toMatchObject({ error: { code: 'invalid_state' } });
  });
});
