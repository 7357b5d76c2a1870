/**
 * The period report's XLSX and CSV, read back: sheets, headers, frozen rows,
 * numbers as numbers, days as dates shown dd/mm/yyyy, the CSV's BOM.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { TicketView } from '@luot/protocol';
import { TEST_TOKENS, cid, command, connected, login, officerAt, openSocket, startTestHub, testHallConfig, type TestHub } from '@luot/testing';

let hub: TestHub;
const sockets: Socket[] = [];
let supervisor: string;

const get = (path: string, token = supervisor) => fetch(`${hub.url}/api/v1/${path}`, { headers: { authorization: `Bearer ${token}` } });

beforeAll(async () => {
  // Monday 23 November 2026: two DKKD tickets; the first called at 4 minutes and sent on to counter 2, where it still waits
  // (a transferred ticket's wait is measured to its last call); the second called at 6 minutes, served 10 and rated "very satisfied".
  hub = await startTestHub({ config: testHallConfig(), serveApps: false, now: Date.parse('2026-11-23T08:00:00+07:00') });
  const kiosk = openSocket(hub, sockets, '/kiosk', TEST_TOKENS.kiosk);
  await connected(kiosk);
  await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
  await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'DKKD' });
  const counter = await officerAt(hub, sockets, 'canbo01', 1);
  hub.clock.advance(4 * 60_000);
  const first = await command<TicketView>(counter, 'counter:call-next', { commandId: cid() });
  await command(counter, 'counter:start-serving', { commandId: cid() });
  hub.clock.advance(2 * 60_000);
  await command(counter, 'counter:transfer', { commandId: cid(), to: { counter: 2 } });
  await command(counter, 'counter:call-next', { commandId: cid() });
  await command(counter, 'counter:start-serving', { commandId: cid() });
  hub.clock.advance(10 * 60_000);
  const done = await command<TicketView>(counter, 'counter:finish', { commandId: cid(), outcome: 'guided' });
  if (done.ok) await command(counter, 'ticket:rate', { commandId: cid(), ticketId: done.value.id, rating: 5 });
  expect(first.ok).toBe(true);
  supervisor = (await login(hub.url, 'giamsat')).token;
});
afterAll(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await hub.close();
});

describe('the period report as a workbook', () => {
  it('has a sheet per table, Vietnamese headers frozen, numbers as numbers and days as dd/mm/yyyy dates', async () => {
    const r = await get('reports.xlsx?period=week&date=2026-11-25');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="bao-cao-2026-11-23-2026-11-29.xlsx"');
    // Streamed as it is written (issue 18: the year's workbook is never whole in the hub's memory): no length told ahead.
    expect(r.headers.get('content-length')).toBeNull();
    expect(r.headers.get('transfer-encoding')).toBe('chunked');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await r.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Theo cơ quan, đơn vị', 'Theo dịch vụ', 'Theo quầy', 'Theo cán bộ', 'Theo đối tượng ưu tiên', 'Theo nguồn lấy số', 'Theo giờ lấy số', 'Hồ sơ theo thủ tục', 'Lượt lấy số theo thứ và giờ', 'Theo ngày', 'Hồ sơ trễ hạn']);
    for (const sheet of book.worksheets) expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const summary = book.getWorksheet('Tổng hợp')!;
    const headers = (summary.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 5)).toEqual(['Kỳ báo cáo', 'Từ ngày', 'Đến ngày', 'Số phiếu đã cấp', 'Đã phục vụ']);
    const cell = (header: string, row = 2) => summary.getRow(row).getCell(headers.indexOf(header) + 1);
    expect(cell('Kỳ báo cáo').value).toBe('Kỳ này');
    expect(cell('Từ ngày').value).toEqual(new Date('2026-11-23T00:00:00Z'));
    expect(cell('Từ ngày').numFmt).toBe('dd/mm/yyyy');
    expect(cell('Từ ngày', 3).value).toEqual(new Date('2026-11-16T00:00:00Z'));
    expect(cell('Số phiếu đã cấp').value).toBe(2);
    expect(cell('Đã phục vụ').value).toBe(1);
    expect(cell('Đã chuyển').value).toBe(1);
    expect(cell('Chờ TB (phút)').value).toBe(6);
    expect(cell('Phục vụ TB (phút)').value).toBe(10);
    expect(cell('Rất hài lòng').value).toBe(1);
    expect(cell('Tỷ lệ đánh giá (%)').value).toBe(100);
    expect(cell('Số phiếu đã cấp', 3).value).toBe(0);
    expect(cell('Chờ TB (phút)', 3).value).toBeNull(); // nothing to average: an empty cell, not 0

    const counters = book.getWorksheet('Theo quầy')!;
    expect(counters.getRow(2).getCell(1).value).toBe(1);
    expect(counters.getRow(2).getCell(2).value).toBe('Quầy 1');
    const officers = book.getWorksheet('Theo cán bộ')!;
    expect(officers.getRow(2).getCell(2).value).toBe('Nguyễn Văn An');
    const arrivals = book.getWorksheet('Lượt lấy số theo thứ và giờ')!;
    expect((arrivals.getRow(1).values as unknown[]).slice(1)).toEqual(['Thứ', '08:00']);
    expect((arrivals.getRow(2).values as unknown[]).slice(1)).toEqual(['Thứ Hai', 2]);
    expect((arrivals.getRow(3).values as unknown[]).slice(1)).toEqual(['Thứ Ba', 0]);
    expect(arrivals.rowCount).toBe(8);
    const days = book.getWorksheet('Theo ngày')!;
    expect(days.rowCount).toBe(8);
    expect(days.getRow(2).getCell(1).value).toEqual(new Date('2026-11-23T00:00:00Z'));
    expect(days.getRow(2).getCell(1).numFmt).toBe('dd/mm/yyyy');
    expect(days.getRow(2).getCell(2).value).toBe(2);
  });
});

describe('the period report as CSV', () => {
  it('is UTF-8 with a BOM, days as dd/mm/yyyy, one table chosen by name', async () => {
    const r = await get('reports.csv?from=2026-11-23&to=2026-11-23');
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="bao-cao-2026-11-23-2026-11-23-summary.csv"');
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]!.startsWith('Kỳ báo cáo,Từ ngày,Đến ngày,Số phiếu đã cấp,Đã phục vụ,')).toBe(true);
    expect(lines[1]!.startsWith('Kỳ này,23/11/2026,23/11/2026,2,1,0,0,0,1,6,6,6,6,10,10,10,10,,1,0,0,0,100,100,')).toBe(true);
    expect(lines[2]!.startsWith('Kỳ trước,22/11/2026,22/11/2026,0,0,')).toBe(true);
    const officers = await (await get('reports.csv?period=day&date=2026-11-23&table=officers')).text();
    expect(officers).toContain('Nguyễn Văn An');
  });

  it('refuses an unknown table, and staff other than supervisors and admins', async () => {
    const bad = await get('reports.csv?period=day&table=secrets');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string; field?: string } }).error).toMatchObject({ code: 'invalid_payload' });
    expect((await get('reports.xlsx?period=day', (await login(hub.url, 'canbo01')).token)).status).toBe(403);
    expect((await get('reports.xlsx?period=day&table=summary')).status).toBe(400);
  });
});
