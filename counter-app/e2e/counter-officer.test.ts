/**
 * The officer's console in Chromium against a real hub (demo hall): sign-in
 * errors, then a morning at counter 1 — call, recall, no-show, transfer,
 * start, finish with a rating on the citizen screen, re-activate, pause and
 * resume, call a given number — then another officer trying the same counter
 * signing out (which ends the session on the hub), and a session that expires.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionButton,
  currentCode,
  pressWhenReady,
  signInOfficer,
  startCounterHarness,
  type CounterHarness,
  finishWithKey,
} from './helpers/counter-harness';
import { createClient, connected } from '@luot/testing';

let h: CounterHarness;
/** The codes as the hub calls them (its priority rule decides the order). */
const codes: string[] = [];

/** Waits for a called number on the big panel and returns it. */
async function calledCode(): Promise<string> {
  await expect.poll(() => currentCode(h.page).textContent()).toMatch(/^[A-Z]\d{3}$/);
  const code = (await currentCode(h.page).textContent()) ?? '';
  expect(codes).not.toContain(code);
  codes.push(code);
  return code;
}

beforeAll(async () => {
  h = await startCounterHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The live waiting tickets of a service, as the hub sees them (a display socket's snapshot). */
async function waitingCodes(service: string): Promise<string[]> {
  const socket = createClient(h.hub.url, '/display', 'demo-display-token-1');
  try {
    const snapshot = await connected(socket);
    return snapshot.tickets.filter((t) => t.service === service && t.state === 'waiting').map((t) => t.code);
  } finally {
    socket.close();
  }
}

describe('officer console', () => {
  it('says clearly when the password is wrong', async () => {
    await signInOfficer(h.page, h.counterUrl, 'canbo01', 1, 'sai-mat-khau');
    await expect.poll(() => h.page.getByTestId('notice').textContent()).toBe('Sai tên đăng nhập hoặc mật khẩu.');
    await expect.poll(() => h.page.locator('input[name="password"]').count()).toBe(1);
  });

  it('signs in at counter 1 and shows the waiting queue live', async () => {
    await signInOfficer(h.page, h.counterUrl, 'canbo01', 1);
    await expect.poll(() => h.page.locator('.app-header').textContent()).toContain('Quầy 1');
    await expect.poll(() => currentCode(h.page).textContent()).toBe('Chưa có số');
    expect(await h.page.locator('.app-header').textContent()).toContain('Nguyễn Thị Hương');

    await h.issue('dang-ky-kinh-doanh', 'elderly');
    await h.issue('dang-ky-kinh-doanh');
    await h.issue('dang-ky-kinh-doanh');
    await h.issue('tai-chinh');
    await h.issue('dat-dai'); // not a service of counter 1
    await expect.poll(() => h.page.getByTestId('queue-waiting').textContent()).toBe('4');
    expect(await h.page.getByTestId('queue-priority').textContent()).toBe('1');
    // The counter remembers its number for the next sign-in on this terminal.
    expect(await h.page.evaluate(() => localStorage.getItem('luot.counter'))).toBe('1');
  });

  it('calls the next citizen with F1 and recalls', async () => {
    await pressWhenReady(h.page, 'callNext', 'F1');
    expect(await calledCode()).toMatch(/^[AH]00\d$/);
    expect(await h.page.getByTestId('current-state').textContent()).toBe('Đã gọi — chờ công dân đến quầy');
    await expect.poll(() => h.page.getByTestId('queue-waiting').textContent()).toBe('3');

    await actionButton(h.page, 'recall').click();
    await expect.poll(() => h.page.locator('.current-panel').textContent()).toContain('Đã gọi lại 1/3 lần');
  });

  it('marks a no-show (F6) and counts it', async () => {
    await pressWhenReady(h.page, 'noShow', 'F6');
    await expect.poll(() => currentCode(h.page).textContent()).toBe('Chưa có số');
    await expect.poll(() => h.page.getByTestId('figures-no-shows').textContent()).toBe('1');
    expect(await h.page.getByTestId('notice').textContent()).toBe(`Số ${codes[0]} vắng mặt`);
  });

  it('transfers a citizen to another service', async () => {
    await pressWhenReady(h.page, 'callNext', ' ');
    const code = await calledCode();
    await pressWhenReady(h.page, 'transfer', 'F7');
    const dialog = h.page.getByRole('dialog');
    await dialog.locator('select[name="service"]').selectOption('dat-dai');
    await dialog.locator('input[name="toFront"]').check();
    await dialog.getByRole('button', { name: 'Chuyển', exact: true }).click();
    await expect.poll(() => currentCode(h.page).textContent()).toBe('Chưa có số');
    // It keeps its code and now waits in the land queue.
    expect((await waitingCodes('dat-dai')).sort()).toEqual([code, 'B001'].sort());
    await expect.poll(() => h.page.getByTestId('notice').textContent()).toBe(`Đã chuyển số ${code}`);
    await expect.poll(() => h.page.getByTestId('queue-waiting').textContent()).toBe('2');
  });

  it('starts serving (F3) and finishes with an outcome; the citizen rates on the rating screen', async () => {
    const ratingPage = await h.context.newPage();
    await ratingPage.goto(`${h.hub.url}/counter/#rating`);
    await expect.poll(() => ratingPage.locator('h1').textContent()).toBe('Xin kính chào Ông/Bà');

    await pressWhenReady(h.page, 'callNext', 'F1');
    const code = await calledCode();
    await pressWhenReady(h.page, 'startServing', 'F3');
    await expect.poll(() => h.page.getByTestId('current-state').textContent()).toBe('Đang phục vụ');
    // The timer runs on the hub's clock.
    await h.hub.clock.advance(4 * 60_000 + 5_000);
    await h.issue('tai-chinh'); // any broadcast carries the hub's new time
    await expect.poll(() => h.page.getByTestId('current-timer').textContent()).toMatch(/^4:0\d$/);

    await pressWhenReady(h.page, 'finish', 'F4');
    await expect.poll(() => h.page.getByRole('dialog').textContent()).toContain(`Kết thúc phục vụ số ${code}`);
    await h.page.keyboard.press('2'); // Đã hướng dẫn
    await expect.poll(() => currentCode(h.page).textContent()).toBe('Chưa có số');
    await expect.poll(() => h.page.getByTestId('figures-served').textContent()).toBe('1');
    expect(await h.page.getByTestId('figures-average').textContent()).toMatch(/^4:0\d$/);
    await expect
      .poll(() => h.page.getByTestId('rating-status').textContent())
      .toContain(`Đang chờ công dân đánh giá số ${code}`);

    await expect
      .poll(() => ratingPage.locator('.rating-question').textContent())
      .toBe('Ông/Bà đánh giá thế nào về thái độ của cán bộ khi tiếp nhận, hướng dẫn hồ sơ?');
    expect(await ratingPage.locator('.rating-choice span').allTextContents()).toEqual([
      'Rất hài lòng',
      'Hài lòng',
      'Không hài lòng',
    ]);
    await ratingPage.getByRole('button', { name: 'Rất hài lòng' }).click();
    await expect.poll(() => ratingPage.locator('h1').textContent()).toBe('Cảm ơn Ông/Bà!');
    await expect.poll(() => h.page.getByTestId('rating-status').textContent()).toContain(`Số ${code}: Rất hài lòng`);
    // The hub stored it: the figures count the rated ticket from the hub's answer.
    await expect.poll(() => h.page.getByTestId('figures-satisfied').textContent()).toBe('1 trên 1 lượt đánh giá');
    await ratingPage.close();
  });

  it('re-activates today’s no-show (F9) and calls it by its number (F8)', async () => {
    await pressWhenReady(h.page, 'reactivate', 'F9');
    const dialog = h.page.getByRole('dialog');
    const noShow = codes[0] ?? '';
    await dialog.locator(`button[data-ticket="${noShow}"]`).click();
    await expect
      .poll(() => h.page.getByTestId('notice').textContent())
      .toBe(`Số ${noShow} đã được đưa lại vào hàng đợi.`);

    await pressWhenReady(h.page, 'callNumber', 'F8');
    await h.page.getByRole('dialog').locator('input[name="code"]').fill(noShow.toLowerCase());
    await h.page.keyboard.press('Enter');
    await expect.poll(() => currentCode(h.page).textContent()).toBe(noShow);
  });

  it('shows the hub’s refusal in Vietnamese (recall limit)', async () => {
    // One key press, one command: a press while the previous command is in flight is dropped.
    const ready = () => expect.poll(() => actionButton(h.page, 'recall').isEnabled()).toBe(true);
    for (let i = 1; i <= 3; i += 1) {
      await ready();
      await pressWhenReady(h.page, 'recall', 'F2');
      await expect.poll(() => h.page.locator('.current-panel').textContent()).toContain(`Đã gọi lại ${i}/3 lần`);
    }
    await ready();
    await pressWhenReady(h.page, 'recall', 'F2');
    await expect.poll(() => h.page.getByTestId('notice').textContent()).toBe('Đã gọi lại 3 lần. Có thể báo vắng mặt.');
    expect(await h.page.getByTestId('notice').getAttribute('class')).toContain('notice-error');
  });

  it('pauses with a reason (F10) and resumes', async () => {
    await expect.poll(() => actionButton(h.page, 'finish').isEnabled()).toBe(true);
    await finishWithKey(h.page, '1');
    await expect.poll(() => currentCode(h.page).textContent()).toBe('Chưa có số');
    await h.page.getByRole('button', { name: 'Bỏ qua' }).click();
    await expect
      .poll(() => h.page.getByTestId('rating-status').textContent())
      .toContain(`Số ${codes[0]}: không đánh giá`);

    await pressWhenReady(h.page, 'pauseOrResume', 'F10');
    const dialog = h.page.getByRole('dialog');
    await dialog.getByLabel('Họp').check();
    await dialog.getByRole('button', { name: 'Tạm dừng', exact: true }).click();
    await expect.poll(() => h.page.getByTestId('counter-state-1').textContent()).toBe('Tạm dừng: Họp');
    await expect.poll(() => actionButton(h.page, 'callNext').isDisabled()).toBe(true);

    await pressWhenReady(h.page, 'pauseOrResume', 'F10');
    await expect.poll(() => h.page.getByTestId('counter-state-1').textContent()).toBe('Đang mở');
    // The broadcast may show the state before the ack frees the buttons (one command at a time).
    await expect.poll(() => actionButton(h.page, 'callNext').isDisabled()).toBe(false);
  });

  it('rides out a hub restart: says so, reconnects, and is still at its counter', async () => {
    // The banner may show only briefly: a MutationObserver remembers that it did.
    await h.page.evaluate(() => {
      const w = window as unknown as { sawOffline: boolean };
      w.sawOffline = false;
      new MutationObserver(() => {
        if (document.querySelector('.offline-banner')) w.sawOffline = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const before = Number(await h.page.getByTestId('queue-waiting').textContent());
    await h.hub.restart();
    await expect
      .poll(() => h.page.evaluate(() => (window as unknown as { sawOffline: boolean }).sawOffline))
      .toBe(true);
    await expect.poll(() => h.page.locator('.offline-banner').count(), { timeout: 20_000 }).toBe(0);
    expect(await h.page.getByTestId('counter-state-1').textContent()).toBe('Đang mở');
    await h.issue('tai-chinh');
    await expect.poll(() => h.page.getByTestId('queue-waiting').textContent()).toBe(String(before + 1));
    await pressWhenReady(h.page, 'callNext', 'F1');
    await expect.poll(() => currentCode(h.page).textContent()).toMatch(/^[A-Z]\d{3}$/);
  });

  it('tells another officer that the counter is taken', async () => {
    const other = await h.browser.newContext({ locale: 'vi-VN' });
    try {
      const page = await other.newPage();
      await signInOfficer(page, h.counterUrl, 'canbo02', 1);
      await expect
        .poll(() => page.getByTestId('notice').textContent())
        .toMatch(/^Quầy 1 đang có cán bộ Nguyễn Thị Hương đăng nhập/);
      expect(await page.locator('input[name="password"]').count()).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('signing out ends the session on the hub, not only on this screen', async () => {
    const token = await h.page.evaluate(
      () => (JSON.parse(sessionStorage.getItem('luot.session.counter') ?? 'null') as { login: { token: string } } | null)?.login.token ?? '',
    );
    // An officer's live token is known to the hub (403 on the account list, not 401).
    const usersStatus = () => fetch(`${h.hub.url}/api/v1/users`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
    expect(await usersStatus()).toBe(403);
    await h.page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect.poll(() => h.page.locator('input[name="password"]').count()).toBe(1);
    await expect.poll(usersStatus).toBe(401);
    // Signing in again works as before.
    await signInOfficer(h.page, h.counterUrl, 'canbo01', 1);
    await expect.poll(() => h.page.getByTestId('counter-state-1').textContent()).toBe('Đang mở');
  });

  it('sends the officer back to sign-in when the session has expired', async () => {
    await h.hub.clock.advance(13 * 60 * 60_000);
    await h.page.reload();
    await expect
      .poll(() => h.page.getByTestId('notice').textContent())
      .toBe('Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.');
    expect(await h.page.locator('input[name="password"]').count()).toBe(1);
  });
});
