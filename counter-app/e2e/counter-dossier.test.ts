/**
 * Walk-in dossiers at the counter, end to end against a real hub: a citizen
 * registers at the kiosk (over the kiosk socket), the officer calls the
 * ticket, sees the registration, corrects it, ticks the documents and
 * receives it → code and appointment → the receipt slip prints on the
 * counter's (virtual) printer through the device agent, and as an A5 page;
 * a refusal with its notice; a supplement asked for after reception (form 02,
 * printed, and again on request); the supervisor's list prints a notice, asks
 * for a supplement and moves a dossier to "result ready"; the "Trả kết quả"
 * counter opens it from the receipt QR and hands it over (early); the
 * officer's figures come from the hub's report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { DossierRegistrationReceipt, DossierView } from '@luot/protocol';
import { cid, command, connected, createClient, login } from '@luot/testing';
import {
  DEMO_PASSWORD,
  KIOSK_TOKEN,
  SCREEN,
  actionButton,
  pressWhenReady,
  signInOfficer,
  startCounterHarness,
  waitForCalledCode,
  type CounterHarness,
  finishWithKey,
} from './helpers/counter-harness';

const MIN = 60_000;
/** Đăng ký thành lập doanh nghiệp tư nhân: service dang-ky-kinh-doanh (counter 1), 3 working days. */
const PROCEDURE = '2.001610';
const DOC_REQUEST = 'Giấy đề nghị đăng ký doanh nghiệp';
const DOC_ID =
  'Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân (không cần khi kê khai số định danh cá nhân)';
const HA = {
  idNumber: '020189004512',
  name: 'Hoàng Thị Thanh Hà',
  dateOfBirth: '1989-04-12',
  sex: 'female',
  address: 'Số 15 đường Trần Đăng Ninh, phường Hoàng Văn Thụ, tỉnh Lạng Sơn',
  phone: '0912 345 678',
} as const;
const TUAN = {
  idNumber: '020095001234',
  name: 'Nông Văn Tuấn',
  dateOfBirth: '1995-10-02',
  sex: 'male',
  address: 'Thôn Nà Lầu, xã Hoàng Đồng, tỉnh Lạng Sơn',
  phone: '0388 112 233',
} as const;

const LAN = {
  idNumber: '020190007788',
  name: 'Lộc Thị Lan',
  dateOfBirth: '1990-06-15',
  sex: 'female',
  address: 'Khối 3, phường Đông Kinh, tỉnh Lạng Sơn',
  phone: '0977 456 123',
} as const;

let h: CounterHarness;
let kiosk: ReturnType<typeof createClient>;
const sockets: ReturnType<typeof createClient>[] = [];
let dossierCode = '';
/** The code and its check key, as the receipt prints it and its QR holds. */
let trackingCode = '';

beforeAll(async () => {
  h = await startCounterHarness({ printer: true });
  kiosk = createClient(h.hub.url, '/kiosk', KIOSK_TOKEN);
  sockets.push(kiosk);
  await connected(kiosk);
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await h?.close();
});

async function register(applicant: typeof HA | typeof TUAN | typeof LAN): Promise<DossierRegistrationReceipt> {
  h.hub.clock.advance(MIN);
  const r = await command<DossierRegistrationReceipt>(kiosk, 'dossier:register', {
    commandId: cid(),
    procedure: PROCEDURE,
    applicant,
    return: { method: 'counter' },
  });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

/** A socket officer at a counter (signed in until signed out). */
async function socketOfficer(username: string, counter: number) {
  const session = await login(h.hub.url, username, DEMO_PASSWORD);
  const s = createClient(h.hub.url, '/counter', session.token);
  sockets.push(s);
  await connected(s);
  const r = await command(s, 'counter:sign-in', { commandId: cid(), counter });
  if (!r.ok) throw new Error(r.error.message.en);
  return s;
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: SCREEN, locale: 'vi-VN' });
  return context.newPage();
}

const text = (page: Page, id: string) => page.getByTestId(id).textContent();
const printedPage = (page: Page) => page.getByTestId('print-frame').getAttribute('srcdoc');

