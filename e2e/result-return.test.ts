/**
 * Returning a result through the whole hall (issue 19), all real: a
 * received dossier's result is marked ready on the supervisor's screen by
 * scanning its receipt → the citizen's phone gets "your result is ready"
 * from a local SMS gateway → at the kiosk "Nhận kết quả" and the receipt's
 * QR give a return ticket linked to the dossier, printed → the return desk
 * calls it, sees the dossier and hands the result over → the public lookup
 * says returned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { DossierView } from '@luot/protocol';
import { DEMO_HALL_CONFIG_PATH, loadHallConfig } from '@luot/hub-server';
import {
  APPLICANT,
  cid,
  command,
  connected,
  createClient,
  fakeGatewaySender,
  login,
  registerAt,
  socketSet,
  startFakeSmsGateway,
  startTestHub,
  until,
  type FakeSmsGateway,
  type TestHub,
} from '@luot/testing';
import { ensureAppBuilt, LAND_PROCEDURE, launchChromium, pressWhenEnabled, scanWithKeyboard, signInAt, textOf } from '@luot/testing/browser';
import { startPrinterStation, type PrinterStation } from '@luot/testing/devices';

let hub: TestHub;
let gateway: FakeSmsGateway;
let station: PrinterStation;
let browser: Browser;
let supervisor: Page;
let kiosk: Page;
let desk: Page;
const sockets = socketSet();

beforeAll(async () => {
  for (const app of ['kiosk-app', 'counter-app'] as const) ensureAppBuilt(app);
  gateway = await startFakeSmsGateway();
  const demo = loadHallConfig(DEMO_HALL_CONFIG_PATH);
  const config = { ...demo, notifications: { ...demo.notifications, sender: fakeGatewaySender(gateway) } };
  hub = await startTestHub({ config, notifications: { env: { FAKE_SMS_KEY: gateway.apiKey }, pollMs: 20 } });
  station = await startPrinterStation(hub.url, { statusPollMs: 500 });
  browser = await launchChromium();
  const context = (width: number, height: number) => browser.newContext({ viewport: { width, height }, locale: 'vi-VN' });
  supervisor = await (await context(1600, 1000)).newPage();
  kiosk = await (await context(1080, 1920)).newPage();
  desk = await (await context(1600, 900)).newPage();
});

afterAll(async () => {
  await browser?.close();
  await station?.close();
  sockets.closeAll();
  await hub?.close();
  await gateway?.close();
});

/** A land dossier registered at the kiosk and received at counter 2, over the sockets; its tracking code. */
async function receivedDossier(): Promise<string> {
  const kioskSocket = createClient(hub.url, '/kiosk', 'demo-kiosk-token-1');
  await connected(kioskSocket);
  const reg = await registerAt(kioskSocket, LAND_PROCEDURE);
  kioskSocket.close();
  const officer = sockets.open(hub.url, '/counter', (await login(hub.url, 'canbo02', 'luot-demo')).token);
  await connected(officer);
  await command(officer, 'counter:sign-in', { commandId: cid(), counter: 2 });
  await command(officer, 'counter:call-next', { commandId: cid() });
  const received = await command<DossierView>(officer, 'dossier:receive', {
    commandId: cid(),
    dossier: reg.dossierId,
    applicant: APPLICANT,
    documents: [{ name: 'Đơn đăng ký', originals: 1, copies: 0 }],
  });
  if (!received.ok) throw new Error(received.error.message.en);
  await command(officer, 'counter:finish', { commandId: cid(), outcome: 'dossier_received' });
  return received.value.trackingCode!;
}

