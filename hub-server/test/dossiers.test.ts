import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierView, HallEvent, PublicDossierStatus, ReceiptPrintJob, TicketView } from '@luot/protocol';
import type { Socket } from 'socket.io-client';
import { cid, command, connected, login } from '@luot/testing';
import { TEST_TOKENS } from '@luot/testing';
import { startTestHub, type TestHub } from '@luot/testing';
import { APPLICANT, DOCUMENTS, PERSONAL_STRINGS, PROC_KHDT, PROC_TNMT, dossierHallConfig, officerAt, openSocket, registerAt, serveNext } from '@luot/testing';

/** Friday 27 November 2026, 15:50 in the hall (UTC+7). */
const FRIDAY_1550 = Date.parse('2026-11-27T15:50:00+07:00');

let hub: TestHub;
let kiosk: Socket;
let display: Socket;
const sockets: Socket[] = [];
/** Every hall event the display board received, as sent. */
const seen: HallEvent[] = [];
const act = <T = DossierView>(s: Socket, event: string, extra: object) => command<T>(s, event, { commandId: cid(), ...extra });

beforeEach(async () => {
  hub = await startTestHub({ config: dossierHallConfig(), serveApps: false, now: FRIDAY_1550 });
  kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
  display = openSocket(hub, sockets, '/display', TEST_TOKENS.display);
  display.on('hall:events', (events: HallEvent[]) => seen.push(...events));
  await Promise.all([connected(kiosk), connected(display)]);
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  seen.length = 0;
  await hub.close();
});

