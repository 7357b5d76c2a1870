/**
 * Screenshots for docs/admin/ of issue 17's screens, on a tablet's width:
 * Officers (who is signed in where), Devices (connected now, printers), and
 * pairing (the new kiosk's first screen, the admin's form filled from it).
 * `bash scripts/refresh-docs.sh admin` copies them into docs/.
 */
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cid, command, connected, createClient, login } from '@luot/testing';
import { screenshotDir } from '@luot/testing/browser';
import { startCounterHarness, type CounterHarness } from './helpers/counter-harness';
import { openAdminSection } from './helpers/admin-console';

const shots = screenshotDir('admin');
let h: CounterHarness;
const sockets: { disconnect(): void }[] = [];

beforeAll(async () => {
  h = await startCounterHarness();
  await h.page.setViewportSize({ width: 1280, height: 900 });
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await h?.close();
});

const saved = (name: string) => statSync(`${shots}${name}`).size;

describe('officers and devices screenshots', () => {
  it('officers: who is signed in where', async () => {
    // Two officers at their counters, one account still on its one-time password.
    for (const [username, counter] of [['canbo01', 1], ['canbo02', 2]] as const) {
      const { token } = await login(h.hub.url, username, 'luot-demo');
      const s = createClient(h.hub.url, '/counter', token);
      sockets.push(s);
      await connected(s);
      await command(s, 'counter:sign-in', { commandId: cid(), counter });
    }
    const admin = await login(h.hub.url, 'admin', 'luot-demo');
    await fetch(`${h.hub.url}/api/v1/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'tiepnhan21', name: 'Đỗ Thị Hà', role: 'officer', password: 'mot-lan-thoi' }),
    });
    await openAdminSection(h.page, h.adminUrl, 'officers');
    await expect.poll(() => h.page.getByTestId('officer-where-canbo02').textContent()).toContain('Quầy 2');
    await h.page.screenshot({ path: `${shots}officers.png`, fullPage: true });
    expect(saved('officers.png')).toBeGreaterThan(20_000);
  });

  it('pairing: the new kiosk shows its code; the admin form is filled from its QR', async () => {
    const kiosk = await h.browser.newPage({ viewport: { width: 1080, height: 1920 }, locale: 'vi-VN' });
    await kiosk.goto(`${h.hub.url}/kiosk/`);
    const shown = kiosk.getByTestId('pairing-code');
    await shown.waitFor();
    await kiosk.getByTestId('ticket-qr').locator('img').waitFor();
    await kiosk.screenshot({ path: `${shots}pairing-kiosk.png` });
    const code = (await shown.getAttribute('data-code')) ?? '';

    // What the tablet opens when it scans the QR (already signed in here).
    await h.page.goto(`${h.hub.url}/admin/?pair=${code}#devices`);
    const form = h.page.getByTestId('pair-device');
    await form.waitFor();
    expect(await form.locator('input[name="code"]').inputValue()).toBe(code);
    await form.locator('input[name="id"]').fill('kiosk-3');
    await form.locator('input[name="name"]').fill('Kiosk sảnh B');
    await form.locator('input[name="area"]').fill('Tầng 1');
    await form.screenshot({ path: `${shots}pairing-form.png` });
    await form.locator('button[type="submit"]').click();
    await kiosk.locator('[data-screen="welcome"]').waitFor({ timeout: 15_000 });
    await kiosk.close();
    expect(saved('pairing-kiosk.png')).toBeGreaterThan(20_000);
  });

  it('devices: connected now, printers, placement', async () => {
    const kiosk = createClient(h.hub.url, '/kiosk', 'demo-kiosk-token-1');
    sockets.push(kiosk);
    await connected(kiosk);
    await fetch(`${h.hub.url}/api/v1/devices/printer`, {
      method: 'POST',
      headers: { authorization: 'Bearer demo-kiosk-token-1', 'content-type': 'application/json' },
      body: JSON.stringify({ commandId: cid(), state: 'paper_near_end' }),
    });
    await h.page.locator('nav a[data-section="officers"]').click();
    await h.page.locator('nav a[data-section="devices"]').click();
    await expect.poll(() => h.page.getByTestId('device-connected-kiosk-1').textContent(), { timeout: 10_000 }).toBe('Đang kết nối');
    await h.page.getByTestId('devices-table').screenshot({ path: `${shots}devices.png` });
    expect(saved('devices.png')).toBeGreaterThan(20_000);
  });
});
