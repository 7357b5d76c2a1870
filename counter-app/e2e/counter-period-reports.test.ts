/**
 * The supervisor's reports by period against a real hub: two land tickets
 * served and rated at counter 3 and one dossier received and returned, then
 * the supervisor picks a period, sees the three charts drawn (and their
 * figures in words), and downloads the workbook, read back here.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { DossierView, TicketView } from '@luot/protocol';
import { APPLICANT, DOCUMENTS, cid, command, connected, createClient, login, registerAt, serveNext } from '@luot/testing';
import { seriousAxeViolations } from '@luot/testing/browser';
import { DEMO_PASSWORD, KIOSK_TOKEN, startCounterHarness, type CounterHarness } from './helpers/counter-harness';

let h: CounterHarness;
const sockets: Socket[] = [];
/** Console errors and page errors, a CSP violation among them (the charts must draw under the hub's policy). */
const pageErrors: string[] = [];

async function act<T = TicketView>(socket: Socket, event: string, payload: object = {}): Promise<T> {
  const r = await command<T>(socket, event, { commandId: cid(), ...payload });
  if (!r.ok) throw new Error(`${event}: ${r.error.message.en}`);
  return r.value;
}

beforeAll(async () => {
  h = await startCounterHarness();
  h.page.on('console', (m) => {
    // A failed load is seen below with its address (the browser's own favicon request, which pages cannot see, is not ours).
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) pageErrors.push(m.text());
  });
  h.page.on('pageerror', (e) => pageErrors.push(e.message));
  h.page.on('response', (r) => {
    if (r.status() >= 400) pageErrors.push(`${r.status()} ${r.url()}`);
  });
  const officer = createClient(h.hub.url, '/counter', (await login(h.hub.url, 'canbo03', DEMO_PASSWORD)).token);
  const kiosk = createClient(h.hub.url, '/kiosk', KIOSK_TOKEN);
  sockets.push(officer, kiosk);
  await Promise.all([connected(officer), connected(kiosk)]);
  await act(officer, 'counter:sign-in', { counter: 3 });
  // Monday 23 November 2026: two land tickets, one rated "very satisfied", one "not satisfied".
  await h.issue('dat-dai');
  await h.issue('dat-dai');
  for (const rating of [5, 1]) {
    h.hub.clock.advance(5 * 60_000);
    const t = await act<TicketView>(officer, 'counter:call-next');
    await act(officer, 'counter:start-serving');
    h.hub.clock.advance(6 * 60_000);
    await act(officer, 'counter:finish', { outcome: 'guided' });
    await act(officer, 'ticket:rate', { ticketId: t.id, rating });
  }
  // A land dossier received, its result ready and handed over the same day: early.
  const reg = await registerAt(kiosk, '1.115728');
  await serveNext(officer);
  await act<DossierView>(officer, 'dossier:receive', { dossier: reg.dossierId, applicant: APPLICANT, documents: DOCUMENTS });
  await act(officer, 'dossier:set-status', { dossier: reg.dossierId, status: 'result_ready' });
  expect(await act<DossierView>(officer, 'dossier:mark-returned', { dossier: reg.dossierId })).toMatchObject({ timeliness: 'early' });
});
afterAll(async () => {
  for (const s of sockets.splice(0)) s.close();
  await h?.close();
});

/** Whether a canvas has anything drawn on it (Chart.js draws once: animations are off). */
const painted = (testId: string) =>
  h.page.getByTestId(testId).evaluate((el) => {
    const canvas = el as HTMLCanvasElement;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    return false;
  });

