/**
 * Least privilege for personal data (issue 15): an officer reads and changes
 * only the dossier of the ticket at their counter or dossiers they handled;
 * the day's list is for supervisors and admins; every read of a citizen's
 * personal data is in the audit log — the same over HTTP and the socket.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierView, ReceiptPrintJob } from '@luot/protocol';
import type { Socket } from 'socket.io-client';
import {
  APPLICANT,
  DOCUMENTS,
  PROC_KHDT,
  TEST_TOKENS,
  cid,
  command,
  connected,
  dossierHallConfig,
  login,
  officerAt,
  openSocket,
  registerAt,
  serveNext,
  startTestHub,
  type TestHub,
} from '@luot/testing';

let hub: TestHub;
const sockets: Socket[] = [];

beforeEach(async () => {
  const config = dossierHallConfig();
  config.counters.push({ number: 5, name: { vi: 'Quầy 5', en: 'Counter 5' }, area: 'Tầng 1', services: ['DKKD'] });
  config.staff.push({ username: 'canbo05', name: 'Đỗ Thị Em', role: 'officer', password: 'secret-pass' });
  hub = await startTestHub({ config, serveApps: false, now: Date.parse('2026-11-23T09:00:00+07:00') });
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
});

const personalReads = () =>
  hub.db.prepare("SELECT actor, subject, address, detail FROM audit_log WHERE action = 'personal-data-read' ORDER BY id").all() as {
    actor: string;
    subject: string;
    address: string | null;
    detail: string;
  }[];

describe('least privilege for personal data', () => {
  it('gives an officer at counter 2 forbidden for a dossier served at counter 5, over the socket and HTTP', async () => {
    const kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    const reg = await registerAt(kiosk, PROC_KHDT);
    const at5 = await officerAt(hub, sockets, 'canbo05', 5);
    await serveNext(at5);
    const received = await command<DossierView>(at5, 'dossier:receive', { commandId: cid(), dossier: reg.dossierId, applicant: APPLICANT, documents: DOCUMENTS });
    if (!received.ok || received.value.code === null) throw new Error('receive failed');
    const { code } = received.value;

    // Counter 2 has a ticket of its own, but not this one.
    await registerAt(kiosk, PROC_KHDT);
    const at2 = await officerAt(hub, sockets, 'canbo02', 2);
    await serveNext(at2);
    const forbidden = { ok: false, error: { code: 'forbidden', field: 'dossier' } };
    for (const ref of [reg.dossierId, code]) {
      expect(await command(at2, 'dossier:get', { dossier: ref })).toMatchObject(forbidden);
      expect(await command(at2, 'dossier:receipt', { dossier: ref })).toMatchObject(forbidden);
      expect(await command(at2, 'dossier:set-status', { commandId: cid(), dossier: ref, status: 'processing' })).toMatchObject(forbidden);
      expect(await command(at2, 'dossier:mark-returned', { commandId: cid(), dossier: ref })).toMatchObject(forbidden);
      expect(await command(at2, 'dossier:request-supplement', { commandId: cid(), dossier: ref, reason: 'Thiếu', items: ['x'] })).toMatchObject(forbidden);
    }
    const officer2 = { authorization: `Bearer ${(await login(hub.url, 'canbo02')).token}` };
    for (const view of ['', '/receipt', '/receipt.html', '/notice.html']) {
      const r = await fetch(`${hub.url}/api/v1/dossiers/${reg.dossierId}${view}`, { headers: officer2 });
      expect(r.status).toBe(403);
      expect(await r.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    // The day's list with personal details is not an officer's, even the one who received it.
    const officer5 = { authorization: `Bearer ${(await login(hub.url, 'canbo05')).token}` };
    expect((await fetch(`${hub.url}/api/v1/dossiers`, { headers: officer5 })).status).toBe(403);
    expect(hub.db.prepare('SELECT status FROM dossiers WHERE id = ?').get(reg.dossierId)).toEqual({ status: 'received' });
    // None of the refusals read anything, so none is audited as a read.
    expect(personalReads()).toEqual([]);

    // The officer who received it reads it (socket and HTTP); the supervisor reads the list.
    expect(await command<DossierView>(at5, 'dossier:get', { dossier: code })).toMatchObject({ ok: true, value: { id: reg.dossierId } });
    expect(await command<ReceiptPrintJob>(at5, 'dossier:receipt', { dossier: code })).toMatchObject({ ok: true, value: { dossierCode: code } });
    expect((await fetch(`${hub.url}/api/v1/dossiers/${reg.dossierId}/receipt.html`, { headers: officer5 })).status).toBe(200);
    const supervisor = { authorization: `Bearer ${(await login(hub.url, 'giamsat')).token}` };
    const list = await fetch(`${hub.url}/api/v1/dossiers`, { headers: supervisor });
    expect(list.status).toBe(200);
    const admin = openSocket(hub, sockets, '/admin', (await login(hub.url, 'admin')).token);
    await connected(admin);
    expect(await command<DossierView[]>(admin, 'dossier:list', {})).toMatchObject({ ok: true });

    // Who read what, when: each read of personal data is in the audit log.
    expect(personalReads().map((r) => ({ ...r, detail: JSON.parse(r.detail) as unknown }))).toEqual([
      { actor: 'user:canbo05', subject: code, address: null, detail: { use: 'dossier', dossierId: reg.dossierId } },
      { actor: 'user:canbo05', subject: code, address: null, detail: { use: 'receipt', dossierId: reg.dossierId } },
      { actor: 'user:canbo05', subject: code, address: expect.stringMatching(/127\.0\.0\.1/), detail: { use: 'receipt-slip', dossierId: reg.dossierId } },
      { actor: 'user:giamsat', subject: '2026-11-23', address: expect.stringMatching(/127\.0\.0\.1/), detail: { use: 'list', count: 2 } },
      { actor: 'user:admin', subject: '2026-11-23', address: null, detail: { use: 'list', count: 2 } },
    ]);
  });

  it('lets the officer open the dossier of the ticket called at their counter, and the return desk one whose receipt the citizen shows', async () => {
    const kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    const reg = await registerAt(kiosk, PROC_KHDT);
    const at2 = await officerAt(hub, sockets, 'canbo02', 2);
    expect(await command(at2, 'dossier:get', { dossier: reg.dossierId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await serveNext(at2);
    expect(await command(at2, 'dossier:get', { dossier: reg.dossierId })).toMatchObject({ ok: true, value: { id: reg.dossierId } });
    const received = await command<DossierView>(at2, 'dossier:receive', { commandId: cid(), dossier: reg.dossierId, applicant: APPLICANT, documents: DOCUMENTS });
    if (!received.ok || received.value.trackingCode === null) throw new Error('receive failed');
    const at5 = await officerAt(hub, sockets, 'canbo05', 5);
    expect(await command(at5, 'dossier:get', { dossier: received.value.code })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await command(at5, 'dossier:get', { dossier: received.value.trackingCode.toLowerCase() })).toMatchObject({ ok: true, value: { id: reg.dossierId } });
    // A wrong key is no key.
    const wrong = received.value.trackingCode.replace(/.{6}$/, received.value.trackingCode.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA');
    expect(await command(at5, 'dossier:get', { dossier: wrong })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
