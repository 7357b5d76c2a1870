/** A test hall with procedures in two agencies, and a known applicant, for the dossier tests. */
import type { Socket } from 'socket.io-client';
import type { CounterView, DossierRegistrationReceipt, DossierView, TicketView } from '@luot/protocol';
import { cid, command, connected, createClient, login } from './clients';
import { testHallConfig } from './test-hall';
import type { TestHub } from './test-hub';

export const PROC_KHDT = '1.001612';
export const PROC_TNMT = '1.004227';

export function dossierHallConfig() {
  const documents = [
    { name: 'Giấy đề nghị đăng ký hộ kinh doanh', originals: 1, copies: 0 },
    { name: 'Bản sao căn cước của chủ hộ', originals: 0, copies: 1 },
  ];
  return testHallConfig({
    procedures: [
      {
        code: PROC_KHDT, name: 'Đăng ký thành lập hộ kinh doanh', field: 'Thành lập và hoạt động của hộ kinh doanh', department: 'KHDT', service: 'DKKD',
        processingTime: { inPerson: '02 ngày làm việc' }, processingDays: 2, fee: '100.000 đồng', documents,
      },
      {
        code: PROC_TNMT, name: 'Đăng ký biến động quyền sử dụng đất', field: 'Đất đai', department: 'TNMT', service: 'DATDAI',
        processingTime: { inPerson: '03 ngày làm việc' }, processingDays: 3, fee: 'Theo quy định', documents,
      },
    ],
  });
}

/** Personal data that must never leave the dossier rows except to staff. */
export const APPLICANT = {
  idNumber: '046201000152',
  name: 'Võ Việt Dũng',
  dateOfBirth: '2001-07-30',
  sex: 'male',
  address: 'Thôn Đông Hòa 7, Xã Phước Sơn, Huyện Tuy Phước, Tỉnh Bình Định',
  phone: '0912 345 678',
} as const;
export const PERSONAL_STRINGS = [APPLICANT.idNumber, APPLICANT.dateOfBirth, '30072001', '30/07/2001', APPLICANT.address, 'Đông Hòa', '0912345678', APPLICANT.name];

export const DOCUMENTS = [
  { name: 'Giấy đề nghị đăng ký hộ kinh doanh', originals: 1, copies: 0 },
  { name: 'Bản sao căn cước của chủ hộ', originals: 0, copies: 1 },
];

export function openSocket(hub: TestHub, sockets: Socket[], nsp: string, token: string): Socket {
  const s = createClient(hub.url, nsp, token);
  sockets.push(s);
  return s;
}

export async function officerAt(hub: TestHub, sockets: Socket[], username: string, counter: number): Promise<Socket> {
  const { token } = await login(hub.url, username);
  const s = openSocket(hub, sockets, '/counter', token);
  await connected(s);
  const r = await command<CounterView>(s, 'counter:sign-in', { commandId: cid(), counter });
  if (!r.ok) throw new Error(r.error.message.en);
  return s;
}

/**
 * The officer finishes whatever ticket is at the counter and calls the next:
 * an officer may open only the dossier of the ticket at their counter (or one
 * they handled), so tests call a registration's ticket before receiving it.
 */
export async function serveNext(counter: Socket): Promise<TicketView> {
  await command(counter, 'counter:finish', { commandId: cid(), outcome: 'dossier_received' });
  const r = await command<TicketView | null>(counter, 'counter:call-next', { commandId: cid() });
  if (!r.ok || r.value === null) throw new Error(`call-next failed: ${r.ok ? 'no ticket waiting' : r.error.message.en}`);
  return r.value;
}

export async function registerAt(kiosk: Socket, procedure: string, applicant: object = APPLICANT): Promise<DossierRegistrationReceipt> {
  const r = await command<DossierRegistrationReceipt>(kiosk, 'dossier:register', { commandId: cid(), procedure, applicant, return: { method: 'counter' } });
  if (!r.ok) throw new Error(`register failed: ${r.error.message.en}`);
  return r.value;
}

/** Row counts of the tables a refused command must not touch. */
export function rowCounts(hub: TestHub) {
  const count = (table: string) => (hub.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { dossiers: count('dossiers'), tickets: count('tickets'), history: count('dossier_history'), sequences: count('dossier_sequences'), events: count('events') };
}

/** Runs a command that must succeed and gives its value. */
async function must<T>(socket: Socket, event: string, payload: object): Promise<T> {
  const r = await command<T>(socket, event, { commandId: cid(), ...payload });
  if (!r.ok) throw new Error(`${event}: ${r.error.message.en}`);
  return r.value;
}

/**
 * A week of dossiers whose due dates cross a weekend (dossierHallConfig, the
 * hub's clock moved along): on Friday 27 November 2026 at 15:50 three
 * business registrations are received at counter 1 (two working days: the
 * appointment is Tuesday 1 December) and two of them made ready, and a
 * fourth is sent back for supplements; the first is returned on Monday
 * 30 November at 10:00 (early), the second on Wednesday 2 December at 08:00
 * (late), each at counter 3. Gives the received dossiers and the two returned.
 */
export async function dossierWeek(hub: TestHub, sockets: Socket[], kiosk: Socket): Promise<{ received: DossierView[]; returned: DossierView[] }> {
  const at = (local: string) => hub.clock.set(Date.parse(`${local}+07:00`));
  at('2026-11-27T15:50:00');
  const counter = await officerAt(hub, sockets, 'canbo01', 1);
  const received: DossierView[] = [];
  for (let i = 0; i < 3; i++) {
    const reg = await registerAt(kiosk, PROC_KHDT);
    await serveNext(counter);
    received.push(await must<DossierView>(counter, 'dossier:receive', { dossier: reg.dossierId, applicant: APPLICANT, documents: DOCUMENTS }));
    if (i < 2) await must(counter, 'dossier:set-status', { dossier: reg.dossierId, status: 'result_ready' });
  }
  const missing = await registerAt(kiosk, PROC_KHDT);
  await serveNext(counter);
  await must(counter, 'dossier:request-supplement', { dossier: missing.dossierId, reason: 'Thiếu giấy tờ', items: ['Giấy ủy quyền'] });
  const returned: DossierView[] = [];
  for (const [i, when] of ['2026-11-30T10:00:00', '2026-12-02T08:00:00'].entries()) {
    at(when);
    const returns = await officerAt(hub, sockets, 'canbo03', 3);
    returned.push(await must<DossierView>(returns, 'dossier:mark-returned', { dossier: received[i]!.trackingCode }));
  }
  return { received, returned };
}
