/**
 * Screenshots of every kiosk screen, portrait 1080×1920 and landscape
 * 1920×1080, into .luot-tmp/screenshots/kiosk/ (git-ignored); `npm run
 * screenshots -w @luot/kiosk-app` copies them into docs/kiosk/.
 * A real hub with an officer signed in and a few people waiting, so the
 * screens show real numbers. Every shot is also an accessibility check:
 * axe-core finds no serious or critical violation on the screen as shown
 * (names of controls, contrast, language), in both orientations, in English,
 * and in the large-text mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, WebSocketRoute } from 'playwright-core';
import { cid, command, connected, createClient, login } from '@luot/testing';
import { LANDSCAPE, PORTRAIT, startKioskHarness, type KioskHarness } from './helpers/kiosk-harness';
import type { DossierView } from '@luot/protocol';
import { CCCD_QR, LAND_PROCEDURE, openDossierForm, scanWithKeyboard, screenshotDir, seriousAxeViolations } from '@luot/testing/browser';
import { browseToService, openKiosk, shownTicket, typeOnScreen } from './helpers/kiosk-page';

const outDir = screenshotDir('kiosk');
let h: KioskHarness;
const cleanups: (() => void)[] = [];

/** Lets a shot hold the hub's answers (the "issuing" screen) or cut the link (the out-of-service screen). */
const link = { holdAcks: false, cut: false, held: [] as (() => void)[], open: new Set<WebSocketRoute>() };
/** A dossier received at counter 3, for the lookup screen. */
let receivedCode = '';

/** The supervisor marks the received dossier's result ready (for the return ticket's shot), and back to processing after. */
async function asSupervisor(run: (admin: ReturnType<typeof createClient>) => Promise<unknown>): Promise<void> {
  const admin = createClient(h.hub.url, '/admin', (await login(h.hub.url, 'giamsat', 'luot-demo')).token);
  await connected(admin);
  await run(admin);
  admin.close();
}
const markReady = (code: string) => asSupervisor((a) => command(a, 'dossier:mark-ready', { commandId: cid(), dossiers: [code] }));
async function serveReturnTicket(): Promise<void> {
  const desk = createClient(h.hub.url, '/counter', (await login(h.hub.url, 'canbo05', 'luot-demo')).token);
  await connected(desk);
  for (const name of ['counter:sign-in', 'counter:call-next', 'counter:start-serving', 'counter:finish', 'counter:sign-out']) {
    const payload = name === 'counter:sign-in' ? { counter: 5 } : name === 'counter:finish' ? { outcome: 'guided' } : {};
    const r = await command(desk, name, { commandId: cid(), ...payload });
    if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  }
  desk.close();
}
const unmarkReady = (code: string) => asSupervisor((a) => command(a, 'dossier:set-status', { commandId: cid(), dossier: code, status: 'processing' }));

beforeAll(async () => {
  h = await startKioskHarness({ params: { idle: '600', ticketSeconds: '600', screenTicketSeconds: '600' } });
  // An officer at counter 3 (land) and a few citizens already waiting.
  const session = await login(h.hub.url, 'canbo03', 'luot-demo');
  const counter = createClient(h.hub.url, '/counter', session.token);
  await connected(counter);
  await command(counter, 'counter:sign-in', { commandId: cid(), counter: 3 });
  const kiosk = createClient(h.hub.url, '/kiosk', 'demo-kiosk-token-2');
  await connected(kiosk);
  cleanups.push(() => counter.close(), () => kiosk.close());
  const applicant = { idNumber: '001190012345', name: 'Lê Thị Hồng Nhung', dateOfBirth: '1990-05-04', sex: 'female', address: 'Số 3 Lê Lợi, Tỉnh Lạng Sơn', phone: '0977111222' };
  const reg = await command<{ dossierId: string }>(kiosk, 'dossier:register', { commandId: cid(), procedure: LAND_PROCEDURE, applicant, return: { method: 'counter' } });
  if (!reg.ok) throw new Error(reg.error.message.en);
  // An officer opens only the dossier of the citizen at their counter: the registration's ticket is counter 3's first call.
  await command(counter, 'counter:call-next', { commandId: cid() });
  const received = await command<DossierView>(counter, 'dossier:receive', {
    commandId: cid(),
    dossier: reg.value.dossierId,
    applicant,
    documents: [{ name: 'Đơn đăng ký đất đai', originals: 1, copies: 0 }],
  });
  if (!received.ok || !received.value.code || !received.value.trackingCode) throw new Error('the dossier was not received');
  // What the receipt's QR carries: the code and its check key.
  receivedCode = received.value.trackingCode;
  for (const service of ['dat-dai', 'dat-dai', 'dat-dai', 'tu-phap']) await command(kiosk, 'ticket:issue', { commandId: cid(), service });
  await h.page.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (link.cut) return void ws.close();
    link.open.add(ws);
    const server = ws.connectToServer();
    ws.onMessage((m) => server.send(m));
    server.onMessage((m) => {
      if (link.holdAcks && typeof m === 'string' && m.startsWith('43/kiosk,') && m.includes('"ticket"')) link.held.push(() => ws.send(m));
      else ws.send(m);
    });
    ws.onClose(() => link.open.delete(ws));
  });
}, 120_000);

