/**
 * The officer console in a hall that starts serving on the call
 * (autoStartServing): the called citizen may not come, so recall and no-show
 * stay until the officer starts serving. Then: keys that cannot act say why,
 * the transfer choice leaves closed counters out, a rating question still open
 * at sign-out or reload is recorded as "no answer", and "Đóng quầy" then
 * opening the counter again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DayReport } from '@luot/protocol';
import type { Socket } from 'socket.io-client';
import { cid, command, connected, createClient, login } from '@luot/testing';
import {
  actionButton,
  currentCode,
  DEMO_PASSWORD,
  pressWhenIdle,
  pressWhenReady,
  signInOfficer,
  startCounterHarness,
  waitForCalledCode,
  type CounterHarness,
  finishWithKey,
} from './helpers/counter-harness';

let h: CounterHarness;
let neighbour: Socket | null = null;

beforeAll(async () => {
  h = await startCounterHarness({ hall: (demo) => ({ ...demo, queue: { ...demo.queue, autoStartServing: true } }) });
});
afterAll(async () => {
  neighbour?.close();
  await h?.close();
});

const panel = () => h.page.locator('.current-panel');
const notice = () => h.page.getByTestId('notice');

async function noAnswers(): Promise<number> {
  const { token } = await login(h.hub.url, 'giamsat', DEMO_PASSWORD);
  const res = await fetch(`${h.hub.url}/api/v1/reports/day`, { headers: { authorization: `Bearer ${token}` } });
  return ((await res.json()) as DayReport).totals.ratings.noAnswer;
}

describe('a hall that starts serving on the call', () => {
  it('shows an auto-started ticket as called, and lets the officer recall it and mark it no-show', async () => {
    await signInOfficer(h.page, h.counterUrl, 'canbo01', 1);
    await expect.poll(() => currentCode(h.page).textContent()).toBe('Chưa có số');
    await h.issue('dang-ky-kinh-doanh');
    await h.issue('dang-ky-kinh-doanh');
    await h.issue('dang-ky-kinh-doanh');

    await pressWhenReady(h.page, 'callNext', 'F1');
    const code = await waitForCalledCode(h.page);
    expect(await panel().locator('h2').textContent()).toBe('Số đang gọi');
    expect(await h.page.getByTestId('current-state').textContent()).toBe(
      'Đã gọi — chờ công dân đến quầy (tự bắt đầu phục vụ khi gọi)',
    );
    await pressWhenReady(h.page, 'recall', 'F2');
    await expect.poll(() => panel().textContent()).toContain('Đã gọi lại 1/3 lần');
    await pressWhenReady(h.page, 'noShow', 'F6');
    await expect.poll(() => currentCode(h.page).textContent()).toBe('Chưa có số');
    await expect.poll(() => notice().textContent()).toBe(`Số ${code} vắng mặt`);
  });

  it('once started, recall and no-show are gone; a key that cannot act says why', async () => {
    await pressWhenReady(h.page, 'callNext', 'F1');
    const code = await waitForCalledCode(h.page);
    await pressWhenReady(h.page, 'startServing', 'F3');
    await expect.poll(() => h.page.getByTestId('current-state').textContent()).toBe('Đang phục vụ');
    expect(await panel().locator('h2').textContent()).toBe('Số đang phục vụ');
    await expect.poll(() => actionButton(h.page, 'recall').isDisabled()).toBe(true);
    expect(await actionButton(h.page, 'noShow').isDisabled()).toBe(true);

    // F3's ack comes after the broadcast that put "Đang phục vụ" on screen: a
    // key pressed before the ack would be dropped without a notice.
    await pressWhenIdle(h.page, 'F2');
    await expect
      .poll(() => notice().textContent())
      .toBe(`Số ${code} đang được phục vụ: không gọi lại, không báo vắng được nữa.`);
    await pressWhenIdle(h.page, 'F1');
    await expect
      .poll(() => notice().textContent())
      .toBe(`Quầy đang có số ${code}: hãy hoàn thành, chuyển hoặc báo vắng trước khi gọi số mới.`);
    expect(await currentCode(h.page).textContent()).toBe(code);
  });

  it('offers only counters that are not closed as transfer targets', async () => {
    const { token } = await login(h.hub.url, 'canbo02', DEMO_PASSWORD);
    neighbour = createClient(h.hub.url, '/counter', token);
    await connected(neighbour);
    expect((await command(neighbour, 'counter:sign-in', { commandId: cid(), counter: 2 })).ok).toBe(true);
    await expect.poll(() => h.page.getByTestId('counter-state-1').textContent()).toBe('Đang mở');

    await pressWhenReady(h.page, 'transfer', 'F7');
    const dialog = h.page.getByRole('dialog');
    await expect
      .poll(() => dialog.locator('select[name="counter"] option').allTextContents())
      .toEqual(['Quầy 2 — Tài nguyên và Môi trường']);
    await h.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('records "no answer" when the officer signs out with the rating question open', async () => {
    const before = await noAnswers();
    await finishWithKey(h.page, '2');
    await expect.poll(() => h.page.getByTestId('rating-status').textContent()).toContain('Đang chờ công dân đánh giá');
    await h.page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect.poll(() => h.page.locator('input[name="password"]').count()).toBe(1);
    await expect.poll(noAnswers).toBe(before + 1);
  });

  it('records "no answer" when the console is reloaded with the question open', async () => {
    await signInOfficer(h.page, h.counterUrl, 'canbo01', 1);
    await expect.poll(() => currentCode(h.page).textContent()).toBe('Chưa có số');
    await pressWhenReady(h.page, 'callNext', 'F1');
    await waitForCalledCode(h.page);
    await finishWithKey(h.page, '2');
    await expect.poll(() => h.page.getByTestId('rating-status').textContent()).toContain('Đang chờ công dân đánh giá');
    const before = await noAnswers();
    await h.page.reload();
    await expect.poll(noAnswers).toBe(before + 1);
    // Still signed in after the reload (the token lives in this tab).
    await expect.poll(() => h.page.getByTestId('counter-state-1').textContent()).toBe('Đang mở');
  });

  it('closes the counter ("Đóng quầy") and opens it again', async () => {
    await expect.poll(() => actionButton(h.page, 'close').isEnabled()).toBe(true);
    await actionButton(h.page, 'close').click();
    const dialog = h.page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('Đóng quầy?');
    await dialog.getByRole('button', { name: 'Đóng quầy' }).click();
    await expect.poll(() => h.page.getByTestId('counter-state-1').textContent()).toBe('Đã đóng');
    expect(await actionButton(h.page, 'callNext').isDisabled()).toBe(true);
    expect(await actionButton(h.page, 'pauseOrResume').textContent()).toContain('Mở quầy');
    await pressWhenIdle(h.page, 'F1');
    await expect.poll(() => notice().textContent()).toBe('Quầy đang tạm dừng hoặc đóng: hãy mở lại trước khi gọi số.');

    await pressWhenReady(h.page, 'pauseOrResume', 'F10');
    await expect.poll(() => h.page.getByTestId('counter-state-1').textContent()).toBe('Đang mở');
    await h.issue('tai-chinh');
    await pressWhenReady(h.page, 'callNext', 'F1');
    await expect.poll(() => currentCode(h.page).textContent()).toMatch(/^[A-Z]\d{3}$/);
  });
});
