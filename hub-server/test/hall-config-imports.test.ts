/**
 * The admin console's imports (issue 17): the year's holidays and make-up
 * working days (a make-up Saturday moves a receipt's due date a day earlier,
 * live), and the procedures catalogue from a spreadsheet (XLSX and CSV), with
 * the bad rows named and nothing written until the file is clean.
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CurrentConfig, DossierView, LoginResponse, ProceduresImportOutcome, CalendarImportOutcome } from '@luot/protocol';
import { APPLICANT, DOCUMENTS, PROC_KHDT, cid, command, connected, dossierHallConfig, login, officerAt, openSocket, registerAt, serveNext, startTestHub, TEST_TOKENS, type TestHub } from '@luot/testing';
import type { Socket } from 'socket.io-client';

let hub: TestHub;
let admin: LoginResponse;
const sockets: Socket[] = [];
const reason = 'Lịch nghỉ lễ năm 2026';

async function api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const r = await fetch(`${hub.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${admin.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: r.status, json: (await r.json()) as T };
}

beforeEach(async () => {
  // Friday 2026-11-27, 15:00 in the hall.
  hub = await startTestHub({ config: dossierHallConfig(), serveApps: false, now: Date.parse('2026-11-27T15:00:00+07:00') });
  admin = await login(hub.url, 'admin');
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
});

describe('the yearly holiday import', () => {
  it('a make-up Saturday, imported with a preview first, moves the next receipt’s due date a day earlier', async () => {
    const kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
    await connected(kiosk);
    const counter = await officerAt(hub, sockets, 'canbo01', 1);
    const receive = async (): Promise<DossierView> => {
      const reg = await registerAt(kiosk, PROC_KHDT);
      await serveNext(counter);
      const r = await command<DossierView>(counter, 'dossier:receive', { commandId: cid(), dossier: reg.dossierId, applicant: APPLICANT, documents: DOCUMENTS });
      if (!r.ok) throw new Error(r.error.message.en);
      return r.value;
    };
    // Monday 30/11 given off as a bridge day, Saturday 28/11 worked in exchange.
    const bridge = await api<CalendarImportOutcome>('POST', '/api/v1/config/calendar-import', {
      reason,
      format: 'csv',
      text: 'date,kind,note\n2026-09-02,holiday,Quốc khánh\n2026-11-30,nghỉ,nghỉ bù',
      dryRun: false,
    });
    expect(bridge.status).toBe(200);
    // 2 working days from Friday 15:00: Friday's 2 h, Tuesday (Monday is off), and 6 h of Wednesday.
    expect((await receive()).appointmentAt).toBe(Date.parse('2026-12-02T15:00:00+07:00'));

    const text = JSON.stringify({ year: 2026, holidays: ['2026-09-02', '2026-11-30'], makeUpDays: ['2026-11-28'] });
    const preview = await api<CalendarImportOutcome>('POST', '/api/v1/config/calendar-import', { reason, format: 'json', text });
    expect(preview.json).toMatchObject({ dryRun: true, written: false, year: 2026, makeUpDays: ['2026-11-28'], rowErrors: [], problems: [] });
    expect(preview.json.diff).toEqual([
      { path: 'hours.makeUpDays', kind: 'changed', before: [], after: ['2026-11-28'] },
      { path: 'processing.makeUpDays', kind: 'changed', before: [], after: ['2026-11-28'] },
    ]);
    expect((await receive()).appointmentAt).toBe(Date.parse('2026-12-02T15:00:00+07:00'));
    const applied = await api<CalendarImportOutcome>('POST', '/api/v1/config/calendar-import', { reason, format: 'json', text, dryRun: false });
    expect(applied.json.revision).toMatchObject({ source: 'import', state: 'applied' });
    // Saturday counts now: Friday's 2 h, Saturday, and 6 h of Tuesday — a day earlier.
    expect((await receive()).appointmentAt).toBe(Date.parse('2026-12-01T15:00:00+07:00'));
  });
});

describe('the procedures catalogue import', () => {
  const HEADER = ['Mã thủ tục', 'Tên thủ tục', 'Lĩnh vực', 'Bộ phận', 'Dịch vụ', 'Số ngày', 'Phí', 'Thành phần hồ sơ'];
  const ROWS = [
    [PROC_KHDT, 'Đăng ký thành lập hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh', 'KHDT', 'DKKD', '3', '100.000 đồng', 'Giấy đề nghị (1/0); Bản sao căn cước (0/1)'],
    ['1.001000', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh', 'KHDT', 'DKKD', '3', '50.000 đồng', 'Giấy đề nghị (1/0)'],
    ['1.00100', 'Mã thiếu một chữ số', 'Khác', 'KHDT', 'DKKD', '3', 'Không', 'Đơn (1/0)'],
    ['1.001001', 'Dịch vụ không có', 'Khác', 'KHDT', 'KHONGCO', '3', 'Không', 'Đơn (1/0)'],
  ];
  async function xlsx(rows: string[][]): Promise<string> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Thủ tục');
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
  }

  it('an XLSX with two bad rows: they are named, nothing is written; fixed, it is previewed then applied', async () => {
    const before = await api<CurrentConfig>('GET', '/api/v1/config');
    const bad = await api<ProceduresImportOutcome>('POST', '/api/v1/config/procedures-import', { reason, format: 'xlsx', data: await xlsx([HEADER, ...ROWS]), dryRun: false });
    expect(bad.status).toBe(400);
    expect(bad.json.rowErrors.map((e) => [e.row, e.column])).toEqual([
      [4, 'code'],
      [5, 'service'],
    ]);
    expect(bad.json.rowErrors[1]!.message.vi).toBe('Dịch vụ "KHONGCO" không có trong cấu hình sảnh.');
    expect(await api<CurrentConfig>('GET', '/api/v1/config')).toEqual(before);

    const good = await xlsx([HEADER, ...ROWS.slice(0, 2)]);
    const preview = await api<ProceduresImportOutcome>('POST', '/api/v1/config/procedures-import', { reason, format: 'xlsx', data: good });
    expect(preview.json).toMatchObject({ dryRun: true, written: false, added: ['1.001000'], changed: [PROC_KHDT], unchanged: [], rowErrors: [] });
    const applied = await api<ProceduresImportOutcome>('POST', '/api/v1/config/procedures-import', { reason, format: 'xlsx', data: good, dryRun: false });
    expect(applied.json.revision).toMatchObject({ source: 'import', state: 'applied' });
    const procedures = (await (await fetch(`${hub.url}/api/v1/procedures`)).json()) as Array<{ code: string; processingDays: number }>;
    expect(procedures.find((p) => p.code === PROC_KHDT)?.processingDays).toBe(3);
    expect(procedures.map((p) => p.code)).toContain('1.001000');
  });

  it('the same file as CSV gives the same rows and errors', async () => {
    const csv = [HEADER, ...ROWS].map((r) => r.map((c) => (c.includes(',') || c.includes(';') ? `"${c}"` : c)).join(',')).join('\r\n');
    const read = await api<ProceduresImportOutcome>('POST', '/api/v1/config/procedures-import', { reason, format: 'csv', data: csv });
    expect(read.json.rowErrors.map((e) => [e.row, e.column])).toEqual([
      [4, 'code'],
      [5, 'service'],
    ]);
    expect(read.json).toMatchObject({ dryRun: true, written: false, added: ['1.001000'], changed: [PROC_KHDT] });
  });
});
