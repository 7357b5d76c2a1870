/**
 * Returning results (issue 19) through a real hub: results marked ready one
 * at a time and by a batch of scanned receipts, the public lookup saying
 * where, the kiosk's "Nhận kết quả" ticket linked to the dossier (and its
 * refusals), the return desk seeing the dossier and handing it over, the
 * supervisor's waiting list, the period report counting it — and nothing
 * personal on the event stream.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AwaitingReturn, DossierView, HallEvent, MarkReadyAnswer, PeriodReport, PublicDossierStatus, ReturnTicketReceipt, TicketView } from '@luot/protocol';
import type { Socket } from 'socket.io-client';
import { cid, command, connected, login, startTestHub, TEST_TOKENS, type TestHub } from '@luot/testing';
import { APPLICANT, DOCUMENTS, PERSONAL_STRINGS, PROC_KHDT, dossierHallConfig, officerAt, openSocket, registerAt, rowCounts, serveNext } from '@luot/testing';

/** Friday 27 November 2026, 15:50 in the hall (UTC+7); received dossiers are due Tuesday 1 December. */
const FRIDAY_1550 = Date.parse('2026-11-27T15:50:00+07:00');

let hub: TestHub;
let kiosk: Socket;
const sockets: Socket[] = [];
const seen: HallEvent[] = [];
const act = <T = DossierView>(s: Socket, event: string, extra: object) => command<T>(s, event, { commandId: cid(), ...extra });

beforeEach(async () => {
  // The outbox's dispatcher waits an hour between passes here, so the queued messages can be read before they are sent (and cleared).
  hub = await startTestHub({ config: dossierHallConfig(), serveApps: false, now: FRIDAY_1550, notifications: { pollMs: 3_600_000 } });
  kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
  const display = openSocket(hub, sockets, '/display', TEST_TOKENS.display);
  display.on('hall:events', (events: HallEvent[]) => seen.push(...events));
  await Promise.all([connected(kiosk), connected(display)]);
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  seen.length = 0;
  await hub.close();
});

/** `n` dossiers registered at the kiosk and received at counter 1; their tracking codes. */
async function receivedDossiers(n: number): Promise<{ id: string; tracking: string }[]> {
  const counter = await officerAt(hub, sockets, 'canbo01', 1);
  const out: { id: string; tracking: string }[] = [];
  for (let i = 0; i < n; i++) {
    const reg = await registerAt(kiosk, PROC_KHDT);
    await serveNext(counter);
    const r = await act(counter, 'dossier:receive', { dossier: reg.dossierId, applicant: APPLICANT, documents: DOCUMENTS });
    if (!r.ok) throw new Error(r.error.message.en);
    out.push({ id: reg.dossierId, tracking: r.value.trackingCode! });
  }
  await command(counter, 'counter:finish', { commandId: cid(), outcome: 'dossier_received' });
  return out;
}

const supervisorSocket = async () => {
  const s = openSocket(hub, sockets, '/admin', (await login(hub.url, 'giamsat')).token);
  await connected(s);
  return s;
};

