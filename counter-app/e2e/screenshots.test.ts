/**
 * Screenshots for docs/counter/: the officer's sign-in and console in the
 * middle of a morning, the citizen-facing rating screen, and the
 * supervisor's view of the hall. They go to .luot-tmp/screenshots/counter/
 * (git-ignored); `npm run screenshots -w @luot/counter-app` copies them into docs/.
 */
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  currentCode,
  pressWhenReady,
  waitForCalledCode,
  signInOfficer,
  startCounterHarness,
  type CounterHarness,
  finishWithKey,
} from './helpers/counter-harness';
import { cid, command, connected, createClient, login } from '@luot/testing';
import { screenshotDir } from '@luot/testing/browser';
import type { DossierRegistrationReceipt } from '@luot/protocol';
import { KIOSK_TOKEN, actionButton } from './helpers/counter-harness';

const shots = screenshotDir('counter');
const MIN = 60_000;
let h: CounterHarness;
const others: ReturnType<typeof createClient>[] = [];

beforeAll(async () => {
  h = await startCounterHarness();
});
afterAll(async () => {
  for (const s of others) s.close();
  await h?.close();
});

/** Another officer at work, so the supervisor's hall is not empty. */
async function officerAt(username: string, counter: number, serve: boolean): Promise<void> {
  const session = await login(h.hub.url, username, DEMO_PASSWORD);
  const socket = createClient(h.hub.url, '/counter', session.token);
  others.push(socket);
  await connected(socket);
  await command(socket, 'counter:sign-in', { commandId: cid(), counter });
  if (serve) await command(socket, 'counter:call-next', { commandId: cid() });
}

function saved(name: string): number {
  return statSync(`${shots}${name}`).size;
}

