/**
 * The counter's serial devices drive the console: a keypad, an LED sign and
 * a rating pad on socat pseudo-terminals, played by @luot/hardware's
 * simulators, reached through the real local device agent (URL params).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  currentCode,
  finishWithKey,
  signInOfficer,
  startCounterHarness,
  type CounterDevices,
  type CounterHarness,
  waitUntilIdle,
} from './helpers/counter-harness';

let h: CounterHarness;
let d: CounterDevices;

beforeAll(async () => {
  h = await startCounterHarness({ devices: true, counter: 2 });
  if (h.devices === null) throw new Error('devices did not start');
  d = h.devices;
});
afterAll(async () => {
  await h?.close();
});

describe('counter devices', () => {
  it('signs in with the device agent in the URL', async () => {
    await signInOfficer(h.page, h.counterUrl, 'canbo02', 2);
    await expect.poll(() => h.page.locator('.app-header').textContent()).toContain('Dịch vụ thiết bị');
    await h.issue('dat-dai');
    await h.issue('dat-dai');
    await h.issue('dat-dai');
    await expect.poll(() => h.page.getByTestId('queue-waiting').textContent()).toBe('3');
  });

  it('NEXT on the keypad calls, and the LED sign shows the number', async () => {
    await d.keypad.press('NEXT');
    await expect.poll(() => currentCode(h.page).textContent()).toBe('B001');
    await expect.poll(() => d.sign.shown).toBe('B001');
  });

  it('RECALL recalls and shows the number again', async () => {
    const shownBefore = d.sign.history.length;
    await d.keypad.press('RECALL');
    await expect.poll(() => h.page.locator('.current-panel').textContent()).toContain('Đã gọi lại 1/3 lần');
    await expect.poll(() => d.sign.history.length).toBe(shownBefore + 1);
    expect(d.sign.shown).toBe('B001');
  });

  it('NOSHOW marks the citizen absent and blanks the sign', async () => {
    await d.keypad.press('NOSHOW');
    await expect.poll(() => currentCode(h.page).textContent()).toBe('Chưa có số');
    await expect.poll(() => d.sign.shown).toBe('');
    expect(await h.page.getByTestId('figures-no-shows').textContent()).toBe('1');
  });

  it('a keypad frame for another counter calls nobody', async () => {
    await d.keypad.press('NEXT', 7);
    await new Promise((r) => setTimeout(r, 500));
    expect(await currentCode(h.page).textContent()).toBe('Chưa có số');
  });

  it('TRANSFER opens the transfer choice on screen', async () => {
    await d.keypad.press('NEXT');
    await expect.poll(() => currentCode(h.page).textContent()).toBe('B002');
    await expect.poll(() => d.sign.shown).toBe('B002');
    await d.keypad.press('TRANSFER');
    await expect.poll(() => h.page.getByRole('dialog').textContent()).toContain('Chuyển số B002');
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.getByRole('dialog').count()).toBe(0);
  });

  it('finishes, and the rating pad answers the satisfaction question', async () => {
    await finishWithKey(h.page, '1');
    await expect
      .poll(() => h.page.getByTestId('rating-status').textContent())
      .toContain('Đang chờ công dân đánh giá số B002');
    await expect.poll(() => d.sign.shown).toBe('');
    await d.ratingPad.rate(3);
    await expect.poll(() => h.page.getByTestId('rating-status').textContent()).toContain('Số B002: Hài lòng');
    await expect.poll(() => h.page.getByTestId('figures-satisfied').textContent()).toBe('1 trên 1 lượt đánh giá');
    // A second press after the answer changes nothing.
    await d.ratingPad.rate(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(await h.page.getByTestId('rating-status').textContent()).toContain('Số B002: Hài lòng');
  });

  it('PAUSE pauses for a break and resumes', async () => {
    await d.keypad.press('PAUSE');
    await expect.poll(() => h.page.getByTestId('counter-state-2').textContent()).toBe('Tạm dừng: Nghỉ giải lao');
    // The state is on screen before PAUSE's ack; a key before the ack is dropped, not refused.
    await waitUntilIdle(h.page);
    await d.keypad.press('NEXT'); // a paused counter does not call
    await new Promise((r) => setTimeout(r, 300));
    expect(await currentCode(h.page).textContent()).toBe('Chưa có số');
    await d.keypad.press('PAUSE');
    await expect.poll(() => h.page.getByTestId('counter-state-2').textContent()).toBe('Đang mở');
    await waitUntilIdle(h.page);
    await d.keypad.press('NEXT');
    await expect.poll(() => currentCode(h.page).textContent()).toBe('B003');
    await expect.poll(() => d.sign.shown).toBe('B003');
  });
});