describe('marking results ready', () => {
  it('marks one from the counter with where, and the public lookup says so', async () => {
    const [d] = await receivedDossiers(1);
    hub.clock.set(Date.parse('2026-11-30T09:00:00+07:00'));
    const counter = await officerAt(hub, sockets, 'canbo01', 1);
    const marked = await act<MarkReadyAnswer>(counter, 'dossier:mark-ready', { dossiers: [d!.tracking], place: 'Quầy 3, tầng 2', note: 'Hỏi tại bàn hướng dẫn' });
    expect(marked).toEqual({ ok: true, value: { marked: 1, lines: [{ ref: d!.tracking, outcome: 'marked', status: 'result_ready' }] } });
    const view = await command<DossierView>(counter, 'dossier:get', { dossier: d!.id });
    expect(view).toMatchObject({
      ok: true,
      value: { status: 'result_ready', readyAt: Date.parse('2026-11-30T09:00:00+07:00'), collectPlace: 'Quầy 3, tầng 2', collectNote: 'Hỏi tại bàn hướng dẫn' },
    });
    expect(hub.hub.services.dossiers.history(d!.id).at(-1)).toMatchObject({ toStatus: 'result_ready', action: 'dossier:mark-ready', actor: 'user:canbo01' });
    // "Your result is ready" was queued in the same transaction, for the applicant's phone (sealed), with the place.
    const outbox = () => hub.db.prepare('SELECT kind, cause, template_values AS tv, phone FROM outbox').all() as { kind: string; cause: string; tv: string; phone: string }[];
    expect(outbox()).toEqual([
      { kind: 'result_ready', cause: `dossier:${d!.id}:ready:${Date.parse('2026-11-30T09:00:00+07:00')}`, tv: JSON.stringify({ dossier: d!.tracking.slice(0, -7), place: 'Quầy 3, tầng 2' }), phone: expect.not.stringContaining('0912345678') as string },
    ]);

    const lookup = await command<PublicDossierStatus>(kiosk, 'dossier:lookup', { code: d!.tracking });
    expect(lookup).toMatchObject({ ok: true, value: { status: 'result_ready', collect: { readyAt: Date.parse('2026-11-30T09:00:00+07:00'), place: 'Quầy 3, tầng 2' } } });
    const page = await (await fetch(`${hub.url}/d/${encodeURIComponent(d!.tracking)}`)).text();
    expect(page).toContain('Kết quả đã sẵn sàng. Mời nhận tại: Quầy 3, tầng 2');
    expect(page).toContain('Quầy 3, tầng 2');
    expect(page).not.toContain('Hỏi tại bàn hướng dẫn');
  });

  it('marks a batch of scanned receipts and pasted codes, answering per code, in one transaction', async () => {
    const ds = await receivedDossiers(3);
    const supervisor = await supervisorSocket();
    // The third is already ready; an unknown code, a registration not yet received, and a receipt scanned twice.
    await act(supervisor, 'dossier:set-status', { dossier: ds[2]!.id, status: 'result_ready' });
    const registered = await registerAt(kiosk, PROC_KHDT);
    const qr = `${hub.url}/d/${encodeURIComponent(ds[0]!.tracking)}`;
    const unknown = '000.00.06.H56-261127-0099-AAAAAA';
    const refs = [qr, ` ${ds[1]!.tracking.toLowerCase()} `, ds[2]!.tracking, unknown, registered.dossierId, ds[0]!.tracking];
    const batch = { commandId: cid(), dossiers: refs };
    const answer = await command<MarkReadyAnswer>(supervisor, 'dossier:mark-ready', batch);
    expect(answer).toEqual({
      ok: true,
      value: {
        marked: 2,
        lines: [
          { ref: refs[0], outcome: 'marked', status: 'result_ready' },
          // Answered as parsed: the pasted code's spaces trimmed.
          { ref: refs[1]!.trim(), outcome: 'marked', status: 'result_ready' },
          { ref: refs[2], outcome: 'already_ready', status: 'result_ready' },
          { ref: unknown, outcome: 'unknown', status: null },
          { ref: registered.dossierId, outcome: 'wrong_status', status: 'registered' },
          { ref: refs[5], outcome: 'already_ready', status: 'result_ready' },
        ],
      },
    });
    // A retry after a lost ack answers the same and writes nothing more.
    const before = rowCounts(hub);
    expect(await command<MarkReadyAnswer>(supervisor, 'dossier:mark-ready', batch)).toEqual(answer);
    expect(rowCounts(hub)).toEqual(before);
    // Without a place, the result waits at the counters of the hall's return service.
    expect(await command(supervisor, 'dossier:get', { dossier: ds[0]!.id })).toMatchObject({ ok: true, value: { collectPlace: 'Quầy 3 (Tầng 2)' } });
    // One message per dossier marked (two by the batch, one by dossier:set-status), none for the others; the SMS names the counter by number.
    const queued = hub.db.prepare("SELECT template_values AS tv FROM outbox WHERE kind = 'result_ready'").all() as { tv: string }[];
    expect(queued.map((q) => q.tv).sort()).toEqual(
      ds.map((d) => JSON.stringify({ dossier: d.tracking.slice(0, -7), place: 'quầy 3' })),
    );
  });

  it('tells an officer nothing of a dossier that is not theirs, and refuses bad input writing nothing', async () => {
    const [d] = await receivedDossiers(1);
    const other = await officerAt(hub, sockets, 'canbo02', 2);
    const before = rowCounts(hub);
    // The plain code, without the receipt's check key: not canbo02's dossier.
    const plain = d!.tracking.slice(0, -7);
    expect(await act<MarkReadyAnswer>(other, 'dossier:mark-ready', { dossiers: [plain] })).toMatchObject({
      ok: true,
      value: { marked: 0, lines: [{ ref: plain, outcome: 'unknown', status: null }] },
    });
    expect(await act(other, 'dossier:mark-ready', { dossiers: [] })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await act(other, 'dossier:mark-ready', { dossiers: [plain], place: 'x'.repeat(121) })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await act(other, 'dossier:mark-ready', { dossiers: Array(201).fill(plain) })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(rowCounts(hub)).toEqual(before);
    expect(await command(other, 'dossier:get', { dossier: d!.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('"Nhận kết quả" at the kiosk and the hand-over', () => {
  it('refuses a result not ready yet, saying the status and the due date', async () => {
    const [d] = await receivedDossiers(1);
    const before = rowCounts(hub);
    expect(await act(kiosk, 'dossier:return-ticket', { code: d!.tracking })).toEqual({
      ok: false,
      error: {
        code: 'invalid_state',
        message: {
          vi: 'Kết quả chưa sẵn sàng: hồ sơ đang ở trạng thái "Được tiếp nhận". Ngày hẹn trả kết quả: 01/12/2026.',
          en: 'The result is not ready yet: the dossier is "Received". The result is due on 01/12/2026.',
        },
      },
    });
    // The plain code is refused like the public lookup's; a wrong key finds nothing.
    expect(await act(kiosk, 'dossier:return-ticket', { code: d!.tracking.slice(0, -7) })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await act(kiosk, 'dossier:return-ticket', { code: `${d!.tracking.slice(0, -6)}AAAAAA` })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(rowCounts(hub)).toMatchObject({ tickets: before.tickets, dossiers: before.dossiers });
  });

  it('gives a ticket linked to the dossier; the return desk sees it and hands the result over; reports count it', async () => {
    const [d] = await receivedDossiers(1);
    hub.clock.set(Date.parse('2026-11-30T08:00:00+07:00'));
    const supervisor = await supervisorSocket();
    await act<MarkReadyAnswer>(supervisor, 'dossier:mark-ready', { dossiers: [d!.tracking], place: 'Quầy 3' });
    hub.clock.set(Date.parse('2026-11-30T09:30:00+07:00'));
    expect(await command<AwaitingReturn[]>(supervisor, 'dossier:awaiting-return', {})).toEqual({
      ok: true,
      value: [
        {
          dossierId: d!.id,
          code: d!.tracking.slice(0, -7),
          procedureName: 'Đăng ký thành lập hộ kinh doanh',
          readyAt: Date.parse('2026-11-30T08:00:00+07:00'),
          collectPlace: 'Quầy 3',
          returnMethod: 'counter',
          waitingMinutes: 90,
        },
      ],
    });

    const ticket = await act<ReturnTicketReceipt>(kiosk, 'dossier:return-ticket', { code: d!.tracking });
    expect(ticket).toMatchObject({
      ok: true,
      value: { dossierCode: d!.tracking.slice(0, -7), collectPlace: 'Quầy 3', ticket: { service: 'TRAKQ', code: 'C001', dossierId: d!.id, state: 'waiting' } },
    });
    // Scanned again while it waits: the same number, no second ticket.
    expect(await act(kiosk, 'dossier:return-ticket', { code: d!.tracking })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: { vi: 'Hồ sơ này đã có số thứ tự C001. Vui lòng chờ gọi số.' } },
    });

    // The return desk (counter 3, canbo03, who never handled it) calls the ticket and sees its dossier.
    const desk = await officerAt(hub, sockets, 'canbo03', 3);
    expect(await act<TicketView>(desk, 'counter:call-next', {})).toMatchObject({ ok: true, value: { code: 'C001', dossierId: d!.id } });
    expect(await command(desk, 'dossier:get', {})).toMatchObject({ ok: true, value: { id: d!.id, status: 'result_ready', applicant: { name: APPLICANT.name } } });
    const handed = await act(desk, 'dossier:mark-returned', { dossier: d!.id });
    expect(handed).toMatchObject({
      ok: true,
      value: { status: 'returned', returnedAt: Date.parse('2026-11-30T09:30:00+07:00'), returnedBy: { name: 'Lê Văn Cường' }, timeliness: 'early' },
    });
    expect(hub.hub.services.dossiers.history(d!.id).at(-1)).toMatchObject({ toStatus: 'returned', actor: 'user:canbo03', at: Date.parse('2026-11-30T09:30:00+07:00') });
    expect(await command<AwaitingReturn[]>(supervisor, 'dossier:awaiting-return', {})).toEqual({ ok: true, value: [] });

    // The public lookup says returned, and the kiosk gives no second ticket.
    expect(await command(kiosk, 'dossier:lookup', { code: d!.tracking })).toMatchObject({
      ok: true,
      value: { status: 'returned', returnedAt: Date.parse('2026-11-30T09:30:00+07:00') },
    });
    expect(await act(kiosk, 'dossier:return-ticket', { code: d!.tracking })).toMatchObject({
      ok: false,
      error: { message: { vi: 'Kết quả của hồ sơ này đã được trả lúc 09 giờ 30 phút, ngày 30/11/2026.' } },
    });

    // The day's and the period's reports count it returned.
    const { token } = await login(hub.url, 'giamsat');
    const r = await fetch(`${hub.url}/api/v1/reports?from=2026-11-30&to=2026-11-30`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await r.json()) as PeriodReport).totals.dossiers).toMatchObject({ returned: 1, early: 1 });

    // Nothing personal went out on the event stream (the province link ships it).
    const stream = JSON.stringify(seen);
    expect(seen.some((e) => e.type === 'ticket' && e.ticket.dossierId === d!.id && e.ticket.service === 'TRAKQ')).toBe(true);
    for (const s of PERSONAL_STRINGS) expect(stream).not.toContain(s);
    expect(stream).not.toContain('Quầy 3,');
  });
});