afterAll(async () => {
  for (const c of cleanups) c();
  await h?.close();
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** What a shot must show: the screen, and its key words (so a picture of the wrong screen fails). */
interface Expected {
  screen: string;
  text: string | RegExp;
}

async function shoot(page: Page, orientation: string, name: string, expected: Expected): Promise<void> {
  // Fonts and the QR image settle first, so the picture is what a citizen sees.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(250);
  await expect(page.locator(`[data-screen="${expected.screen}"]`).count(), `${name}: screen`).resolves.toBeGreaterThan(0);
  const visible = await page.locator('body').innerText();
  if (typeof expected.text === 'string') expect(visible, `${name}: text`).toContain(expected.text);
  else expect(visible, `${name}: text`).toMatch(expected.text);
  const png = await page.screenshot({ path: `${outDir}${orientation}-${name}.png` });
  expect(pngSize(png), `${name}: size`).toEqual(page.viewportSize());
  expect(await seriousAxeViolations(page), `${name}: accessibility`).toEqual([]);
}

/** Turns on "Chữ to" from the top bar, as a citizen would. */
async function largeText(page: Page): Promise<void> {
  await page.getByTestId('large-text-switch').click();
  await expect(page.getByTestId('large-text-switch').getAttribute('aria-pressed')).resolves.toBe('true');
}

async function home(page: Page, url: string): Promise<void> {
  await openKiosk(page, url);
}

describe('kiosk screens in large text', () => {
  it('captures the main screens with "Chữ to" on, and the next visit starts normal again', async () => {
    const { page, kioskUrl } = h;
    await page.setViewportSize(PORTRAIT);
    await h.printer.setState('online');
    const orientation = 'large-text-portrait';

    await home(page, kioskUrl);
    await largeText(page);
    await shoot(page, orientation, '01-welcome', { screen: 'welcome', text: 'Chạm vào lĩnh vực cần làm thủ tục' });
    await page.getByTestId('department-tnmt').click();
    await page.getByTestId('service-dat-dai').click();
    await shoot(page, orientation, '03-service', { screen: 'service', text: 'Lấy số ưu tiên' });
    await page.getByTestId('take-priority-number').click();
    await shoot(page, orientation, '05-priority', { screen: 'priority', text: 'Quý khách thuộc diện ưu tiên nào?' });
    await page.getByTestId('nav-back').click();
    await page.getByTestId('take-number').click();
    await shownTicket(page, 'printed');
    await shoot(page, orientation, '08-ticket-printed', { screen: 'ticket', text: 'Mời nhận phiếu ở khe máy in' });
    // The ticket's visit is over: the next citizen gets normal text.
    await page.getByTestId('ticket-done').click();
    await page.locator('[data-screen="welcome"]').waitFor();
    await expect(page.evaluate(() => document.documentElement.classList.contains('large-text'))).resolves.toBe(false);

    await largeText(page);
    await page.getByTestId('open-search').click();
    await typeOnScreen(page, 'so do');
    await page.locator('[data-testid="search-results"] button').first().waitFor();
    await shoot(page, orientation, '06-search', { screen: 'search', text: /Tìm thấy \d+ thủ tục/ });

    await home(page, kioskUrl);
    await largeText(page);
    await openDossierForm(page);
    await scanWithKeyboard(page, CCCD_QR);
    await page.getByTestId('scan-ok').waitFor();
    await shoot(page, orientation, '21-dossier-form-scanned', { screen: 'dossier-form', text: 'Võ Việt Dũng' });

    await home(page, kioskUrl);
    await largeText(page);
    await page.getByTestId('open-lookup').click();
    await scanWithKeyboard(page, `http://hall.example.vn/d/${receivedCode}`);
    await page.getByTestId('lookup-result').waitFor();
    await shoot(page, orientation, '25-lookup-result', { screen: 'lookup', text: 'Ngày hẹn trả kết quả' });
  });
});

describe.each([
  ['portrait', PORTRAIT],
  ['landscape', LANDSCAPE],
] as const)('kiosk screens, %s', (orientation, viewport) => {
  it('captures every screen', async () => {
    const { page, kioskUrl } = h;
    await page.setViewportSize(viewport);
    await h.printer.setState('online');

    await home(page, kioskUrl);
    await shoot(page, orientation, '01-welcome', { screen: 'welcome', text: 'Chạm vào lĩnh vực cần làm thủ tục' });

    await page.getByTestId('department-tnmt').click();
    await page.locator('[data-screen="services"]').waitFor();
    await shoot(page, orientation, '02-services', { screen: 'services', text: 'Đất đai và môi trường' });

    await page.getByTestId('service-dat-dai').click();
    await page.locator('[data-screen="service"]').waitFor();
    await shoot(page, orientation, '03-service', { screen: 'service', text: 'Lấy số ưu tiên' });

    await page.locator('[data-testid^="procedure-"]').first().click();
    await page.locator('[data-screen="procedure"]').waitFor();
    await shoot(page, orientation, '04-procedure', { screen: 'procedure', text: 'Giấy tờ cần mang' });

    await page.getByTestId('nav-back').click();
    await page.getByTestId('take-priority-number').click();
    await page.locator('[data-screen="priority"]').waitFor();
    await shoot(page, orientation, '05-priority', { screen: 'priority', text: 'Quý khách thuộc diện ưu tiên nào?' });

    await home(page, kioskUrl);
    await page.getByTestId('open-search').click();
    await typeOnScreen(page, 'dat dai');
    await page.locator('[data-testid="search-results"] button').first().waitFor();
    await shoot(page, orientation, '06-search', { screen: 'search', text: /Tìm thấy \d+ thủ tục/ });

    // Issuing: the hub's answer is held back for the picture.
    await home(page, kioskUrl);
    await browseToService(page, 'tnmt', 'dat-dai');
    link.holdAcks = true;
    await page.getByTestId('take-number').click();
    await page.getByTestId('issuing').waitFor();
    await shoot(page, orientation, '07-issuing', { screen: 'issuing', text: 'Đang lấy số' });
    link.holdAcks = false;
    for (const release of link.held.splice(0)) release();
    await shownTicket(page, 'printed');
    await shoot(page, orientation, '08-ticket-printed', { screen: 'ticket', text: 'Mời nhận phiếu ở khe máy in' });

    await h.printer.setState('paper_out');
    await home(page, kioskUrl);
    await browseToService(page, 'tnmt', 'dat-dai');
    await page.getByTestId('take-number').click();
    await page.getByTestId('printer-problem').waitFor();
    await shoot(page, orientation, '09-printer-problem', { screen: 'printer-problem', text: 'Máy in đã hết giấy' });
    await page.getByTestId('take-on-screen').click();
    await shownTicket(page, 'skipped');
    await page.locator('[data-testid="ticket-qr"] img').waitFor();
    await shoot(page, orientation, '10-ticket-on-screen', { screen: 'ticket', text: 'Dùng điện thoại quét mã này' });
    await h.printer.setState('online');

    const now = h.hub.clock.now();
    h.hub.clock.set(now + 10 * 60 * 60 * 1000);
    await home(page, kioskUrl);
    await browseToService(page, 'tp', 'tu-phap');
    await page.getByTestId('take-number').click();
    await page.getByTestId('issue-error').waitFor();
    await shoot(page, orientation, '11-issue-error', { screen: 'issue-error', text: 'Vui lòng quay lại lúc' });
    // The hall's time never goes back (a clock stepping back must not reopen a day): go on to the next morning.
    h.hub.clock.set(now + 24 * 60 * 60 * 1000);

    const quickIdle = new URL(kioskUrl);
    quickIdle.searchParams.set('idle', '20');
    await home(page, quickIdle.toString());
    await browseToService(page, 'tp', 'tu-phap');
    await page.getByTestId('idle-warning').waitFor({ timeout: 25_000 });
    await shoot(page, orientation, '12-idle-warning', { screen: 'service', text: /Về trang đầu sau \d+ giây/ });

    await home(page, kioskUrl);
    link.cut = true;
    for (const ws of [...link.open]) await ws.close();
    await page.getByTestId('out-of-service').waitFor();
    await shoot(page, orientation, '13-out-of-service', { screen: 'welcome', text: 'Tạm ngừng phục vụ' });
    link.cut = false;
    await page.getByTestId('out-of-service').waitFor({ state: 'detached', timeout: 30_000 });

    await page.getByTestId('lang-switch').click();
    await shoot(page, orientation, '14-welcome-english', { screen: 'welcome', text: 'Touch the area' });
    await page.getByTestId('department-tnmt').click();
    await page.getByTestId('service-dat-dai').click();
    await shoot(page, orientation, '15-service-english', { screen: 'service', text: 'Take a number' });

    // The printer goes off just as the issued ticket is sent to it: the number stays on screen with its QR.
    const printRoute = `${h.agent?.url ?? ''}/print`;
    await page.route(printRoute, async (route) => {
      await h.printer.setState('offline', 'drop');
      await route.continue();
    });
    try {
      await home(page, kioskUrl);
      await browseToService(page, 'tnmt', 'dat-dai');
      await page.getByTestId('take-number').click();
      await shownTicket(page, 'failed');
      await page.locator('[data-testid="ticket-qr"] img').waitFor();
      await shoot(page, orientation, '26-ticket-not-printed', { screen: 'ticket', text: 'Không in được phiếu' });
    } finally {
      await page.unroute(printRoute);
      await h.printer.setState('online');
    }
  });

  it('captures the dossier screens', async () => {
    const { page, kioskUrl } = h;
    await page.setViewportSize(viewport);
    await h.printer.setState('online');

    await home(page, kioskUrl);
    await page.getByTestId('open-dossier').click();
    await page.locator('[data-screen="dossier-start"]').waitFor();
    await shoot(page, orientation, '16-dossier-start', { screen: 'dossier-start', text: 'Chạm vào lĩnh vực, hoặc tìm theo tên thủ tục' });
    await page.getByTestId('dossier-department-tnmt').click();
    await page.locator('[data-screen="dossier-department"]').waitFor();
    await shoot(page, orientation, '17-dossier-procedures', { screen: 'dossier-department', text: 'Chọn thủ tục cần nộp hồ sơ' });
    await page.getByTestId(`dossier-procedure-${LAND_PROCEDURE}`).click();
    await page.getByTestId('checklist-item-0').click();
    await shoot(page, orientation, '18-dossier-checklist', { screen: 'dossier-checklist', text: 'Chuẩn bị đủ các giấy tờ sau' });

    await home(page, kioskUrl);
    await openDossierForm(page);
    await page.getByTestId('field-name-value').click();
    await typeOnScreen(page, 'nguyeenx vawn aan');
    await shoot(page, orientation, '19-dossier-form-telex', { screen: 'dossier-form', text: 'Nguyễn Văn Ân' });
    await scanWithKeyboard(page, '04620100015||Nguyễn Văn Ân|30072001|Nam|Thôn 1|10072021');
    await page.getByTestId('scan-error').waitFor();
    await shoot(page, orientation, '20-dossier-scan-error', { screen: 'dossier-form', text: 'Máy chưa đọc được thẻ' });
    await scanWithKeyboard(page, CCCD_QR);
    await page.getByTestId('scan-ok').waitFor();
    await typeOnScreen(page, '0912345678');
    await shoot(page, orientation, '21-dossier-form-scanned', { screen: 'dossier-form', text: 'Võ Việt Dũng' });
    await page.getByTestId('form-continue').click();
    await page.locator('[data-screen="dossier-confirm"]').waitFor();
    await shoot(page, orientation, '22-dossier-confirm', { screen: 'dossier-confirm', text: 'Xác nhận đăng ký' });
    await page.getByTestId('confirm-register').click();
    await shownTicket(page, 'printed');
    await shoot(page, orientation, '23-dossier-registered', { screen: 'ticket', text: 'Hồ sơ của bạn đã được đăng ký' });

    await home(page, kioskUrl);
    await page.getByTestId('open-lookup').click();
    await page.locator('[data-screen="lookup"]').waitFor();
    await shoot(page, orientation, '24-lookup', { screen: 'lookup', text: 'Quét mã QR trên giấy hẹn trả kết quả' });
    await scanWithKeyboard(page, `http://hall.example.vn/d/${receivedCode}`);
    await page.getByTestId('lookup-result').waitFor();
    await shoot(page, orientation, '25-lookup-result', { screen: 'lookup', text: 'Ngày hẹn trả kết quả' });

    // "Nhận kết quả": refused while the result is not ready, then a return ticket once a supervisor marked it ready.
    await home(page, kioskUrl);
    await page.getByTestId('open-collect').click();
    await page.locator('[data-screen="collect"]').waitFor();
    await shoot(page, orientation, '27-collect', { screen: 'collect', text: 'Quét mã QR trên giấy tiếp nhận và hẹn trả kết quả' });
    await scanWithKeyboard(page, `http://hall.example.vn/d/${receivedCode}`);
    await page.getByTestId('collect-refusal').waitFor();
    await shoot(page, orientation, '28-collect-not-ready', { screen: 'collect', text: 'Kết quả chưa sẵn sàng' });
    await markReady(receivedCode);
    await scanWithKeyboard(page, `http://hall.example.vn/d/${receivedCode}`);
    await shownTicket(page, 'printed');
    await shoot(page, orientation, '29-collect-ticket', { screen: 'ticket', text: 'Mời nhận phiếu ở khe máy in' });
    // The next orientation starts again: the return ticket served, the result back to processing.
    await serveReturnTicket();
    await unmarkReady(receivedCode);
  });
});
