/**
 * The kiosk's optional phone entry (issue 19): with the hall's phone offer on,
 * "Lấy số" first asks "Nhận tin nhắn khi sắp đến lượt?" — a numeric keypad, a
 * word on why and for how long the number is kept, one touch to skip. A number
 * given is sealed on the ticket and becomes one "you are N-th" message; it is
 * never shown on the ticket.
 */
import { afterAll, beforeEach, beforeAll, describe, expect, it } from 'vitest';
import { until } from '@luot/testing';
import { screenshotDir } from '@luot/testing/browser';
import { startKioskHarness, type KioskHarness } from './helpers/kiosk-harness';
import { browseToService, openKiosk, shownTicket } from './helpers/kiosk-page';

let h: KioskHarness;

beforeAll(async () => {
  h = await startKioskHarness({
    params: { ticketSeconds: '60' },
    hall: (demo) => ({ ...demo, notifications: { ...demo.notifications, kioskPhoneOffer: true, nearTurnPosition: 3 } }),
  });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await openKiosk(h.page, h.kioskUrl);
});

const outbox = () => h.hub.db.prepare<[], { kind: string; state: string; phone: string | null }>('SELECT kind, state, phone FROM outbox').all();

describe('kiosk: the phone offer', () => {
  it('takes a mobile number on the keypad, issues the ticket with it sealed, and the citizen gets one message', async () => {
    await browseToService(h.page, 'tnmt', 'dat-dai');
    await h.page.getByTestId('take-number').click();
    const offer = h.page.locator('[data-screen="phone-offer"]');
    await offer.waitFor();
    await expect(offer.textContent()).resolves.toContain('Nhận tin nhắn khi sắp đến lượt?');
    await expect(offer.textContent()).resolves.toContain('người thứ 3 trong hàng');
    await expect(offer.textContent()).resolves.toContain('xoá ngay sau khi gửi');
    expect(await h.page.getByTestId('phone-take').isDisabled()).toBe(true);
    for (const digit of '0912345678') await h.page.locator(`[data-key="${digit}"]`).click();
    await expect(h.page.getByTestId('phone-number').textContent()).resolves.toBe('0912 345 678');
    await h.page.screenshot({ path: `${screenshotDir('kiosk')}phone-offer.png` });
    await h.page.getByTestId('phone-take').click();

    const shown = await shownTicket(h.page, 'printed');
    expect(await h.page.content()).not.toContain('345 678');
    // The line is short: the ticket is first, so its message is queued at once and the demo's log sender "sends" it.
    await until(() => outbox().some((m) => m.state === 'sent'), 10_000, 'the near-turn message');
    expect(outbox()).toEqual([{ kind: 'near_turn', state: 'sent', phone: null }]);
    const kept = h.hub.db.prepare<[string], { notify_phone: string | null }>('SELECT notify_phone FROM tickets WHERE id = ?').get(shown.id);
    expect(kept).toEqual({ notify_phone: null });
  });

  it('is skipped with one touch: the ticket is issued without a phone', async () => {
    const before = outbox().length;
    await browseToService(h.page, 'tnmt', 'dat-dai');
    await h.page.getByTestId('take-number').click();
    await h.page.getByTestId('phone-skip').click();
    const shown = await shownTicket(h.page, 'printed');
    expect(shown.code).toMatch(/^B\d{3}$/);
    expect(outbox()).toHaveLength(before);
  });
});