describe('walk-in dossiers at the counter', () => {
  it('lists the counters by area at sign-in, from the hall info', async () => {
    await h.page.goto(h.counterUrl);
    const options = h.page.locator('select[name="counter"] option[value]:not([value=""])');
    await expect.poll(() => options.count()).toBe(10);
    expect(
      await h.page.locator('select[name="counter"] optgroup').evaluateAll((g) => g.map((x) => x.getAttribute('label'))),
    ).toEqual(['Tầng 1', 'Tầng 2']);
    expect(await options.nth(4).textContent()).toBe('Quầy 5 — Trả kết quả');
  });

  it('receives a kiosk registration: corrections, documents, code and appointment, receipt printed', async () => {
    // Earlier today canbo01 served a citizen at counter 9: only the hub's report knows.
    const other = await socketOfficer('canbo01', 9);
    await h.issue('tai-chinh');
    for (const step of ['counter:call-next', 'counter:start-serving'] as const) {
      const r = await command(other, step, { commandId: cid() });
      if (!r.ok) throw new Error(r.error.message.en);
    }
    h.hub.clock.advance(4 * MIN);
    expect((await command(other, 'counter:finish', { commandId: cid(), outcome: 'guided' })).ok).toBe(true);
    expect((await command(other, 'counter:sign-out', { commandId: cid() })).ok).toBe(true);

    const reg = await register(HA);
    await signInOfficer(h.page, h.counterUrl, 'canbo01', 1);
    await pressWhenReady(h.page, 'callNext', 'F1');
    expect(await waitForCalledCode(h.page)).toBe(reg.ticket.code);
    await pressWhenReady(h.page, 'startServing', 'F3');

    // The registration, marked as from the kiosk, with the applicant's fields.
    await expect.poll(() => text(h.page, 'kiosk-mark')).toBe('Hồ sơ đăng ký tại kiosk');
    expect(await text(h.page, 'dossier-procedure')).toContain('Đăng ký thành lập doanh nghiệp tư nhân');
    const name = h.page.locator('input[name="applicant.name"]');
    expect(await name.inputValue()).toBe(HA.name);
    expect(await h.page.locator('input[name="applicant.idNumber"]').inputValue()).toBe(HA.idNumber);
    expect(await h.page.locator('input[name="applicant.phone"]').inputValue()).toBe('0912345678');
    expect(await h.page.getByTestId('doc-row').count()).toBe(3);

    // Nothing ticked yet: the officer is told, nothing is sent.
    await actionButton(h.page, 'dossierReceive').click();
    await expect.poll(() => text(h.page, 'dossier-problem')).toBe('Vui lòng đánh dấu ít nhất một giấy tờ đã nhận.');

    // The ID card says "Hằng": corrected; two documents ticked, two copies of the ID.
    await name.fill('Hoàng Thị Thanh Hằng');
    expect(await h.page.locator('.dossier-fields .edited-tag').count()).toBe(1);
    await h.page.getByRole('checkbox', { name: DOC_REQUEST }).check();
    await h.page.getByRole('checkbox', { name: DOC_ID }).check();
    await h.page.locator('input[name="doc.1.copies"]').fill('2');
    h.hub.clock.set(Date.parse('2026-11-23T09:30:00+07:00'));
    await actionButton(h.page, 'dossierReceive').click();

    // Code and appointment: 3 working days of 8 h (the processing calendar) from Monday 09:30 → Thursday 09:30.
    await expect.poll(() => text(h.page, 'dossier-code')).toMatch(/^000\.00\.01\.H40-261123-0001$/);
    dossierCode = (await text(h.page, 'dossier-code')) ?? '';
    trackingCode = (await text(h.page, 'dossier-tracking-code')) ?? '';
    expect(trackingCode).toMatch(new RegExp(`^${dossierCode.replace(/\./g, '\\.')}-[A-Z2-7]{6}$`));
    expect(await text(h.page, 'dossier-appointment')).toBe('Hẹn trả: 09:30, Thứ Năm 26/11/2026');
    expect(await text(h.page, 'dossier-status')).toBe('Được tiếp nhận');

    // The slip went to the counter's printer through the device agent.
    const [job] = await h.printer!.waitForJobs(1, 10_000);
    const png = job!.png();
    expect(png).not.toBeNull();
    expect(png!.subarray(1, 4).toString()).toBe('PNG');
    expect(png!.length).toBeGreaterThan(5_000);
    await expect.poll(() => text(h.page, 'dossier-notice')).toBe('Đã in giấy tiếp nhận trên máy in của quầy.');

    // The hub kept the correction and the counts.
    const supervisor = await login(h.hub.url, 'giamsat', DEMO_PASSWORD);
    const admin = createClient(h.hub.url, '/admin', supervisor.token);
    sockets.push(admin);
    await connected(admin);
    const stored = await command<DossierView>(admin, 'dossier:get', { dossier: dossierCode });
    expect(stored).toMatchObject({
      ok: true,
      value: {
        applicant: { name: 'Hoàng Thị Thanh Hằng', idNumber: HA.idNumber },
        documents: [
          { name: DOC_REQUEST, originals: 1, copies: 0 },
          { name: DOC_ID, originals: 0, copies: 2 },
        ],
        officer: { name: 'Nguyễn Thị Hương' },
      },
    });

    // And as the A5 page for an office printer, fetched with the token, printed from a hidden frame.
    await actionButton(h.page, 'printA5').click();
    await expect.poll(() => printedPage(h.page)).toContain(dossierCode);
    const slip = (await printedPage(h.page)) ?? '';
    expect(slip).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(slip).toContain('Hoàng Thị Thanh Hằng');
    expect(slip).toContain('size:A5');
    expect(await h.page.getByTestId('print-frame').getAttribute('src')).toBeNull();

    // Finish the ticket; the figures come from the hub's report: 2 served today (one at counter 9).
    await finishWithKey(h.page, '1');
    await h.page.getByTestId('rating-status').getByRole('button', { name: 'Bỏ qua' }).click();
    await expect.poll(() => text(h.page, 'figures-served')).toBe('2');
    expect(await h.page.getByTestId('figures-source').getAttribute('data-source')).toBe('hub');
  });

  it('refuses a registration with a reason and prints the notice', async () => {
    const reg = await register(TUAN);
    await pressWhenReady(h.page, 'callNext', 'F1');
    expect(await waitForCalledCode(h.page)).toBe(reg.ticket.code);
    await expect.poll(() => h.page.locator('input[name="applicant.name"]').inputValue()).toBe(TUAN.name);

    await actionButton(h.page, 'dossierRefuse').click();
    const dialog = h.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Từ chối' }).click();
    expect(await dialog.locator('.notice-error').textContent()).toBe('Vui lòng nhập lý do.');
    const reason = 'Thủ tục không thuộc thẩm quyền; công dân cần đăng ký hộ kinh doanh tại UBND cấp xã';
    await dialog.locator('textarea[name="reason"]').fill(reason);
    await dialog.getByRole('button', { name: 'Từ chối' }).click();

    await expect.poll(() => text(h.page, 'dossier-status')).toBe('Không được tiếp nhận');
    expect(await text(h.page, 'dossier-reason')).toBe(reason);
    expect(await text(h.page, 'dossier-code')).toBe('—');
    await expect.poll(() => printedPage(h.page)).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(await printedPage(h.page)).toContain(reason);
  });

  it('asks for a supplement after reception, and prints the notice again on request', async () => {
    // The refused citizen's ticket is done first.
    await finishWithKey(h.page, '2');
    await h.page.getByTestId('rating-status').getByRole('button', { name: 'Bỏ qua' }).click();

    const reg = await register(LAN);
    await pressWhenReady(h.page, 'callNext', 'F1');
    expect(await waitForCalledCode(h.page)).toBe(reg.ticket.code);
    await expect.poll(() => h.page.locator('input[name="applicant.name"]').inputValue()).toBe(LAN.name);
    await h.page.getByRole('checkbox', { name: DOC_REQUEST }).check();
    await actionButton(h.page, 'dossierReceive').click();
    await expect.poll(() => text(h.page, 'dossier-status')).toBe('Được tiếp nhận');
    const code = (await text(h.page, 'dossier-code')) ?? '';
    expect(code).toMatch(/-0002$/);
    expect(await actionButton(h.page, 'printNotice').count()).toBe(0);

    // A missing copy found after reception: the dossier keeps its code and waits for it.
    await actionButton(h.page, 'dossierSupplement').click();
    const dialog = h.page.getByRole('dialog');
    expect(await dialog.locator('textarea[name="items"]').inputValue()).toContain(DOC_ID);
    const reason = 'Thiếu bản sao giấy tờ pháp lý của chủ doanh nghiệp';
    await dialog.locator('input[name="reason"]').fill(reason);
    await dialog.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
    await expect.poll(() => text(h.page, 'dossier-status')).toBe('Yêu cầu bổ sung');
    expect(await text(h.page, 'dossier-code')).toBe(code);
    await expect.poll(() => printedPage(h.page)).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(await printedPage(h.page)).toContain(code);

    // The notice of a coded dossier can be printed again.
    await h.page.getByTestId('print-frame').evaluate((frame) => frame.removeAttribute('srcdoc'));
    await actionButton(h.page, 'printNotice').click();
    await expect.poll(() => printedPage(h.page)).toContain(reason);
  });

  it('the supervisor lists today’s dossiers and moves one to result ready', async () => {
    // Processing, over the admin socket (another supervisor's terminal).
    const supervisor = await login(h.hub.url, 'giamsat', DEMO_PASSWORD);
    const admin = createClient(h.hub.url, '/admin', supervisor.token);
    sockets.push(admin);
    await connected(admin);
    expect(
      await command(admin, 'dossier:set-status', { commandId: cid(), dossier: dossierCode, status: 'processing' }),
    ).toMatchObject({ ok: true, value: { status: 'processing' } });

    const page = await newPage(h.browser);
    await page.goto(h.adminUrl);
    await page.locator('input[name="username"]').fill('giamsat');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    const row = page.locator(`tr[data-testid="dossier-row"][data-code="${dossierCode}"]`);
    await expect.poll(() => row.getAttribute('data-status')).toBe('processing');
    expect(await page.getByTestId('dossier-row').count()).toBe(3);
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain('Đang xử lý');
    expect(rowText).toContain('09:30, Thứ Năm 26/11/2026');
    expect(rowText).toContain('Nguyễn Thị Hương');
    // No personal data of the applicant on the supervisor's list.
    const listText = (await page.getByTestId('dossier-list').textContent()) ?? '';
    for (const s of [HA.idNumber, 'Hằng', HA.address, '0912345678', TUAN.idNumber, TUAN.name, LAN.name])
      expect(listText).not.toContain(s);

    // The notice of the dossier waiting for a supplement can be printed from the list.
    const waiting = page.locator('tr[data-testid="dossier-row"][data-status="supplement_requested"]');
    await waiting.locator('button[data-action="printNotice"]').click();
    await expect.poll(() => printedPage(page)).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');

    // Found incomplete while processing: the supervisor asks for a supplement (form 02, printed).
    await row.locator('button[data-action="supplement"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="reason"]').fill('Thiếu chữ ký trên giấy đề nghị');
    await dialog.locator('textarea[name="items"]').fill('Giấy đề nghị có chữ ký của chủ doanh nghiệp');
    await dialog.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('supplement_requested');
    await expect.poll(() => printedPage(page)).toContain('Thiếu chữ ký trên giấy đề nghị');
    // The items came: back to processing.
    await row.locator('button[data-action="processing"]').click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('processing');

    await row.locator('button[data-action="result_ready"]').click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('result_ready');
    expect(await page.getByTestId('dossier-list-notice').textContent()).toBe(
      `Đã cập nhật hồ sơ ${dossierCode}: Đã xử lý xong.`,
    );
    await page.context().close();
  });

  it('the "Trả kết quả" counter opens it from the receipt QR and hands it over early', async () => {
    // Two days later. The officer signs in on that day: a session opened before
    // the clock jumps 52 hours would have expired (12 h) before its socket connects.
    h.hub.clock.set(Date.parse('2026-11-25T14:00:00+07:00'));
    const page = await newPage(h.browser);
    await signInOfficer(page, h.counterUrl, 'canbo05', 5);
    // canbo05 never handled it: the plain code is not enough…
    await page.locator('input[name="dossierCode"]').fill(dossierCode);
    await page.locator('input[name="dossierCode"]').press('Enter');
    await expect.poll(() => text(page, 'dossier-notice')).toContain('Bạn chỉ xem được hồ sơ');
    // …the citizen's receipt is: a USB scanner types the QR's text (the tracking URL) into the code field.
    await page.locator('input[name="dossierCode"]').fill(`http://localhost:8080/d/${encodeURIComponent(trackingCode)}`);
    await page.locator('input[name="dossierCode"]').press('Enter');
    await expect.poll(() => text(page, 'dossier-code')).toBe(dossierCode);
    expect(await text(page, 'dossier-status')).toBe('Đã xử lý xong');
    await actionButton(page, 'markReturned').click();
    await expect.poll(() => text(page, 'dossier-timeliness')).toBe('Trước hạn');
    expect(await text(page, 'dossier-status')).toBe('Đã trả kết quả');
    expect(await text(page, 'dossier-notice')).toBe(`Đã trả kết quả hồ sơ ${dossierCode} — Trước hạn`);

    // A code that is not one is refused on the spot.
    await page.locator('input[name="dossierCode"]').fill('A015');
    await page.locator('input[name="dossierCode"]').press('Enter');
    await expect.poll(() => text(page, 'dossier-notice')).toBe('Mã hồ sơ có dạng 000.00.01.H40-261123-0001.');
    await page.context().close();
  });
});