describe('screenshots', () => {
  it('the officer sign-in', async () => {
    await h.page.goto(h.counterUrl);
    await h.page.locator('input[name="username"]').fill('canbo01');
    await h.page.locator('select[name="counter"]').selectOption('1');
    await h.page.screenshot({ path: `${shots}officer-sign-in.png` });
    expect(saved('officer-sign-in.png')).toBeGreaterThan(10_000);
  });

  it('the officer console in the middle of a morning', async () => {
    await signInOfficer(h.page, h.counterUrl, 'canbo01', 1);
    for (const [service, priority] of [
      ['dang-ky-kinh-doanh', 'none'],
      ['dang-ky-kinh-doanh', 'none'],
      ['tai-chinh', 'none'],
      ['dat-dai', 'none'],
      ['dang-ky-kinh-doanh', 'elderly'],
      ['xay-dung', 'none'],
      ['dang-ky-kinh-doanh', 'none'],
      ['tai-chinh', 'pregnant'],
      ['dang-ky-kinh-doanh', 'none'],
      ['nong-nghiep', 'none'],
    ] as const) {
      h.hub.clock.advance(2 * MIN);
      await h.issue(service, priority);
    }
    // Two citizens served already.
    for (const minutes of [7, 5]) {
      await pressWhenReady(h.page, 'callNext', 'F1');
      await waitForCalledCode(h.page);
      await pressWhenReady(h.page, 'startServing', 'F3');
      await expect.poll(() => h.page.getByTestId('current-state').textContent()).toBe('Đang phục vụ');
      h.hub.clock.advance(minutes * MIN);
      await finishWithKey(h.page, '1');
      await expect.poll(() => currentCode(h.page).textContent()).toBe('Chưa có số');
      await h.page.getByRole('button', { name: 'Bỏ qua' }).click();
    }
    await officerAt('canbo02', 2, true);
    await officerAt('canbo04', 4, false);
    await pressWhenReady(h.page, 'callNext', 'F1');
    await waitForCalledCode(h.page);
    await pressWhenReady(h.page, 'startServing', 'F3');
    h.hub.clock.advance(3 * MIN + 12_000);
    await h.issue('dang-ky-kinh-doanh'); // carries the hub's time to the console
    await expect.poll(() => h.page.getByTestId('current-timer').textContent()).toMatch(/^3:1\d$/);
    await expect.poll(() => h.page.getByTestId('figures-served').textContent()).toBe('2');
    await h.page.screenshot({ path: `${shots}officer-console.png` });
    expect(saved('officer-console.png')).toBeGreaterThan(30_000);
  });

  it('the finish dialog and the citizen-facing rating screen', async () => {
    const rating = await h.context.newPage();
    await rating.setViewportSize({ width: 1280, height: 800 });
    await rating.goto(`${h.hub.url}/counter/#rating`);
    await pressWhenReady(h.page, 'finish', 'F4');
    await expect.poll(() => h.page.getByRole('dialog').count()).toBe(1);
    await h.page.screenshot({ path: `${shots}officer-finish.png` });
    await h.page.keyboard.press('1');
    await expect.poll(() => rating.locator('.rating-question').count()).toBe(1);
    await rating.screenshot({ path: `${shots}rating-screen.png` });
    await expect.poll(() => h.page.getByTestId('rating-status').textContent()).toContain('Đang chờ công dân đánh giá');
    await h.page.screenshot({ path: `${shots}officer-waiting-rating.png` });
    // The citizen answers, so the supervisor's figures have a rating to show.
    await rating.getByRole('button', { name: 'Rất hài lòng' }).click();
    await expect.poll(() => h.page.getByTestId('rating-status').textContent()).toContain('Rất hài lòng');
    await rating.close();
    expect(saved('rating-screen.png')).toBeGreaterThan(20_000);
  });

  it('the supervisor’s hall', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(h.adminUrl);
    await page.locator('input[name="username"]').fill('giamsat');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await expect.poll(() => page.locator('tr[data-counter]').count()).toBe(10);
    const panel = page.getByRole('region', { name: 'Thông báo trên bảng hiển thị' });
    await panel.locator('input[name="message"]').fill('Quầy 6 tạm nghỉ đến 14 giờ, mời công dân sang Quầy 9');
    await panel.getByRole('button', { name: 'Gửi' }).click();
    await expect.poll(() => page.getByTestId('hall-message').textContent()).toContain('Quầy 6 tạm nghỉ');
    await page.locator('tr[data-counter="4"] button[data-action="pause"]').click();
    await expect.poll(() => page.getByTestId('counter-state-4').textContent()).toContain('Tạm dừng');
    // Kiosk 1 is out of paper; today's figures count the citizen served and rated at counter 1.
    await fetch(`${h.hub.url}/api/v1/devices/printer`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KIOSK_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ commandId: cid(), state: 'paper_out' }),
    });
    await expect.poll(() => page.getByTestId('device-printer-kiosk-1').textContent()).toBe('Hết giấy');
    await expect.poll(() => page.getByTestId('report-served').textContent()).not.toBe('0');
    await page.screenshot({ path: `${shots}supervisor.png`, fullPage: true });
    expect(saved('supervisor.png')).toBeGreaterThan(30_000);
    // Reports by period: this month's figures beside last month's, and the charts (drawn once: no animation).
    await page.locator('nav a[data-section="reports"]').click();
    const period = page.getByTestId('period-panel');
    await expect.poll(() => period.getByTestId('chart-wait').getAttribute('aria-label')).toContain('23/11:');
    await period.screenshot({ path: `${shots}supervisor-period-report.png` });
    expect(saved('supervisor-period-report.png')).toBeGreaterThan(20_000);
    await page.close();
  });

  it('the dossier panel: a kiosk registration being received, then its code and appointment', async () => {
    const kiosk = createClient(h.hub.url, '/kiosk', KIOSK_TOKEN);
    others.push(kiosk);
    await connected(kiosk);
    const register = async (applicant: object) => {
      const r = await command<DossierRegistrationReceipt>(kiosk, 'dossier:register', {
        commandId: cid(),
        procedure: '2.001610',
        applicant,
        return: { method: 'counter' },
      });
      if (!r.ok) throw new Error(r.error.message.en);
      return r.value;
    };
    const reg = await register({
      idNumber: '020189004512',
      name: 'Hoàng Thị Thanh Hà',
      dateOfBirth: '1989-04-12',
      sex: 'female',
      address: 'Số 15 đường Trần Đăng Ninh, phường Hoàng Văn Thụ, tỉnh Lạng Sơn',
      phone: '0912 345 678',
    });
    await register({
      idNumber: '020095001234',
      name: 'Nông Văn Tuấn',
      dateOfBirth: '1995-10-02',
      sex: 'male',
      address: 'Thôn Nà Lầu, xã Hoàng Đồng, tỉnh Lạng Sơn',
      phone: '0388 112 233',
    });
    // The rating question of the previous citizen goes first.
    await h.page
      .getByRole('button', { name: 'Bỏ qua' })
      .click()
      .catch(() => undefined);
    await pressWhenReady(h.page, 'callNumber', 'F8');
    await h.page.getByRole('dialog').locator('input').fill(reg.ticket.code);
    await h.page.getByRole('dialog').locator('input').press('Enter');
    await expect.poll(() => currentCode(h.page).textContent()).toBe(reg.ticket.code);
    await pressWhenReady(h.page, 'startServing', 'F3');
    await expect.poll(() => h.page.getByTestId('kiosk-mark').count()).toBe(1);
    await h.page.locator('input[name="applicant.name"]').fill('Hoàng Thị Thanh Hằng');
    await h.page.locator('input[name="doc.0.received"]').check();
    await h.page.locator('input[name="doc.1.received"]').check();
    await h.page.locator('input[name="doc.1.copies"]').fill('2');
    await h.page.screenshot({ path: `${shots}dossier-registration.png`, fullPage: true });
    expect(saved('dossier-registration.png')).toBeGreaterThan(30_000);

    await actionButton(h.page, 'dossierReceive').click();
    await expect.poll(() => h.page.getByTestId('dossier-code').textContent()).toMatch(/-\d{6}-\d{4}$/);
    await h.page.getByTestId('dossier-panel').scrollIntoViewIfNeeded();
    await h.page.screenshot({ path: `${shots}dossier-received.png`, fullPage: true });
    expect(saved('dossier-received.png')).toBeGreaterThan(30_000);
  });

  it('the supervisor’s list of today’s dossiers', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(h.adminUrl);
    await page.locator('input[name="username"]').fill('giamsat');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await expect.poll(() => page.getByTestId('dossier-row').count()).toBe(2);
    const list = page.getByTestId('dossier-list');
    await list.scrollIntoViewIfNeeded();
    await list.screenshot({ path: `${shots}supervisor-dossiers.png` });
    expect(saved('supervisor-dossiers.png')).toBeGreaterThan(10_000);

    // Results waiting to be collected: the received dossier's result marked ready by its code, with where.
    const code = (await page.locator('tr[data-testid="dossier-row"][data-status="received"]').first().getAttribute('data-code')) ?? '';
    const returns = page.getByTestId('returns-panel');
    await returns.locator('textarea[name="readyCodes"]').fill(`${code}\n000.00.06.H40-261123-0099`);
    await returns.locator('input[name="collectPlace"]').fill('Quầy 5');
    await returns.locator('button[data-action="markReady"]').click();
    await expect.poll(() => returns.locator('tr[data-testid="awaiting-row"]').count()).toBe(1);
    await returns.scrollIntoViewIfNeeded();
    await returns.screenshot({ path: `${shots}supervisor-returns.png` });
    expect(saved('supervisor-returns.png')).toBeGreaterThan(10_000);
    await page.close();
  });
});
