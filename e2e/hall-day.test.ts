/**
 * The whole hall in one test, all real: a hub with the demo hall, a virtual
 * network printer behind the local device agent, and Debian's Chromium showing
 * the kiosk, the officer's console (with the citizen's rating screen), the
 * display board and the supervisor's screen. A citizen takes a ticket → the
 * officer calls it → the board shows and announces it → the officer finishes
 * and the citizen rates → the supervisor's figures change.
 *
 * Run twice: over plain HTTP, and once more over HTTPS/WSS with a
 * certificate given to the hub (issue 15), the browsers trusting it as a
 * hall's enrolled PCs do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DayReport, LoginResponse } from '@luot/protocol';
import { startTestHub, testCertificate, type TestHub } from '@luot/testing';
import { ensureAppBuilt, launchChromium, pressWhenEnabled, signInAt } from '@luot/testing/browser';
import { startPrinterAgent, startVirtualPrinter, type RunningAgent, type VirtualPrinter } from '@luot/testing/devices';

describe.each(['http', 'https'] as const)('the whole hall over %s', (transport) => {
  let hub: TestHub;
  let printer: VirtualPrinter;
  let agent: RunningAgent;
  let browser: Browser;
  let staff: BrowserContext;
  let kiosk: Page;
  let board: Page;
  let officer: Page;
  let ratingScreen: Page;
  let supervisor: Page;

  beforeAll(async () => {
    for (const app of ['kiosk-app', 'counter-app', 'display-board'] as const) ensureAppBuilt(app);
    hub = await startTestHub(transport === 'https' ? { tls: await testCertificate() } : {});
    expect(hub.url.startsWith(`${transport}://`)).toBe(true);
    printer = await startVirtualPrinter({ port: 0 });
    agent = await startPrinterAgent(hub.url, printer.target, { statusPollMs: 500 });
    browser = await launchChromium();
    // Over HTTPS the test's self-signed certificate stands for one the hall's PCs were enrolled with.
    const trust = { ignoreHTTPSErrors: transport === 'https' };

    kiosk = await (await browser.newContext({ viewport: { width: 1080, height: 1920 }, locale: 'vi-VN', ...trust })).newPage();
    board = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN', ...trust })).newPage();
    // The officer's console and the citizen's rating screen share one browser profile, as on a counter PC.
    staff = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'vi-VN', ...trust });
    officer = await staff.newPage();
    ratingScreen = await staff.newPage();
    supervisor = await (await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'vi-VN', ...trust })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await agent?.close();
    await printer?.close();
    await hub?.close();
  });

  /** Presses a console shortcut once its button is enabled (a key during an in-flight command is dropped). */
  const press = (action: string, key: string) => pressWhenEnabled(officer, action, key);

  /** Through the supervisor's browser profile, which trusts the hub's certificate over HTTPS. */
  async function dayReport(): Promise<DayReport> {
    const api = supervisor.request;
    const login = (await (await api.post(`${hub.url}/api/v1/auth/login`, { data: { username: 'giamsat', password: 'luot-demo' } })).json()) as LoginResponse;
    return (await (await api.get(`${hub.url}/api/v1/reports/day`, { headers: { authorization: `Bearer ${login.token}` } })).json()) as DayReport;
  }

  describe('a citizen goes through the hall', () => {
    it(`ticket at the kiosk → called at the counter → shown and announced → rated → the supervisor sees it (${transport})`, async () => {
      // The board, with sound enabled once by a touch (remembered afterwards).
      await board.goto(`${hub.url}/display/?token=demo-display-token-1`);
      // The page is the hub's own origin, so its socket is the secure one over HTTPS.
      expect(new URL(board.url()).protocol).toBe(`${transport}:`);
      await board.waitForFunction(() => window.__luotBoard?.seq !== null && window.__luotBoard?.seq !== undefined);
      await board.keyboard.press('Enter');
      await board.waitForFunction(() => window.__luotAnnouncer?.locked === false);

      await signInAt(supervisor, hub.url, 'admin', { username: 'giamsat' });
      await expect.poll(() => supervisor.locator('tr[data-counter]').count()).toBe(10);
      await expect.poll(() => supervisor.getByTestId('waiting-dang-ky-kinh-doanh').textContent()).toBe('0');
      // Today's figures on the supervisor's screen: nobody served, nobody rated yet.
      const figures = supervisor.getByRole('region', { name: 'Số liệu hôm nay' });
      const veryGood = figures.locator('tr[data-report="total"] td[data-level="5"]');
      await expect.poll(() => figures.getByTestId('report-served').textContent()).toBe('0');
      expect(await veryGood.textContent()).toBe('0');

      await signInAt(officer, hub.url, 'counter', { username: 'canbo01', counter: 1 });
      await expect.poll(() => officer.locator('button[data-action="callNext"]').count()).toBe(1);
      await ratingScreen.goto(`${hub.url}/counter/#rating`);

      // The citizen takes a ticket by touch; it prints.
      const jobsBefore = printer.jobs.length;
      await kiosk.goto(`${hub.url}/kiosk/?token=demo-kiosk-token-1&agent=${encodeURIComponent(agent.url)}&agentToken=${agent.token}`);
      await kiosk.locator('[data-screen="welcome"]').waitFor();
      // The test hub is the demo hall: every screen says so (the hub adds the band to each page it serves).
      for (const page of [kiosk, board, officer, supervisor]) expect(await page.locator('[data-luot-demo]').textContent()).toContain('DEMO');
      await kiosk.getByTestId('department-khdt').click();
      await kiosk.getByTestId('service-dang-ky-kinh-doanh').click();
      await kiosk.getByTestId('take-number').click();
      const ticket = kiosk.locator('[data-testid="ticket"][data-print="printed"]');
      await ticket.waitFor({ timeout: 20_000 });
      const code = (await kiosk.getByTestId('ticket-code').textContent())?.trim() ?? '';
      expect(code).toBe('A001');
      const [job] = (await printer.waitForJobs(jobsBefore + 1)).slice(jobsBefore);
      expect(job?.decoded.image?.width).toBe(576);
      await expect.poll(() => supervisor.getByTestId('waiting-dang-ky-kinh-doanh').textContent()).toBe('1');

      // The officer calls it; the board shows it, flashing, and announces it in Vietnamese.
      await press('callNext', 'F1');
      await expect.poll(() => officer.getByTestId('current-code').textContent()).toBe(code);
      await board.waitForFunction((c) => document.querySelector('[data-testid=latest-code]')?.textContent === c, code);
      expect(await board.getByTestId('latest-counter').textContent()).toBe('1');
      await board.waitForFunction(() => (window.__luotAnnouncer?.history ?? []).some((r) => r.status === 'done'), undefined, { timeout: 60_000 });
      const [spoken] = await board.evaluate(() => window.__luotAnnouncer!.history);
      expect(spoken).toMatchObject({ code, counter: 1, status: 'done' });
      expect(spoken!.text).toContain('Mời công dân có số thứ tự');
      expect(spoken!.text).toContain('đến quầy số một');
      await expect.poll(() => supervisor.getByTestId('current-1').textContent()).toBe(code);
      await expect.poll(() => supervisor.getByTestId('waiting-dang-ky-kinh-doanh').textContent()).toBe('0');

      // Served and finished; the citizen rates on the screen facing them.
      await press('startServing', 'F3');
      await hub.clock.advance(6 * 60_000);
      await press('finish', 'F4');
      await officer.locator('button[data-outcome]').first().waitFor({ state: 'visible' }); // the digit only once the dialog listens
      await officer.keyboard.press('2'); // Đã hướng dẫn
      await expect.poll(() => ratingScreen.locator('.rating-question').textContent()).toContain('Ông/Bà đánh giá thế nào');
      await ratingScreen.getByRole('button', { name: 'Rất hài lòng' }).click();
      await expect.poll(() => officer.getByTestId('rating-status').textContent()).toContain(`Số ${code}: Rất hài lòng`);

      // The supervisor's figures: the counter is free again, and the day's report counts the served, rated citizen.
      await expect.poll(() => supervisor.getByTestId('current-1').count()).toBe(0);
      // On the supervisor's screen, live: served (in total, at counter 1, for the service), the service time, the rating.
      await expect.poll(() => figures.getByTestId('report-served').textContent()).toBe('1');
      await expect.poll(() => veryGood.textContent()).toBe('1 (100%)');
      expect(await figures.getByTestId('report-counter-served-1').textContent()).toBe('1');
      expect(await figures.getByTestId('report-service-served-dang-ky-kinh-doanh').textContent()).toBe('1');
      expect(await figures.getByTestId('report-average').textContent()).toBe('6 phút');
      expect(await figures.locator('tr[data-report-rating="canbo01"] td[data-level="5"]').textContent()).toBe('1 (100%)');
      // And the hub's report over HTTP says the same.
      const report = await dayReport();
      expect(report.totals).toMatchObject({ issued: 1, served: 1, waiting: 0 });
      expect(report.officers).toMatchObject([{ username: 'canbo01', served: 1, ratings: { votes: { '5': 1 }, satisfiedPercent: 100 } }]);
    });
  });
});
