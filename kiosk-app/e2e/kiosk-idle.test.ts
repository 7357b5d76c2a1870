/**
 * Nobody touches the screen: a short "còn X giây" warning, then home. A touch
 * during the warning keeps the visit. The ticket screen goes home by itself.
 * A welcome screen left in English goes back to Vietnamese.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKioskHarness, type KioskHarness } from './helpers/kiosk-harness';
import { browseToService, openKiosk, shownTicket } from './helpers/kiosk-page';

let h: KioskHarness;

beforeAll(async () => {
  h = await startKioskHarness({ params: { idle: '6', ticketSeconds: '3' } });
});
afterAll(async () => {
  await h?.close();
});

describe('kiosk: idle return', () => {
  it('warns with a countdown, then goes home from any screen', async () => {
    await openKiosk(h.page, h.kioskUrl);
    await h.page.getByTestId('open-search').click();
    await h.page.locator('[data-screen="search"]').waitFor();
    const started = Date.now();
    const warning = h.page.getByTestId('idle-warning');
    await warning.waitFor({ timeout: 10_000 });
    // The warning shows only near the end (6 s idle, 2 s warning).
    expect(Date.now() - started).toBeGreaterThan(3000);
    await expect(h.page.getByTestId('idle-seconds').textContent()).resolves.toMatch(/Về trang đầu sau [12] giây/);
    await h.page.locator('[data-screen="welcome"]').waitFor({ timeout: 5000 });
    await expect(warning.count()).resolves.toBe(0);
  });

  it('a touch during the warning keeps the visit', async () => {
    await openKiosk(h.page, h.kioskUrl);
    await browseToService(h.page, 'yt', 'y-te');
    await h.page.getByTestId('idle-warning').waitFor({ timeout: 10_000 });
    await h.page.getByTestId('idle-stay').click();
    await expect(h.page.getByTestId('idle-warning').count()).resolves.toBe(0);
    await expect(h.page.locator('[data-screen="service"]').count()).resolves.toBe(1);
    // …and the timer runs again from that touch.
    await h.page.locator('[data-screen="welcome"]').waitFor({ timeout: 10_000 });
  });

  it('the welcome screen left in English returns to Vietnamese for the next citizen, without a warning', async () => {
    await openKiosk(h.page, h.kioskUrl);
    const title = h.page.locator('.screen-title');
    await h.page.getByTestId('lang-switch').click();
    await expect(title.textContent()).resolves.toContain('Touch the area');
    const switched = Date.now();
    let warned = false;
    const titleWatchingWarning = async () => {
      if ((await h.page.getByTestId('idle-warning').count()) > 0) warned = true;
      return title.textContent();
    };
    await expect.poll(titleWatchingWarning, { timeout: 10_000, interval: 100 }).toContain('Chạm vào lĩnh vực');
    // After the idle time (6 s), not at once; and home is quiet: no "going home" warning on home.
    expect(Date.now() - switched).toBeGreaterThan(4000);
    expect(warned).toBe(false);
    await expect(h.page.locator('html').getAttribute('lang')).resolves.toBe('vi');
    // In Vietnamese the welcome screen stays as it is.
    await h.page.waitForTimeout(7000);
    await expect(title.textContent()).resolves.toContain('Chạm vào lĩnh vực');
    await expect(h.page.locator('[data-screen="welcome"]').count()).resolves.toBe(1);
  });

  it('the ticket screen returns home after a few seconds', async () => {
    await openKiosk(h.page, h.kioskUrl);
    await browseToService(h.page, 'yt', 'y-te');
    await h.page.getByTestId('take-number').click();
    await shownTicket(h.page, 'printed');
    await h.page.locator('[data-screen="welcome"]').waitFor({ timeout: 6000 });
  });
});
