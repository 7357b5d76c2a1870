/**
 * A citizen takes tickets at a real kiosk page: by browsing, by searching
 * without diacritics, with priority; the screen and the paper carry the
 * number, the people ahead and the wait of the hub's receipt; outside hours
 * and a reached daily cap show the hub's own message with when to come back.
 */
import type { ProcedureView, Result, TicketReceipt } from '@luot/protocol';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '@luot/hardware/printing/codepages/index';
import { cid, command, connected, createClient, login } from '@luot/testing';
import { startKioskHarness, type KioskHarness } from './helpers/kiosk-harness';
import { browseToService, openKiosk, shownTicket, typeOnScreen } from './helpers/kiosk-page';

/** A service of the demo hall given a daily cap of one ticket here. */
const CAPPED_SERVICE = 'giao-thong';

let h: KioskHarness;
/** The hub's receipts as the kiosk page received them (acks of ticket:issue on its websocket). */
const receipts: TicketReceipt[] = [];

const isReceipt = (value: unknown): value is TicketReceipt =>
  typeof value === 'object' && value !== null && 'ticket' in value && 'peopleAhead' in value && 'estimatedWaitMinutes' in value;

function collectReceipt(frame: string): void {
  const match = /^43\/kiosk,\d+(\[.*\])$/s.exec(frame);
  if (!match?.[1]) return;
  const [result] = JSON.parse(match[1]) as [Result<unknown> | undefined];
  if (result?.ok && isReceipt(result.value)) receipts.push(result.value);
}

/** The bytes a text-mode ticket carries for a Vietnamese line (TCVN-3, as the harness's printer is set). */
const tcvn3 = (text: string) => Buffer.concat(encodeTcvn3(text).runs.map((r) => r.bytes));

/** `count` tickets of `service` taken at the hall's other kiosk (a socket of its own). */
async function issueAtOtherKiosk(service: string, count: number): Promise<void> {
  const otherKiosk = createClient(h.hub.url, '/kiosk', 'demo-kiosk-token-2');
  try {
    await connected(otherKiosk);
    for (let i = 0; i < count; i++) expect((await command(otherKiosk, 'ticket:issue', { commandId: cid(), service })).ok).toBe(true);
  } finally {
    otherKiosk.close();
  }
}

beforeAll(async () => {
  // Text mode: the ticket's characters travel as bytes the virtual printer keeps.
  h = await startKioskHarness({
    printerMode: 'text',
    params: { ticketSeconds: '60' },
    hall: (demo) => ({ ...demo, services: demo.services.map((s) => (s.code === CAPPED_SERVICE ? { ...s, dailyCap: 1 } : s)) }),
  });
  await h.page.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((m) => server.send(m));
    server.onMessage((m) => {
      if (typeof m === 'string') collectReceipt(m);
      ws.send(m);
    });
  });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await openKiosk(h.page, h.kioskUrl);
});

