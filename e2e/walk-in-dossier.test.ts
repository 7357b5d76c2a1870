/**
 * A walk-in dossier through the whole hall, all real: the citizen scans the
 * chip ID card at the kiosk and registers → the ticket prints → the officer
 * calls it, sees the registration, ticks the papers and receives it → the
 * receipt slip prints on the counter's printer → the citizen looks the
 * dossier up at the kiosk by scanning the slip's QR and sees only the public
 * status. Personal data never reaches the display board.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { HallEvent } from '@luot/protocol';
import { connected, createClient, startTestHub, type TestHub } from '@luot/testing';
import {
  CCCD_QR,
  LAND_PROCEDURE,
  SCREENS,
  ensureAppBuilt,
  launchChromium,
  openDossierForm,
  pressWhenEnabled,
  scanWithKeyboard,
  screenPage,
  signInAt,
  textOf,
} from '@luot/testing/browser';
import { startPrinterStation, type PrinterStation } from '@luot/testing/devices';

/** The ID number in CCCD_QR, the card the citizen scans. */
const ID_NUMBER = '046201000152';
const APPLICATION_FORM = 'Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 15)';

let hub: TestHub;
const stations: PrinterStation[] = [];
let browser: Browser;
let kiosk: Page;
let officer: Page;

/** A virtual network printer behind its own device agent, as on a kiosk or a counter PC. */
async function deviceStation(): Promise<PrinterStation> {
  const station = await startPrinterStation(hub.url, { statusPollMs: 500 });
  stations.push(station);
  return station;
}

beforeAll(async () => {
  for (const app of ['kiosk-app', 'counter-app'] as const) ensureAppBuilt(app);
  hub = await startTestHub();
  browser = await launchChromium();
  kiosk = await screenPage(browser, SCREENS.kiosk);
  officer = await screenPage(browser, SCREENS.counter);
});

afterAll(async () => {
  await browser?.close();
  for (const s of stations) await s.close();
  await hub?.close();
});

describe('a walk-in dossier', () => {
  it('from the ID card scan at the kiosk to the receipt printed at the counter to the lookup at the kiosk', async () => {
    const kioskStation = await deviceStation();
    const counterStation = await deviceStation();
    const board = createClient(hub.url, '/display', 'demo-display-token-1');
    const broadcast: HallEvent[] = [];
    board.on('hall:events', (events: HallEvent[]) => broadcast.push(...events));
    await connected(board);

    // At the kiosk: Nộp hồ sơ → land procedure → checklist → scan the card → phone → confirm.
    await kiosk.goto(`${hub.url}/kiosk/?token=demo-kiosk-token-1&${kioskStation.params}&ticketSeconds=60`);
    await kiosk.locator('[data-screen="welcome"]').waitFor();
    await openDossierForm(kiosk, 'tnmt', LAND_PROCEDURE);
    await kiosk.getByTestId('scan-prompt').waitFor();
    await scanWithKeyboard(kiosk, CCCD_QR); // a USB scanner: one fast burst, then Enter
    await kiosk.getByTestId('scan-ok').waitFor();
    expect(await textOf(kiosk, 'field-name-value')).toBe('Võ Việt Dũng');
    for (const digit of '0912345678') await kiosk.locator(`[data-key="${digit}"]`).click();
    await kiosk.getByTestId('form-continue').click();
    await kiosk.locator('[data-screen="dossier-confirm"]').waitFor();
    await kiosk.getByTestId('confirm-register').click();
    await kiosk.locator('[data-testid="ticket"][data-print="printed"]').waitFor({ timeout: 20_000 });
    const code = await textOf(kiosk, 'ticket-code');
    expect(code).toMatch(/^B\d{3}$/);
    expect(kioskStation.printer.jobs).toHaveLength(1);

    // At counter 2 (land): call, see the registration, tick the form, receive.
    await signInAt(officer, hub.url, 'counter', { username: 'canbo02', counter: 2, query: counterStation.params });
    const press = (action: string, key: string) => pressWhenEnabled(officer, action, key);
    await press('callNext', 'F1');
    await expect.poll(() => officer.getByTestId('current-code').textContent()).toBe(code);
    await press('startServing', 'F3');
    await expect.poll(() => officer.getByTestId('kiosk-mark').textContent()).toBe('Hồ sơ đăng ký tại kiosk');
    expect(await officer.locator('input[name="applicant.idNumber"]').inputValue()).toBe(ID_NUMBER);
    await officer.getByRole('checkbox', { name: APPLICATION_FORM }).check();
    await officer.locator('button[data-action="dossierReceive"]').click();
    await expect.poll(() => officer.getByTestId('dossier-code').textContent()).toMatch(/^000\.00\.02\.H40-261123-0001$/);
    const dossierCode = await textOf(officer, 'dossier-code');
    // The receipt carries the tracking code (the code and its check key); the public lookup needs the key.
    const trackingCode = await textOf(officer, 'dossier-tracking-code');
    expect(trackingCode).toMatch(new RegExp(`^${dossierCode.replace(/\./g, '\\.')}-[A-Z2-7]{6}$`));
    expect(await textOf(officer, 'dossier-appointment')).toMatch(/^Hẹn trả: \d{2}:\d{2}, Thứ \S+ \d{2}\/\d{2}\/2026$/);

    // The receipt slip printed on the counter's own printer, as a raster image of 80 mm paper.
    await expect.poll(() => officer.getByTestId('dossier-notice').textContent(), { timeout: 10_000 }).toBe('Đã in giấy tiếp nhận trên máy in của quầy.');
    const [slip] = await counterStation.printer.waitForJobs(1, 10_000);
    expect(slip!.decoded.image?.width).toBe(576);
    expect(slip!.decoded.cut).toBe(true);
    expect(slip!.png()?.subarray(1, 4).toString()).toBe('PNG');

    // Back at the kiosk: Tra cứu hồ sơ by scanning the slip's QR.
    await kiosk.goto(`${hub.url}/kiosk/?token=demo-kiosk-token-1&${kioskStation.params}`);
    await kiosk.getByTestId('open-lookup').click();
    await kiosk.locator('[data-screen="lookup"]').waitFor();
    await scanWithKeyboard(kiosk, `${hub.url}/d/${encodeURIComponent(trackingCode)}`);
    await kiosk.getByTestId('lookup-result').waitFor();
    expect(await textOf(kiosk, 'lookup-status')).toBe('Được tiếp nhận');
    expect(await textOf(kiosk, 'lookup-name')).toBe('V** V** D**');
    expect(await textOf(kiosk, 'lookup-code')).toBe(trackingCode);
    const shown = (await kiosk.locator('[data-screen="lookup"]').textContent()) ?? '';
    for (const secret of [ID_NUMBER, 'Võ Việt Dũng', '30/07/2001', 'Phước Sơn', '0912']) expect(shown).not.toContain(secret);

    // The board heard every step, and none of it carried personal data.
    const wire = JSON.stringify(broadcast);
    expect(broadcast.length).toBeGreaterThan(0);
    for (const secret of [ID_NUMBER, 'Võ Việt Dũng', '30072001', '2001-07-30', 'Phước Sơn', '0912345678']) expect(wire).not.toContain(secret);
    board.close();
  });
});
