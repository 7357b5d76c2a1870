/**
 * The console's Officers and Devices screens in Chromium (issue 17): a new
 * kiosk pairs by the code on its first screen and goes on to its welcome
 * screen with its token; a new officer must change the one-time password at
 * first sign-in; a deactivated officer's console ends at once; a refused
 * change says why and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '@luot/testing';
import { actionButton, signInOfficer, startCounterHarness, type CounterHarness } from './helpers/counter-harness';
import { openAdminSection } from './helpers/admin-console';

let h: CounterHarness;
beforeAll(async () => {
  h = await startCounterHarness();
  await openAdminSection(h.page, h.adminUrl, 'devices');
});
afterAll(async () => {
  await h?.close();
});

describe('admin console: devices', () => {
  it('pairs a new kiosk by the code on its screen; the kiosk goes on to its welcome screen with its own token', async () => {
    const kiosk = await h.context.newPage();
    await kiosk.goto(`${h.hub.url}/kiosk/`);
    const shown = kiosk.getByTestId('pairing-code');
    await shown.waitFor();
    const code = (await shown.getAttribute('data-code')) ?? '';
    expect(await shown.textContent()).toBe(`${code.slice(0, 3)}-${code.slice(3)}`);
    // The QR leads the admin's tablet to this form with the code filled in.
    expect(await kiosk.getByTestId('ticket-qr').getAttribute('data-url')).toBe(`${h.hub.url}/admin/?pair=${code}#devices`);

    await h.page.locator('nav a[data-section="devices"]').click();
    const form = h.page.getByTestId('pair-device');
    await form.locator('input[name="code"]').fill(code.toLowerCase());
    await form.locator('select[name="role"]').selectOption('kiosk');
    await form.locator('input[name="id"]').fill('kiosk-moi');
    await form.locator('input[name="name"]').fill('Kiosk sảnh B');
    await form.locator('input[name="area"]').fill('Tầng 1');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => h.page.getByTestId('devices-notice').textContent()).toContain('Đã ghép nối Kiosk sảnh B');

    await kiosk.locator('[data-screen="welcome"]').waitFor({ timeout: 15_000 });
    const stored = await kiosk.evaluate(() => localStorage.getItem('luot.kiosk.token'));
    expect(stored).toMatch(/.{20,}/);
    await expect.poll(() => h.page.getByTestId('device-connected-kiosk-moi').textContent(), { timeout: 10_000 }).toBe('Đang kết nối');
    // A reload keeps working with the token it received.
    await kiosk.reload();
    await kiosk.locator('[data-screen="welcome"]').waitFor();
    // Revoked in the console: the kiosk forgets the token and shows a new pairing code.
    h.page.once('dialog', (d) => void d.accept());
    await h.page.locator('tr[data-device="kiosk-moi"] button.danger').click();
    await expect.poll(() => h.page.getByTestId('devices-notice').textContent()).toContain('Đã thu hồi Kiosk sảnh B');
    await kiosk.getByTestId('pairing-code').waitFor({ timeout: 15_000 });
    expect(await kiosk.evaluate(() => localStorage.getItem('luot.kiosk.token'))).toBeNull();
    await kiosk.close();
  });

  it('a wrong code is refused with a clear message and enrols nothing', async () => {
    const form = h.page.getByTestId('pair-device');
    await form.locator('input[name="code"]').fill('KMA-7RX');
    await form.locator('input[name="id"]').fill('kiosk-sai');
    await form.locator('input[name="name"]').fill('Kiosk sai mã');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => h.page.getByTestId('devices-notice').textContent()).toContain('Mã ghép nối không đúng hoặc đã hết hạn');
    expect(await h.page.locator('tr[data-device="kiosk-sai"]').count()).toBe(0);
  });
});

describe('admin console: officers', () => {
  it('creates an officer who must change the one-time password at first sign-in', async () => {
    await h.page.locator('nav a[data-section="officers"]').click();
    const form = h.page.getByTestId('new-officer');
    await form.locator('input[name="username"]').fill('tiepnhan21');
    await form.locator('input[name="name"]').fill('Đỗ Thị Hà');
    await form.locator('input[name="password"]').fill('mot-lan-thoi');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => h.page.getByTestId('people-notice').textContent()).toContain('Đã tạo tài khoản tiepnhan21');
    await expect.poll(() => h.page.getByTestId('officer-state-tiepnhan21').textContent()).toContain('Phải đổi mật khẩu');

    const officer = await h.context.newPage();
    await signInOfficer(officer, h.counterUrl, 'tiepnhan21', 4, 'mot-lan-thoi');
    await officer.getByTestId('change-password').waitFor();
    await officer.locator('input[name="new-password"]').fill('cua-rieng-ha-1');
    await officer.locator('input[name="confirm-password"]').fill('cua-rieng-ha-1');
    await officer.getByTestId('change-password').locator('button[type="submit"]').click();
    await actionButton(officer, 'callNext').waitFor({ timeout: 15_000 });
    // Where they are now shows in the console: counter 4, connected.
    await expect.poll(() => h.page.getByTestId('officer-where-tiepnhan21').textContent(), { timeout: 10_000 }).toContain('Quầy 4');
    expect(await h.page.getByTestId('officer-where-tiepnhan21').textContent()).toContain('đang kết nối');
    await officer.close();
  });

  it('deactivates an officer: their console ends at once', async () => {
    const officer = await h.context.newPage();
    await signInOfficer(officer, h.counterUrl, 'canbo02', 2);
    await actionButton(officer, 'callNext').waitFor({ timeout: 15_000 });
    await h.page.locator('tr[data-officer="canbo02"] button[data-action="deactivate"]').click();
    await expect.poll(() => h.page.getByTestId('people-notice').textContent()).toContain('Đã khóa canbo02');
    await officer.locator('input[name="username"]').waitFor({ timeout: 10_000 });
    expect(await actionButton(officer, 'callNext').count()).toBe(0);
    await expect(login(h.hub.url, 'canbo02', 'luot-demo')).rejects.toThrow(/401/);
    await expect.poll(() => h.page.getByTestId('officer-state-canbo02').textContent()).toContain('Đã khóa');
    await officer.close();
  });

  it('a refused change says why and changes nothing: an admin cannot deactivate themselves', async () => {
    await h.page.locator('tr[data-officer="admin"] button[data-action="deactivate"]').click();
    await expect.poll(() => h.page.getByTestId('people-notice').textContent()).toContain('Bạn không thể tự khóa tài khoản của chính mình');
    expect(await h.page.getByTestId('officer-state-admin').textContent()).toContain('Đang hoạt động');
    expect((await login(h.hub.url, 'admin', 'luot-demo')).user.role).toBe('admin');
  });
});

describe('a counter PC', () => {
  it('pairs itself from the sign-in screen of the counter shell, then shows its token with the officer\'s sign-in', async () => {
    // The shell's preload bridge, played by the page's own storage (the real one keeps the token in userData).
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    await context.addInitScript(() => {
      const w = window as unknown as { luotCounterPc: unknown };
      w.luotCounterPc = {
        deviceToken: () => Promise.resolve(localStorage.getItem('fake-shell-token')),
        savePairedToken: (token: string) => Promise.resolve((localStorage.setItem('fake-shell-token', token), true)),
      };
    });
    const pc = await context.newPage();
    await pc.goto(h.counterUrl);
    await pc.locator('button[data-action="pair-pc"]').click();
    const shown = pc.getByTestId('pairing-code');
    await shown.waitFor();
    const code = (await shown.getAttribute('data-code')) ?? '';
    const admin = await login(h.hub.url, 'admin', 'luot-demo');
    const claimed = await fetch(`${h.hub.url}/api/v1/pairing/claim`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ code, id: 'quay-3-pc', name: 'Máy quầy 3', role: 'counter', counter: 3 }),
    });
    expect(claimed.status).toBe(201);
    // Paired: the page reloads into the sign-in form, no longer offering to pair.
    await pc.locator('input[name="username"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => pc.evaluate(() => localStorage.getItem('fake-shell-token')), { timeout: 10_000 }).toMatch(/.{20,}/);
    await expect.poll(() => pc.locator('button[data-action="pair-pc"]').count()).toBe(0);
    await signInOfficer(pc, h.counterUrl, 'canbo03', 3);
    await actionButton(pc, 'callNext').waitFor({ timeout: 15_000 });
    const overview = (await (await fetch(`${h.hub.url}/api/v1/devices/overview`, { headers: { authorization: `Bearer ${admin.token}` } })).json()) as { id: string; connected: boolean; counter: number | null }[];
    expect(overview.find((d) => d.id === 'quay-3-pc')).toMatchObject({ counter: 3, connected: true });
    await context.close();
  });
});