describe('reports by period on the supervisor screen', () => {
  it('picks a period and draws waiting time, satisfaction per officer, on-time share per department and arrivals by weekday and hour', async () => {
    await h.page.goto(h.adminUrl);
    await h.page.locator('input[name="username"]').fill('giamsat');
    await h.page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await h.page.locator('button[type="submit"]').click();
    await h.page.locator('nav a[data-section="reports"]').click();
    const panel = h.page.getByTestId('period-panel');
    // This month by default.
    await expect.poll(() => panel.getByTestId('period-range').textContent()).toBe('Từ 01/11/2026 đến 30/11/2026 · so với kỳ trước: 02/10/2026 – 31/10/2026');

    await panel.locator('select[name="periodKind"]').selectOption('day');
    await panel.locator('input[name="date"]').fill('2026-11-23');
    await panel.locator('button[data-action="showPeriod"]').click();
    await expect.poll(() => panel.getByTestId('period-range').textContent()).toBe('Từ 23/11/2026 đến 23/11/2026 · so với kỳ trước: 22/11/2026 – 22/11/2026');
    expect(await panel.locator('[data-headline="period.issued"] dd').first().textContent()).toBe('3');
    // The registration's ticket is still at the counter: not served yet.
    expect(await panel.locator('[data-headline="period.served"] dd').first().textContent()).toBe('2');
    expect(await panel.locator('[data-headline="period.served"] dd').nth(1).textContent()).toBe('Kỳ trước: 0');
    expect(await panel.locator('[data-headline="period.onTime"] dd').first().textContent()).toBe('100 %');

    expect(await panel.getByTestId('chart-wait').getAttribute('aria-label')).toMatch(/^Thời gian chờ trung bình theo ngày \(phút\)\. 23\/11: \d+(,\d)? phút$/);
    expect(await panel.getByTestId('chart-satisfaction').getAttribute('aria-label')).toBe(
      'Mức độ hài lòng theo cán bộ (% số lượt đánh giá). Lương Thị Mai: 50 % / 0 % / 50 %',
    );
    expect(await panel.getByTestId('chart-on-time').getAttribute('aria-label')).toMatch(/^Tỷ lệ hồ sơ đúng hạn theo cơ quan, đơn vị \(%\)\. .+: 100 %$/);
    // Monday 09:00–10:00: the two land tickets and the dossier's registration.
    expect(await panel.getByTestId('chart-arrivals').getAttribute('aria-label')).toBe('Lượt lấy số theo thứ và giờ. Thứ Hai 09:00: 3');
    for (const chart of ['chart-wait', 'chart-satisfaction', 'chart-on-time', 'chart-arrivals']) expect(await painted(chart), chart).toBe(true);
    expect(pageErrors).toEqual([]);
    // No serious accessibility fault inside the panel (the rest of the screen is the supervisor tests' concern).
    const targets = (await seriousAxeViolations(h.page)).flatMap((v) => v.targets.map((t) => `${v.id} ${t}`));
    const inPanel = await h.page.evaluate(
      (list) => list.filter((t) => document.querySelector(t.slice(t.indexOf(' ') + 1))?.closest('[data-testid="period-panel"]')),
      targets,
    );
    expect(inPanel).toEqual([]);
  });

  it('downloads the period as a workbook with real numbers and dates', async () => {
    const panel = h.page.getByTestId('period-panel');
    const [download] = await Promise.all([h.page.waitForEvent('download'), panel.locator('button[data-action="periodXlsx"]').click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-2026-11-23-2026-11-23.xlsx');
    const book = new ExcelJS.Workbook();
    // A copy as a plain ArrayBuffer: exceljs types its input as an older Buffer.
    await book.xlsx.load(new Uint8Array(readFileSync(await download.path())).buffer);
    const summary = book.getWorksheet('Tổng hợp')!;
    expect(summary.getRow(1).getCell(4).value).toBe('Số phiếu đã cấp');
    expect(summary.getRow(2).getCell(2).value).toEqual(new Date('2026-11-23T00:00:00Z'));
    expect(summary.getRow(2).getCell(2).numFmt).toBe('dd/mm/yyyy');
    expect(summary.getRow(2).getCell(4).value).toBe(3);
    const officers = book.getWorksheet('Theo cán bộ')!;
    expect(officers.getRow(2).getCell(2).value).toBe('Lương Thị Mai');
    expect(typeof officers.getRow(2).getCell(4).value).toBe('number');
  });
});