describe('returning a result', () => {
  it('marked ready → SMS from the gateway → linked ticket at the kiosk → handed over at the desk → lookup says returned', async () => {
    const tracking = await receivedDossier();
    const code = tracking.slice(0, -7);
    const qr = `${hub.url}/d/${encodeURIComponent(tracking)}`;

    // The supervisor scans the signed result's receipt into the batch box and marks it ready.
    await signInAt(supervisor, hub.url, 'admin', { username: 'giamsat' });
    const panel = supervisor.getByTestId('returns-panel');
    await panel.waitFor();
    await panel.locator('textarea[name="readyCodes"]').fill(`${qr}\n`);
    await panel.locator('input[name="collectPlace"]').fill('Quầy 5');
    await panel.locator('button[data-action="markReady"]').click();
    await expect.poll(() => panel.locator('li[data-outcome="marked"]').count()).toBe(1);
    await expect.poll(() => panel.locator(`tr[data-testid="awaiting-row"][data-code="${code}"]`).count()).toBe(1);

    // The citizen's phone gets the message from the gateway, once. (The dossier code leaves a place of ~10 characters in one
    // Unicode SMS segment; the template shortens a longer place with "…".)
    await until(() => gateway.inbox('0912345678').length > 0, 10_000, 'the SMS');
    expect(gateway.inbox('0912345678')).toEqual([`Hồ sơ ${code} đã có kết quả. Mời nhận tại Quầy 5.`]);

    // At the kiosk: Nhận kết quả → scan the receipt's QR → a return ticket prints.
    await kiosk.goto(`${hub.url}/kiosk/?token=demo-kiosk-token-1&${station.params}&ticketSeconds=60`);
    await kiosk.getByTestId('open-collect').click();
    await kiosk.locator('[data-screen="collect"]').waitFor();
    await scanWithKeyboard(kiosk, qr);
    await kiosk.locator('[data-testid="ticket"][data-print="printed"]').waitFor({ timeout: 20_000 });
    const ticket = await textOf(kiosk, 'ticket-code');
    expect(ticket).toMatch(/^R\d{3}$/);
    expect(station.printer.jobs).toHaveLength(1);

    // The return desk (counter 5) calls it and sees the dossier it is linked to, then hands the result over.
    await signInAt(desk, hub.url, 'counter', { username: 'canbo05', counter: 5 });
    await pressWhenEnabled(desk, 'callNext', 'F1');
    await expect.poll(() => desk.getByTestId('current-code').textContent()).toBe(ticket);
    await expect.poll(() => desk.getByTestId('dossier-code').textContent(), { timeout: 10_000 }).toBe(code);
    expect(await textOf(desk, 'dossier-status')).toBe('Đã xử lý xong');
    expect(await textOf(desk, 'dossier-collect-place')).toContain('Quầy 5');
    await desk.locator('button[data-action="markReturned"]').click();
    await expect.poll(() => desk.getByTestId('dossier-status').textContent()).toBe('Đã trả kết quả');
    expect(await textOf(desk, 'dossier-returned-by')).toBe('Nông Thị Thu Trang');

    // The public lookup says returned; the waiting list is empty again.
    const page = await (await fetch(qr)).text();
    expect(page).toContain('Đã trả kết quả');
    await supervisor.getByTestId('returns-panel').getByRole('button', { name: 'Làm mới' }).click();
    await expect.poll(() => panel.locator('tr[data-testid="awaiting-row"]').count()).toBe(0);
    expect(gateway.delivered).toHaveLength(1);
  });

  it('one at a time from the counter, with where: the return desk opens a receipt and marks its result ready', async () => {
    const tracking = await receivedDossier();
    // The desk page is still signed in at counter 5; the citizen's receipt (tracking code) opens the dossier.
    await desk.locator('input[name="dossierCode"]').fill(tracking);
    await desk.locator('input[name="dossierCode"]').press('Enter');
    await expect.poll(() => desk.getByTestId('dossier-code').textContent(), { timeout: 10_000 }).toBe(tracking.slice(0, -7));
    await desk.locator('input[name="collectPlace"]').fill('Bàn số 2');
    await desk.locator('button[data-action="toResultReady"]').click();
    await expect.poll(() => desk.getByTestId('dossier-status').textContent()).toBe('Đã xử lý xong');
    expect(await textOf(desk, 'dossier-collect-place')).toContain('Bàn số 2');
    const lookup = await (await fetch(`${hub.url}/api/v1/dossiers/lookup?code=${encodeURIComponent(tracking)}`)).json();
    expect(lookup).toMatchObject({ status: 'result_ready', collect: { place: 'Bàn số 2' } });
  });
});
