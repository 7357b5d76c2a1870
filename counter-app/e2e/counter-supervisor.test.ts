/**
 * The supervisor's screen at /admin/ against a real hub: role check, the
 * whole hall live, pausing and closing a counter, today's figures (served,
 * service time, ratings) updating live, kiosks' printer health, moving waiting
 * tickets, the message line for the display boards, and signing out (which
 * ends the session on the hub).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cid, command, connected, createClient, login } from '@luot/testing';
import { DEMO_PASSWORD, KIOSK_TOKEN, startCounterHarness, type CounterHarness } from './helpers/counter-harness';

let h: CounterHarness;
let officer: ReturnType<typeof createClient>;

beforeAll(async () => {
  h = await startCounterHarness();
  // An officer at counter 3 over the hub's own socket API.
  const session = await login(h.hub.url, 'canbo03', DEMO_PASSWORD);
  officer = createClient(h.hub.url, '/counter', session.token);
  await connected(officer);
  const signedIn = await command(officer, 'counter:sign-in', { commandId: cid(), counter: 3 });
  if (!signedIn.ok) throw new Error(signedIn.error.message.en);
});
afterAll(async () => {
  officer?.close();
  await h?.close();
});

async function signInSupervisor(page: Page, username: string): Promise<void> {
  await page.goto(h.adminUrl);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
}

const row = (counter: number) => h.page.locator(`tr[data-counter="${counter}"]`);

describe('supervisor screen', () => {
  it('refuses an officer account with a clear message', async () => {
    await signInSupervisor(h.page, 'canbo01');
    await expect
      .poll(() => h.page.getByTestId('notice').textContent())
      .toBe('Tài khoản này không có quyền giám sát. Vui lòng đăng nhập bằng tài khoản giám sát hoặc quản trị.');
  });

  it('shows every counter, its officer and current number, and the waiting per service', async () => {
    await signInSupervisor(h.page, 'giamsat');
    await expect.poll(() => h.page.locator('tr[data-counter]').count()).toBe(10);
    expect(await row(3).textContent()).toContain('Lương Thị Mai');
    expect(await h.page.getByTestId('officers-on').textContent()).toBe('Cán bộ đang làm việc: 1');

    await h.issue('dat-dai');
    await h.issue('dat-dai', 'elderly');
    await h.issue('nong-nghiep');
    await expect.poll(() => h.page.getByTestId('waiting-dat-dai').textContent()).toBe('2');
    expect(await h.page.locator('tr[data-service="dat-dai"] td').nth(2).textContent()).toBe('1'); // one priority

    const called = await command<{ code: string }>(officer, 'counter:call-next', { commandId: cid() });
    if (!called.ok) throw new Error(called.error.message.en);
    await expect.poll(() => h.page.getByTestId('current-3').textContent()).toBe(called.value.code);
  });

  it('pauses a counter, which then cannot call, and opens it again', async () => {
    await row(3).locator('button[data-action="pause"]').click();
    await expect
      .poll(() => h.page.getByTestId('counter-state-3').textContent())
      .toBe('Tạm dừng: Theo yêu cầu giám sát');
    const refused = await command(officer, 'counter:call-next', { commandId: cid() });
    expect(refused.ok).toBe(false);
    await row(3).locator('button[data-action="open"]').click();
    await expect.poll(() => h.page.getByTestId('counter-state-3').textContent()).toBe('Đang mở');
  });

  it('shows today’s figures, updated live when a ticket is finished and rated', async () => {
    const panel = h.page.getByRole('region', { name: 'Số liệu hôm nay' });
    await expect.poll(() => panel.getByTestId('report-served').textContent()).toBe('0');
    expect((await command(officer, 'counter:start-serving', { commandId: cid() })).ok).toBe(true);
    h.hub.clock.advance(3 * 60_000);
    const finished = await command<{ id: string }>(officer, 'counter:finish', { commandId: cid(), outcome: 'guided' });
    if (!finished.ok) throw new Error(finished.error.message.en);
    await expect.poll(() => panel.getByTestId('report-served').textContent()).toBe('1');
    expect(await panel.getByTestId('report-counter-served-3').textContent()).toBe('1');
    expect(await panel.getByTestId('report-officer-served-canbo03').textContent()).toBe('1');
    expect(await panel.getByTestId('report-average').textContent()).toBe('3 phút');
    const total = panel.locator('tr[data-report="total"]');
    expect(await total.locator('td[data-level="5"]').textContent()).toBe('0');

    const rated = await command(officer, 'ticket:rate', { commandId: cid(), ticketId: finished.value.id, rating: 5 });
    expect(rated.ok).toBe(true);
    await expect.poll(() => total.locator('td[data-level="5"]').textContent()).toBe('1 (100%)');
    expect(await total.locator('td[data-level="3"]').textContent()).toBe('0 (0%)');
    expect(await panel.locator('tr[data-report-rating="canbo03"] td[data-level="5"]').textContent()).toBe('1 (100%)');
    expect(await panel.locator('tr[data-report-counter="3"] td[data-level="5"]').textContent()).toBe('1 (100%)');
    expect(await panel.locator('thead').first().textContent()).toContain('Rất hài lòng');
  });

  it('shows each kiosk’s printer: not reported yet, then out of paper once it says so', async () => {
    const printer = h.page.getByTestId('device-printer-kiosk-1');
    await expect.poll(() => printer.textContent()).toBe('Chưa báo trạng thái');
    expect(await h.page.getByTestId('device-seen-kiosk-1').textContent()).toBe('Chưa kết nối');
    // A display board has no printer to report.
    expect(await h.page.getByTestId('device-printer-display-1').textContent()).toBe('Không dùng máy in');
    const r = await fetch(`${h.hub.url}/api/v1/devices/printer`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KIOSK_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ commandId: cid(), state: 'paper_out' }),
    });
    expect(r.status).toBe(200);
    await expect.poll(() => printer.textContent()).toBe('Hết giấy');
    expect(await printer.locator('.badge').getAttribute('class')).toContain('badge-alert');
    expect(await h.page.getByTestId('device-seen-kiosk-1').textContent()).toMatch(/^\d{2}:\d{2}$/);
  });

  it('closes a counter with nobody at it', async () => {
    await expect.poll(() => h.page.getByTestId('current-3').count()).toBe(0);
    await row(3).locator('button[data-action="close"]').click();
    await expect.poll(() => h.page.getByTestId('counter-state-3').textContent()).toBe('Đã đóng');
    await expect.poll(() => h.page.getByTestId('officers-on').textContent()).toBe('Cán bộ đang làm việc: 0');
  });

  it('moves waiting tickets to another service', async () => {
    const panel = h.page.getByRole('region', { name: 'Chuyển số đang chờ sang dịch vụ khác' });
    await panel.locator('select[name="from"]').selectOption('nong-nghiep');
    await panel.locator('select[name="to"]').selectOption('dat-dai');
    await panel.locator('input[name="ticket"][value="D001"]').check();
    await panel.getByRole('button', { name: 'Chuyển 1 số' }).click();
    await expect.poll(() => h.page.getByTestId('notice').textContent()).toBe('Đã chuyển 1 số.');
    await expect.poll(() => h.page.getByTestId('waiting-nong-nghiep').textContent()).toBe('0');
    await expect.poll(() => h.page.getByTestId('waiting-dat-dai').textContent()).toBe('2');
  });

  it('sends a message line to the display boards, and clears it', async () => {
    const board = createClient(h.hub.url, '/display', 'demo-display-token-1');
    try {
      await connected(board);
      const seen = new Promise<string | null>((resolve) =>
        board.on('hall:events', (events: { type: string; message?: string | null }[]) => {
          const message = events.find((e) => e.type === 'message');
          if (message) resolve(message.message ?? null);
        }),
      );
      const panel = h.page.getByRole('region', { name: 'Thông báo trên bảng hiển thị' });
      await panel.locator('input[name="message"]').fill('Quầy 3 tạm nghỉ đến 14 giờ');
      await panel.getByRole('button', { name: 'Gửi' }).click();
      expect(await seen).toBe('Quầy 3 tạm nghỉ đến 14 giờ');
      await expect
        .poll(() => h.page.getByTestId('hall-message').textContent())
        .toBe('Đang hiển thị: Quầy 3 tạm nghỉ đến 14 giờ');
      await panel.getByRole('button', { name: 'Xóa thông báo' }).click();
      await expect.poll(() => h.page.getByTestId('hall-message').textContent()).toBe('Chưa có thông báo.');
    } finally {
      board.close();
    }
  });

  it('signing out ends the session on the hub, not only on this screen', async () => {
    const token = await h.page.evaluate(
      () => (JSON.parse(sessionStorage.getItem('luot.session.admin') ?? 'null') as { login: { token: string } } | null)?.login.token ?? '',
    );
    const usersStatus = () => fetch(`${h.hub.url}/api/v1/users`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
    expect(await usersStatus()).toBe(200);
    await h.page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect.poll(() => h.page.locator('input[name="password"]').count()).toBe(1);
    await expect.poll(usersStatus).toBe(401);
  });

  it('raises an alert when the last good backup is over a day old, and lists the backups', async () => {
    // No backup since the hub started, a day and more ago (the manual clock).
    h.hub.clock.advance(25 * 60 * 60_000);
    await signInSupervisor(h.page, 'giamsat');
    await expect
      .poll(() => h.page.getByTestId('backup-alert').textContent())
      .toBe('Cảnh báo: chưa có bản sao lưu nào đạt kiểm tra. Hãy báo bộ phận kỹ thuật.');
    const panel = h.page.getByRole('region', { name: 'Sao lưu dữ liệu' });
    expect(await panel.textContent()).toContain('Chưa có bản sao lưu.');

    const taken = await h.hub.hub.backups!.backupNow('manual');
    expect(taken).not.toBeNull();
    await h.page.reload();
    await expect.poll(() => panel.locator(`tr[data-backup="${taken!.file}"]`).count()).toBe(1);
    expect(await h.page.getByTestId('backup-alert').count()).toBe(0);
    expect(await panel.locator(`tr[data-backup="${taken!.file}"]`).textContent()).toContain('Đạt');

    // Another day and more without one: the alert gives the age (after signing in again: sessions last 12 hours).
    h.hub.clock.advance(26 * 60 * 60_000);
    await h.page.evaluate(() => sessionStorage.clear());
    await signInSupervisor(h.page, 'giamsat');
    await expect
      .poll(() => h.page.getByTestId('backup-alert').textContent())
      .toBe('Cảnh báo: bản sao lưu tốt gần nhất đã cũ 26 giờ. Hãy báo bộ phận kỹ thuật.');
  });
});