describe('kiosk: taking a ticket', () => {
  it('by browsing: department → service → Lấy số; the screen and the paper carry the number, people ahead and wait of the hub\'s receipt', async () => {
    // An officer at counter 2 (land) and two citizens already waiting there, so there is someone ahead and a wait to estimate.
    const session = await login(h.hub.url, 'canbo02', 'luot-demo');
    const counter = createClient(h.hub.url, '/counter', session.token);
    await connected(counter);
    expect((await command(counter, 'counter:sign-in', { commandId: cid(), counter: 2 })).ok).toBe(true);
    await issueAtOtherKiosk('dat-dai', 2);

    const jobsBefore = h.printer.jobs.length;
    await browseToService(h.page, 'tnmt', 'dat-dai');
    await h.page.getByTestId('take-number').click();
    const shown = await shownTicket(h.page, 'printed');
    expect(shown.code).toMatch(/^B\d{3}$/);

    const receipt = receipts.find((r) => r.ticket.id === shown.id);
    expect(receipt).toBeDefined();
    const { peopleAhead, estimatedWaitMinutes } = receipt!;
    expect(peopleAhead).toBeGreaterThanOrEqual(2);
    expect(estimatedWaitMinutes).not.toBeNull();
    expect(estimatedWaitMinutes!).toBeLessThan(60);
    await expect(h.page.getByTestId('ticket-ahead').textContent()).resolves.toContain(`Có ${peopleAhead} người chờ trước quý khách`);
    await expect(h.page.getByTestId('ticket-wait').textContent()).resolves.toContain(`Thời gian chờ dự kiến: khoảng ${estimatedWaitMinutes} phút`);

    const [job] = (await h.printer.waitForJobs(jobsBefore + 1)).slice(jobsBefore);
    expect(job).toBeDefined();
    expect(job!.decoded.text.includes(Buffer.from(shown.code, 'latin1'))).toBe(true);
    expect(job!.decoded.text.includes(tcvn3(`Số người chờ trước bạn: ${peopleAhead}`))).toBe(true);
    expect(job!.decoded.text.includes(tcvn3(`Thời gian chờ dự kiến: khoảng ${estimatedWaitMinutes} phút`))).toBe(true);
    expect(job!.decoded.qrData).toHaveLength(1);
    expect(job!.decoded.qrData[0]).toMatch(new RegExp(`/t/${shown.id}$`));
    counter.close();

    const tickets = await h.tickets();
    const issued = tickets.find((t) => t.id === shown.id);
    expect(issued).toMatchObject({ code: shown.code, service: 'dat-dai', priority: 'none', source: 'kiosk', state: 'waiting' });
    await expect(h.page.getByTestId('ticket-instruction').textContent()).resolves.toContain('Mời nhận phiếu');
  });

  it("the services screen follows the hall live: another kiosk's tickets raise the waiting count shown, without a reload", async () => {
    await h.page.getByTestId('department-tp').click();
    await h.page.locator('[data-screen="services"]').waitFor();
    const shownWaiting = h.page.getByTestId('service-tu-phap').getByTestId('load-waiting');
    const before = Number((await shownWaiting.textContent())!.match(/(\d+) người đang chờ/)![1]);
    await issueAtOtherKiosk('tu-phap', 3);
    // The hub's digest for kiosks (gathered for 100 ms) carries the new load.
    await expect.poll(() => shownWaiting.textContent(), { timeout: 5000 }).toContain(`${before + 3} người đang chờ`);
  });

  it('a priority ticket', async () => {
    await browseToService(h.page, 'tp', 'tu-phap');
    await h.page.getByTestId('take-priority-number').click();
    await h.page.locator('[data-screen="priority"]').waitFor();
    await h.page.getByTestId('priority-elderly').click();
    const shown = await shownTicket(h.page, 'printed');
    await expect(h.page.getByTestId('ticket-priority').textContent()).resolves.toContain('Người cao tuổi');
    const issued = (await h.tickets()).find((t) => t.id === shown.id);
    expect(issued).toMatchObject({ code: shown.code, service: 'tu-phap', priority: 'elderly' });
  });

  it('by searching without diacritics: "dat dai" finds the land procedures, with their guidance', async () => {
    await h.page.getByTestId('open-search').click();
    await typeOnScreen(h.page, 'dat dai');
    await expect(h.page.getByTestId('search-box').textContent()).resolves.toContain('dat dai');
    const results = h.page.locator('[data-testid="search-results"] button');
    await results.first().waitFor();
    const names = await results.allTextContents();
    expect(names.length).toBeGreaterThan(3);
    // The best matches name the land itself; the rest belong to the land service ("Đất đai và môi trường").
    expect(names.slice(0, 3).every((n) => /đất/i.test(n))).toBe(true);
    const catalogue = (await (await fetch(`${h.hub.url}/api/v1/procedures`)).json()) as ProcedureView[];
    const codes = await results.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-testid')?.replace('result-', '') ?? ''));
    const services = codes.map((code) => catalogue.find((p) => p.code === code)?.service);
    // Without accents "dat dai" also reads "đài … đặt" (a radio station): those may come, but after every land procedure.
    const lastLand = services.lastIndexOf('dat-dai');
    expect(lastLand).toBeGreaterThan(2);
    expect(services.slice(0, lastLand + 1).every((s) => s === 'dat-dai')).toBe(true);

    await results.first().click();
    await h.page.locator('[data-screen="procedure"]').waitFor();
    const guidance = await h.page.getByTestId('procedure-guidance').textContent();
    expect(guidance).toContain('Giấy tờ cần mang');
    expect(guidance).toContain('Lệ phí');
    await h.page.getByTestId('take-number').click();
    const shown = await shownTicket(h.page, 'printed');
    expect((await h.tickets()).find((t) => t.id === shown.id)?.service).toBe('dat-dai');
  });

  it('"dang ky kinh doanh" finds business registration', async () => {
    await h.page.getByTestId('open-search').click();
    await typeOnScreen(h.page, 'dang ky kinh doanh');
    const first = h.page.locator('[data-testid="search-results"] button').first();
    await first.waitFor();
    await expect(first.textContent()).resolves.toContain('Đăng ký thành lập doanh nghiệp');
  });

  it('in English, and the next citizen starts in Vietnamese again', async () => {
    await h.page.getByTestId('lang-switch').click();
    await expect(h.page.locator('.screen-title').textContent()).resolves.toContain('Touch the area');
    await expect(h.page.getByTestId('department-tnmt').textContent()).resolves.toContain('Natural Resources');
    await h.page.getByTestId('department-tnmt').click();
    await h.page.getByTestId('nav-home').click();
    await expect(h.page.locator('.screen-title').textContent()).resolves.toContain('Chạm vào lĩnh vực');
  });

  it('the daily cap reached: the hub refuses, the kiosk says so and when to come back, nothing is issued', async () => {
    await browseToService(h.page, 'gtvt', CAPPED_SERVICE);
    await h.page.getByTestId('take-number').click();
    const first = await shownTicket(h.page, 'printed');
    expect(first.code).toMatch(/^E\d{3}$/);

    await openKiosk(h.page, h.kioskUrl);
    const ticketsBefore = (await h.tickets()).length;
    await browseToService(h.page, 'gtvt', CAPPED_SERVICE);
    await h.page.getByTestId('take-number').click();
    const error = h.page.getByTestId('issue-error');
    await error.waitFor();
    expect(await error.getAttribute('data-error-code')).toBe('daily_cap_reached');
    await expect(error.locator('h1').textContent()).resolves.toBe('Chưa lấy được số');
    const message = (await h.page.getByTestId('issue-error-message').textContent()) ?? '';
    expect(message).toContain('Đã hết số thứ tự trong ngày cho dịch vụ này.');
    expect(message).toMatch(/Vui lòng quay lại lúc \d{2}:\d{2}, Thứ Ba 24\/11\/2026\./);
    expect((await h.tickets()).length).toBe(ticketsBefore);
  });

  // Last: the hall's time never goes back, so the evening this test moves to stays.
  it('outside opening hours: the hub says when to come back', async () => {
    h.hub.clock.set(h.hub.clock.now() + 10 * 60 * 60 * 1000); // 19:00
    const ticketsBefore = (await h.tickets()).length;
    await browseToService(h.page, 'tnmt', 'dat-dai');
    await h.page.getByTestId('take-number').click();
    const error = h.page.getByTestId('issue-error');
    await error.waitFor();
    expect(['outside_hours', 'issuing_cut_off', 'service_closed']).toContain(await error.getAttribute('data-error-code'));
    const message = (await h.page.getByTestId('issue-error-message').textContent()) ?? '';
    // 19:00 on a Monday: the next opening is tomorrow morning, said in Vietnamese with its time and day.
    expect(message).toMatch(/Vui lòng quay lại lúc \d{2}:\d{2}, Thứ Ba 24\/11\/2026\./);
    expect((await h.tickets()).length).toBe(ticketsBefore);
  });
});