describe('a walk-in dossier from the kiosk to the result', () => {
  it('registers, is received with a code and an appointment, is looked up masked, and is returned', async () => {
    // Kiosk: the registration and its ticket, in one command.
    const reg = await registerAt(kiosk, PROC_KHDT);
    expect(reg.ticket).toMatchObject({ service: 'DKKD', state: 'waiting', dossierId: reg.dossierId, source: 'kiosk' });
    expect(reg.peopleAhead).toBe(0);

    // The officer calls the ticket and sees the registration it carries.
    const counter = await officerAt(hub, sockets, 'canbo01', 1);
    const called = await act<TicketView>(counter, 'counter:call-next', {});
    expect(called).toMatchObject({ ok: true, value: { id: reg.ticket.id, dossierId: reg.dossierId } });
    const got = await command<DossierView>(counter, 'dossier:get', {});
    expect(got).toMatchObject({
      ok: true,
      value: { id: reg.dossierId, code: null, status: 'registered', applicant: { idNumber: APPLICANT.idNumber, phone: '0912345678' }, ticketId: reg.ticket.id },
    });

    // Received at 16:00 on Friday: 2 working days of 8 h (the default processing calendar: 07:00–11:30, 13:30–17:00) → Tuesday 16:00.
    hub.clock.set(Date.parse('2026-11-27T16:00:00+07:00'));
    const receiveCmd = { commandId: cid(), dossier: reg.dossierId, applicant: { ...APPLICANT, name: 'Võ  Việt Dũng ' }, documents: DOCUMENTS };
    const received = await command<DossierView>(counter, 'dossier:receive', receiveCmd);
    expect(received).toMatchObject({
      ok: true,
      value: {
        code: '000.00.06.H56-261127-0001',
        status: 'received',
        receivedAt: Date.parse('2026-11-27T16:00:00+07:00'),
        appointmentAt: Date.parse('2026-12-01T16:00:00+07:00'),
        documents: DOCUMENTS,
        officer: { name: 'Nguyễn Văn An' },
        applicant: { name: 'Võ Việt Dũng' },
      },
    });
    if (!received.ok) return;
    const code = received.value.code!;
    // The receipt's tracking code: the code and a check key of 6 base32 characters; the public lookups need it.
    const tracking = received.value.trackingCode!;
    expect(tracking).toMatch(new RegExp(`^${code.replace(/\./g, '\\.')}-[A-Z2-7]{6}$`));
    // A retry after a lost ack returns the same dossier and takes no second code.
    expect(await command<DossierView>(counter, 'dossier:receive', receiveCmd)).toMatchObject({ ok: true, value: { code } });
    expect(await act(counter, 'dossier:receive', { dossier: reg.dossierId, applicant: APPLICANT, documents: DOCUMENTS })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });
    expect(hub.db.prepare('SELECT last_sequence FROM dossier_sequences').all()).toEqual([{ last_sequence: 1 }]);

    // The public lookup: status, appointment and a masked name, nothing personal.
    expect((await fetch(`${hub.url}/api/v1/dossiers/lookup?code=${encodeURIComponent(code)}`)).status).toBe(400);
    const lookup = await fetch(`${hub.url}/api/v1/dossiers/lookup?code=${encodeURIComponent(tracking.toLowerCase())}`);
    expect(lookup.status).toBe(200);
    const publicText = await lookup.text();
    const status = JSON.parse(publicText) as PublicDossierStatus;
    expect(status).toEqual({
      code,
      procedureName: 'Đăng ký thành lập hộ kinh doanh',
      status: 'received',
      statusLabel: { vi: 'Được tiếp nhận', en: 'Received' },
      appointmentAt: Date.parse('2026-12-01T16:00:00+07:00'),
      maskedName: 'V** V** D**',
    });
    for (const s of PERSONAL_STRINGS) expect(publicText).not.toContain(s);
    const kioskLookup = await command<PublicDossierStatus>(kiosk, 'dossier:lookup', { code: tracking });
    expect(kioskLookup).toEqual({ ok: true, value: status });

    const page = await fetch(`${hub.url}/d/${encodeURIComponent(tracking)}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Được tiếp nhận');
    expect(html).toContain('V** V** D**');
    expect(html).toContain('16 giờ 00 phút, ngày 01/12/2026');
    for (const s of PERSONAL_STRINGS) expect(html).not.toContain(s);

    // Staff: the full view and the receipt slip.
    const { token } = await login(hub.url, 'canbo01');
    const auth = { authorization: `Bearer ${token}` };
    expect((await fetch(`${hub.url}/api/v1/dossiers/${reg.dossierId}`)).status).toBe(401);
    const kioskHttp = await fetch(`${hub.url}/api/v1/dossiers/${reg.dossierId}`, { headers: { authorization: `Bearer ${TEST_TOKENS.kiosk}` } });
    expect(kioskHttp.status).toBe(403);
    const full = (await (await fetch(`${hub.url}/api/v1/dossiers/${reg.dossierId}`, { headers: auth })).json()) as DossierView;
    expect(full).toMatchObject({ code, applicant: { idNumber: APPLICANT.idNumber, address: APPLICANT.address } });
    const byCode = (await (await fetch(`${hub.url}/api/v1/dossiers/${encodeURIComponent(code)}`, { headers: auth })).json()) as DossierView;
    expect(byCode.id).toBe(reg.dossierId);
    const job = (await (await fetch(`${hub.url}/api/v1/dossiers/${reg.dossierId}/receipt`, { headers: auth })).json()) as ReceiptPrintJob;
    expect(job).toMatchObject({
      dossierCode: code,
      trackingCode: tracking,
      trackUrl: `http://localhost:8080/d/${encodeURIComponent(tracking)}`,
      applicant: { name: 'Võ Việt Dũng', idNumber: APPLICANT.idNumber, address: APPLICANT.address, phone: '0912345678' },
      procedure: { code: PROC_KHDT, name: 'Đăng ký thành lập hộ kinh doanh' },
      documents: DOCUMENTS,
      processingTime: '02 ngày làm việc',
      receivedAt: Date.parse('2026-11-27T16:00:00+07:00'),
      appointmentAt: Date.parse('2026-12-01T16:00:00+07:00'),
      officerName: 'Nguyễn Văn An',
    });
    expect(job.returnPlace).toContain('Trung tâm Phục vụ hành chính công tỉnh Thử Nghiệm');
    expect(await command<ReceiptPrintJob>(counter, 'dossier:receipt', { dossier: code })).toEqual({ ok: true, value: job });
    const slip = await fetch(`${hub.url}/api/v1/dossiers/${reg.dossierId}/receipt.html?paper=a4`, { headers: auth });
    expect(slip.status).toBe(200);
    const slipHtml = await slip.text();
    for (const s of ['GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', code, `Mã tra cứu: <b id="tracking-code">${tracking}</b>`, 'Ông <b>Võ Việt Dũng</b>', APPLICANT.idNumber, '16 giờ 00 phút, ngày 27/11/2026', '16 giờ 00 phút, ngày 01/12/2026', 'Bản sao căn cước của chủ hộ', 'size:A4', '<svg']) {
      expect(slipHtml).toContain(s);
    }
    expect((await fetch(`${hub.url}/api/v1/dossiers/${reg.dossierId}/receipt.html`)).status).toBe(401);

    // Afterwards: processing at the counter, result ready by the supervisor, returned early.
    expect(await act(counter, 'dossier:set-status', { dossier: code, status: 'processing' })).toMatchObject({ ok: true, value: { status: 'processing' } });
    const supervisor = openSocket(hub, sockets, '/admin', (await login(hub.url, 'giamsat')).token);
    await connected(supervisor);
    expect(await act(supervisor, 'dossier:set-status', { dossier: reg.dossierId, status: 'result_ready', note: 'Đã ký' })).toMatchObject({
      ok: true,
      value: { status: 'result_ready', reason: 'Đã ký' },
    });
    const today = await command<DossierView[]>(supervisor, 'dossier:list', {});
    expect(today.ok && today.value.map((d) => [d.code, d.status])).toEqual([[code, 'result_ready']]);
    hub.clock.set(Date.parse('2026-11-30T10:00:00+07:00'));
    const returnCounter = await officerAt(hub, sockets, 'canbo03', 3);
    // The return desk never handled it: the plain code is not enough, the citizen's receipt (tracking code) is.
    expect(await act(returnCounter, 'dossier:mark-returned', { dossier: code })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await act(returnCounter, 'dossier:mark-returned', { dossier: tracking })).toMatchObject({
      ok: true,
      value: { status: 'returned', returnedAt: Date.parse('2026-11-30T10:00:00+07:00'), timeliness: 'early' },
    });
    expect(hub.hub.services.dossiers.history(reg.dossierId).map((h) => h.toStatus)).toEqual(['registered', 'received', 'processing', 'result_ready', 'returned']);

    // Personal data never went out on the broadcast stream, nor into the event log or the idempotency records.
    expect(seen.some((e) => e.type === 'ticket' && e.ticket.dossierId === reg.dossierId)).toBe(true);
    const stream = JSON.stringify(seen);
    const stored = JSON.stringify([hub.db.prepare('SELECT * FROM events').all(), hub.db.prepare('SELECT * FROM commands').all()]);
    for (const s of PERSONAL_STRINGS) {
      expect(stream).not.toContain(s);
      expect(stored).not.toContain(s);
    }
  });

  it('numbers codes per agency and per day', async () => {
    let counter = await officerAt(hub, sockets, 'canbo01', 1);
    const receive = async (procedure: string) => {
      const reg = await registerAt(kiosk, procedure);
      await serveNext(counter);
      const r = await act(counter, 'dossier:receive', { dossier: reg.dossierId, applicant: APPLICANT, documents: DOCUMENTS });
      if (!r.ok) throw new Error(r.error.message.en);
      return r.value.code;
    };
    expect(await receive(PROC_KHDT)).toBe('000.00.06.H56-261127-0001');
    expect(await receive(PROC_TNMT)).toBe('000.00.07.H56-261127-0001');
    expect(await receive(PROC_KHDT)).toBe('000.00.06.H56-261127-0002');
    // Monday: each agency starts again at 0001. (A new day signs officers out.)
    hub.clock.set(Date.parse('2026-11-30T08:00:00+07:00'));
    counter = await officerAt(hub, sockets, 'canbo01', 1);
    expect(await receive(PROC_TNMT)).toBe('000.00.07.H56-261130-0001');
    expect(await receive(PROC_KHDT)).toBe('000.00.06.H56-261130-0001');
    expect(await receive(PROC_KHDT)).toBe('000.00.06.H56-261130-0002');
  });

  it('records a refusal and a supplement request with their reasons', async () => {
    const counter = await officerAt(hub, sockets, 'canbo02', 2);
    const a = await registerAt(kiosk, PROC_TNMT);
    await serveNext(counter);
    const refused = await act(counter, 'dossier:refuse', { dossier: a.dossierId, reason: 'Thửa đất đang có tranh chấp' });
    expect(refused).toMatchObject({ ok: true, value: { status: 'refused', code: null, reason: 'Thửa đất đang có tranh chấp', officer: { name: 'Trần Thị Bình' } } });
    expect(await act(counter, 'dossier:refuse', { dossier: a.dossierId, reason: 'lại' })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    expect(await act(counter, 'dossier:receive', { dossier: a.dossierId, applicant: APPLICANT, documents: DOCUMENTS })).toMatchObject({
      ok: false,
      error: { code: 'invalid_state' },
    });

    // At reception: sent home for a supplement, uncoded; it cannot go on to processing.
    const b = await registerAt(kiosk, PROC_TNMT);
    await serveNext(counter);
    const items = ['Bản vẽ sơ đồ thửa đất', 'Giấy ủy quyền có công chứng'];
    expect(await act(counter, 'dossier:request-supplement', { dossier: b.dossierId, reason: 'Thiếu giấy tờ', items })).toMatchObject({
      ok: true,
      value: { status: 'supplement_requested', code: null, reason: 'Thiếu giấy tờ', supplementItems: items },
    });
    expect(await act(counter, 'dossier:set-status', { dossier: b.dossierId, status: 'processing' })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });

    // Both print as notices (forms 03 and 02) with the reason; a dossier in another status has none.
    const auth = { authorization: `Bearer ${(await login(hub.url, 'canbo02')).token}` };
    const notice = async (id: string) => {
      const r = await fetch(`${hub.url}/api/v1/dossiers/${id}/notice.html`, { headers: auth });
      return { status: r.status, text: await r.text() };
    };
    const refusal = await notice(a.dossierId);
    expect(refusal.status).toBe(200);
    for (const text of ['PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ', 'Thửa đất đang có tranh chấp', 'Ông <b>Võ Việt Dũng</b>', 'Trần Thị Bình']) expect(refusal.text).toContain(text);
    const supplement = await notice(b.dossierId);
    for (const text of ['PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', 'Thiếu giấy tờ', ...items]) expect(supplement.text).toContain(text);
    expect((await fetch(`${hub.url}/api/v1/dossiers/${a.dossierId}/notice.html`)).status).toBe(401);

    // During processing: the supplement comes back and processing resumes.
    const c = await registerAt(kiosk, PROC_TNMT);
    await serveNext(counter);
    await act(counter, 'dossier:receive', { dossier: c.dossierId, applicant: APPLICANT, documents: DOCUMENTS });
    await act(counter, 'dossier:set-status', { dossier: c.dossierId, status: 'processing' });
    expect(await act(counter, 'dossier:request-supplement', { dossier: c.dossierId, reason: 'Sai diện tích', items: ['Trích đo lại'] })).toMatchObject({
      ok: true,
      value: { status: 'supplement_requested', code: '000.00.07.H56-261127-0001' },
    });
    expect(await act(counter, 'dossier:set-status', { dossier: c.dossierId, status: 'processing' })).toMatchObject({ ok: true, value: { status: 'processing', reason: null } });
    expect(await act(counter, 'dossier:mark-returned', { dossier: c.dossierId })).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    expect(await notice(c.dossierId)).toMatchObject({ status: 409 });
  });

  it('marks a result returned after the appointment day late, and on the day on time', async () => {
    const counter = await officerAt(hub, sockets, 'canbo01', 1);
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const reg = await registerAt(kiosk, PROC_KHDT);
      await serveNext(counter);
      const received = await act(counter, 'dossier:receive', { dossier: reg.dossierId, applicant: APPLICANT, documents: DOCUMENTS });
      await act(counter, 'dossier:set-status', { dossier: reg.dossierId, status: 'result_ready' });
      // The return desk opens it by the tracking code on the receipt the citizen brings.
      ids.push(received.ok ? received.value.trackingCode! : '');
    }
    // Appointment: Tuesday 1 December 2026 (received Friday 15:50).
    hub.clock.set(Date.parse('2026-12-01T16:30:00+07:00'));
    const returnCounter = await officerAt(hub, sockets, 'canbo03', 3);
    expect(await act(returnCounter, 'dossier:mark-returned', { dossier: ids[0] })).toMatchObject({ ok: true, value: { timeliness: 'on_time' } });
    hub.clock.set(Date.parse('2026-12-02T08:00:00+07:00'));
    const nextDay = await officerAt(hub, sockets, 'canbo03', 3);
    expect(await act(nextDay, 'dossier:mark-returned', { dossier: ids[1], note: 'Công dân đến muộn' })).toMatchObject({
      ok: true,
      value: { timeliness: 'late', reason: 'Công dân đến muộn' },
    });
  });
});
