/**
 * An appointment through the whole hall, all real (issue 19): a citizen books
 * on the phone page (Chromium at 390×844) → an earlier walk-in takes a ticket
 * of the same service → the citizen checks in at the kiosk by scanning the
 * booking's QR → the officer's next call is the appointment, ahead of the
 * walk-in → served, then the walk-in is next. With LUOT_SCREENSHOTS=1 the
 * screenshots refresh docs/booking/.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { IssuedTicket } from '@luot/protocol';
import { hallConfigSchema, loadHallConfig, DEMO_HALL_CONFIG_PATH } from '@luot/hub-server';
import { apiCall, startTestHub, type TestHub } from '@luot/testing';
import { SCREENS, ensureAppBuilt, launchChromium, pressWhenEnabled, scanWithKeyboard, screenPage, signInAt } from '@luot/testing/browser';
import { startPrinterStation, type PrinterStation } from '@luot/testing/devices';

const TODAY = '2026-11-23'; // the test hub's Monday, 09:00
/** The README's screenshots are refreshed on request (LUOT_SCREENSHOTS=1); otherwise they go to a temporary folder, leaving the checkout clean. */
const SHOTS = process.env.LUOT_SCREENSHOTS === '1' ? join(import.meta.dirname, '..', 'docs', 'booking') : mkdtempSync(join(tmpdir(), 'luot-booking-shots-'));

let hub: TestHub;
let station: PrinterStation;
let browser: Browser;
let phone: Page;
let kiosk: Page;
let officer: Page;

beforeAll(async () => {
  for (const app of ['kiosk-app', 'counter-app'] as const) ensureAppBuilt(app);
  const demo = loadHallConfig(DEMO_HALL_CONFIG_PATH);
  hub = await startTestHub({ config: hallConfigSchema.parse({ ...demo, appointments: { services: ['dat-dai', 'dang-ky-kinh-doanh'] } }) });
  station = await startPrinterStation(hub.url, { statusPollMs: 500 });
  browser = await launchChromium();
  phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN' })).newPage();
  kiosk = await screenPage(browser, SCREENS.kiosk);
  officer = await screenPage(browser, SCREENS.counter);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await station?.close();
  await hub?.close();
});

describe('an appointment', () => {
  it('booked on a phone, checked in at the kiosk by QR, called ahead of an earlier walk-in, served', async () => {
    // On the phone: the service and today, then the 09:30 slot, a name and a phone number.
    await phone.goto(`${hub.url}/dat-lich/`);
    await phone.locator('input[name="dich-vu"][value="dat-dai"]').check();
    await phone.locator('select[name="ngay"]').selectOption(TODAY);
    await phone.screenshot({ path: join(SHOTS, 'phone-1-service-day.png'), fullPage: true });
    await phone.locator('form[action="/dat-lich/"] button[type="submit"]').first().click();
    await phone.locator('input[name="gio"][value="09:30"]').check();
    await phone.locator('#ten').fill('Nguyễn Thị Hoa');
    await phone.locator('#dien-thoai').fill('0912 345 678');
    await phone.locator('#ghi-chu').fill('Xin cấp đổi sổ đỏ');
    await phone.screenshot({ path: join(SHOTS, 'phone-2-slot-details.png'), fullPage: true });
    await phone.locator('form[method="post"] button[type="submit"]').click();
    await phone.locator('#code').waitFor();
    const code = ((await phone.locator('#code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(phone.url()).not.toMatch(/Hoa|0912/);
    expect(await phone.locator('#state').textContent()).toContain('Đã đặt lịch');
    await phone.screenshot({ path: join(SHOTS, 'phone-3-code-qr.png'), fullPage: true });

    // An earlier walk-in of the same service.
    const walkIn = (await (await apiCall(hub.url, 'POST', '/tickets', 'demo-kiosk-token-1', { service: 'dat-dai' })).json()) as IssuedTicket;

    // 09:20: within the check-in window. At the kiosk: "Có lịch hẹn", then the phone's QR under the scanner.
    hub.clock.advance(20 * 60_000);
    await kiosk.goto(`${hub.url}/kiosk/?token=demo-kiosk-token-1&${station.params}&ticketSeconds=60`);
    await kiosk.getByTestId('open-check-in').click();
    await kiosk.locator('[data-screen="check-in"]').waitFor();
    await kiosk.screenshot({ path: join(SHOTS, 'kiosk-check-in.png') });
    await scanWithKeyboard(kiosk, `${hub.url}/dat-lich/?ma=${code.replace('-', '')}`);
    await kiosk.locator('[data-testid="ticket"][data-print="printed"]').waitFor({ timeout: 20_000 });
    const ticketCode = ((await kiosk.getByTestId('ticket-code').textContent()) ?? '').trim();
    expect(ticketCode).toMatch(/^B\d{3}$/);
    expect(ticketCode).not.toBe(walkIn.code);
    expect(station.printer.jobs).toHaveLength(1);

    // At counter 2 (land): the next call is the appointment, ahead of the walk-in who came first.
    await signInAt(officer, hub.url, 'counter', { username: 'canbo02', counter: 2, query: station.params });
    const press = (action: string, key: string) => pressWhenEnabled(officer, action, key);
    await press('callNext', 'F1');
    await expect.poll(() => officer.getByTestId('current-code').textContent()).toBe(ticketCode);
    // The officer sees that it is an appointment, its slot and the citizen's note.
    await expect.poll(() => officer.getByTestId('appointment-mark').textContent()).toBe(`Công dân đặt lịch hẹn khung 09:30, mã ${code} — Xin cấp đổi sổ đỏ`);
    await officer.screenshot({ path: join(SHOTS, 'counter-appointment.png') });
    await press('startServing', 'F3');
    await press('finish', 'F4');
    await officer.locator('button[data-outcome]').first().waitFor({ state: 'visible' });
    await officer.keyboard.press('2');
    await press('callNext', 'F1');
    await expect.poll(() => officer.getByTestId('current-code').textContent()).toBe(walkIn.code);

    // The supervisor sees today's bookings: one booked, arrived, with its ticket.
    const supervisor = await screenPage(browser, SCREENS.counter);
    await signInAt(supervisor, hub.url, 'admin', { username: 'giamsat' });
    await expect.poll(() => supervisor.getByTestId('bookings-arrived').textContent(), { timeout: 15_000 }).toBe('1');
    expect(await supervisor.getByTestId(`booking-${code}`).getAttribute('data-state')).toBe('checked_in');
    await supervisor.getByTestId('bookings-panel').screenshot({ path: join(SHOTS, 'supervisor-bookings.png') });

    // The booking page now says it was checked in.
    await phone.reload();
    expect(await phone.locator('#state').textContent()).toContain('Đã xác nhận tại kiosk');
  });
});
