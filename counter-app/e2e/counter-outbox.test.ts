/**
 * The supervisor sees the citizens' message sender (issue 19): on the
 * devices panel with its status, live, and today's outbox — counts and the
 * latest messages, never a phone number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cid, command, connected, createClient } from '@luot/testing';
import { screenshotDir } from '@luot/testing/browser';
import { DEMO_PASSWORD, KIOSK_TOKEN, startCounterHarness, type CounterHarness } from './helpers/counter-harness';

let h: CounterHarness;

beforeAll(async () => {
  h = await startCounterHarness({ hall: (demo) => ({ ...demo, notifications: { ...demo.notifications, kioskPhoneOffer: true } }) });
});
afterAll(async () => {
  await h?.close();
});

describe('supervisor screen: messages to citizens', () => {
  it('shows the sender on the devices panel and today’s outbox, updated when a message goes out', async () => {
    await h.page.goto(h.adminUrl);
    await h.page.locator('input[name="username"]').fill('giamsat');
    await h.page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await h.page.locator('button[type="submit"]').click();
    const sender = h.page.locator('tr[data-device="sender"]');
    await expect.poll(() => sender.textContent()).toContain('Tin nhắn cho công dân (chỉ ghi nhật ký)');
    expect(await sender.textContent()).toContain('Chưa gửi');
    await expect.poll(() => h.page.getByTestId('outbox-counts').textContent()).toBe('Đang chờ 0 · Đang thử lại 0 · Đã gửi 0 · Bỏ 0');

    const kiosk = createClient(h.hub.url, '/kiosk', KIOSK_TOKEN);
    try {
      await connected(kiosk);
      const issued = await command(kiosk, 'ticket:issue', { commandId: cid(), service: 'dat-dai', phone: '0912 345 678' });
      expect(issued.ok).toBe(true);
    } finally {
      kiosk.close();
    }
    // First in line: its message goes at once; the sender's first success is a hall event, and the outbox is asked again.
    await expect.poll(() => sender.textContent(), { timeout: 10_000 }).toContain('Hoạt động');
    await expect.poll(() => h.page.getByTestId('outbox-counts').textContent()).toBe('Đang chờ 0 · Đang thử lại 0 · Đã gửi 1 · Bỏ 0');
    const panel = h.page.getByTestId('outbox-panel');
    expect(await panel.textContent()).toContain('Sắp đến lượt');
    expect(await h.page.content()).not.toContain('345 678');
    expect(await h.page.content()).not.toContain('0912345678');
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: `${screenshotDir('counter')}supervisor-messages.png` });
  });
});
