/**
 * Walk-in dossiers at a real kiosk page against a real hub, device agent and
 * virtual printer: a registration from an ID card scan to the printed ticket
 * and the hub's registered dossier; a malformed scan that keeps what was
 * typed; Telex on the on-screen keyboard; a lookup of a received dossier that
 * shows only the public status; the idle timer on a form.
 */
import type { DossierView } from '@luot/protocol';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cid, command, connected, createClient, login, until } from '@luot/testing';
import { CCCD_QR, LAND_PROCEDURE, openDossierForm, scanWithKeyboard, textOf } from '@luot/testing/browser';
import { startKioskHarness, type KioskHarness } from './helpers/kiosk-harness';
import { openKiosk, shownTicket, typeOnScreen } from './helpers/kiosk-page';

const PASSWORD = 'luot-demo';
const NOT_AN_ID_CARD = 'Máy chưa đọc được thẻ. Hãy đưa mặt sau thẻ căn cước, chỗ có mã QR, vào máy đọc và giữ yên.';
let h: KioskHarness;
const sockets: Socket[] = [];

beforeAll(async () => {
  // Text mode: the ticket's characters travel as bytes the virtual printer keeps.
  h = await startKioskHarness({ printerMode: 'text', params: { ticketSeconds: '60' } });
}, 60_000);
afterAll(async () => {
  for (const s of sockets.splice(0)) s.close();
  await h?.close();
});
beforeEach(async () => {
  await openKiosk(h.page, h.kioskUrl);
});

async function staffDossiers(): Promise<DossierView[]> {
  const { token } = await login(h.hub.url, 'giamsat', PASSWORD);
  const res = await fetch(`${h.hub.url}/api/v1/dossiers?status=registered`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as DossierView[];
}

describe('kiosk: Nộp hồ sơ', () => {
  it('from a scan of the ID card to a printed ticket that carries a registered dossier', async () => {
    const { page } = h;
    await page.getByTestId('open-dossier').click();
    await page.getByTestId('dossier-department-tnmt').click();
    await page.getByTestId(`dossier-procedure-${LAND_PROCEDURE}`).click();
    // The catalogue's papers, as a checklist with originals and copies.
    const checklist = await textOf(page, 'checklist');
    expect(checklist).toContain('Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 15)');
    expect(checklist).toContain('1 bản chính');
    await page.getByTestId('checklist-item-0').click();
    await expect(page.getByTestId('checklist-item-0').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByTestId('checklist-continue').click();
    await page.getByTestId('scan-prompt').waitFor();

    await scanWithKeyboard(page, CCCD_QR);
    await page.getByTestId('scan-ok').waitFor();
    expect(await textOf(page, 'field-idNumber-value')).toBe('046201000152');
    expect(await textOf(page, 'field-name-value')).toBe('Võ Việt Dũng');
    expect(await textOf(page, 'field-birthDigits-value')).toBe('30/07/2001');
    await expect(page.getByTestId('sex-male').getAttribute('aria-checked')).resolves.toBe('true');
    expect(await textOf(page, 'field-address-value')).toBe('Thôn Đông Hòa 7, Xã Phước Sơn, Huyện Tuy Phước, Tỉnh Bình Định');
    // A standard card: nothing to warn about. The keypad waits for the phone number.
    await expect(page.locator('[data-testid^="scan-warning-"]').count()).resolves.toBe(0);
    await expect(page.getByTestId('form-keys').getAttribute('data-keyboard')).resolves.toBe('numeric');
    await typeOnScreen(page, '0912345678');
    expect(await textOf(page, 'field-phone-value')).toBe('0912 345 678');

    await page.getByTestId('form-continue').click();
    await page.locator('[data-screen="dossier-confirm"]').waitFor();
    expect(await textOf(page, 'confirm-name')).toContain('Võ Việt Dũng');
    expect(await textOf(page, 'confirm-idNumber')).toContain('046201000152');
    expect(await textOf(page, 'confirm-birthDate')).toContain('30/07/2001');
    expect(await textOf(page, 'confirm-sex')).toContain('Nam');
    expect(await textOf(page, 'confirm-return')).toContain('Tại quầy');

    const jobsBefore = h.printer.jobs.length;
    await page.getByTestId('confirm-register').click();
    const shown = await shownTicket(page, 'printed');
    expect(shown.code).toMatch(/^B\d{3}$/);
    expect(await textOf(page, 'ticket-registered')).toBe('Hồ sơ của bạn đã được đăng ký; vui lòng chờ gọi số');

    const [job] = (await h.printer.waitForJobs(jobsBefore + 1)).slice(jobsBefore);
    expect(job!.decoded.text.includes(Buffer.from(shown.code, 'latin1'))).toBe(true);
    expect(job!.decoded.text.includes(Buffer.from(LAND_PROCEDURE, 'latin1'))).toBe(true); // the registration line
    expect(job!.decoded.qrData[0]).toMatch(new RegExp(`/t/${shown.id}$`));

    const ticket = (await h.tickets()).find((t) => t.id === shown.id);
    expect(ticket).toMatchObject({ code: shown.code, service: 'dat-dai', source: 'kiosk', state: 'waiting' });
    expect(ticket?.dossierId).toBeTruthy();
    const dossier = (await staffDossiers()).find((d) => d.ticketId === shown.id);
    expect(dossier).toMatchObject({
      id: ticket?.dossierId,
      status: 'registered',
      code: null,
      procedure: { code: LAND_PROCEDURE },
      applicant: { idNumber: '046201000152', name: 'Võ Việt Dũng', dateOfBirth: '2001-07-30', sex: 'male', phone: '0912345678' },
      returnMethod: 'counter',
    });
  });

  it('a malformed scan says why and keeps what was typed; Telex composes the name', async () => {
    const { page } = h;
    await openDossierForm(page);
    await page.getByTestId('field-name-value').click();
    await expect(page.getByTestId('form-keys').getAttribute('data-keyboard')).resolves.toBe('telex');
    await typeOnScreen(page, 'nguyeenx vawn aan');
    expect(await textOf(page, 'field-name-value')).toBe('Nguyễn Văn Ân');
    await page.locator('[data-key="backspace"]').click();
    await typeOnScreen(page, 'n');
    expect(await textOf(page, 'field-name-value')).toBe('Nguyễn Văn Ân');
    await page.getByTestId('field-phone-value').click();
    await typeOnScreen(page, '0987654321');

    // The first field is not 12 digits: refused in citizen words; the parser's reason goes to the log.
    const log: string[] = [];
    const onConsole = (m: { text(): string }) => void log.push(m.text());
    page.on('console', onConsole);
    await scanWithKeyboard(page, '04620100015||Nguyễn Văn Ân|30072001|Nam|Thôn 1, Xã A|10072021');
    const error = await textOf(page, 'scan-error');
    expect(error).toBe(NOT_AN_ID_CARD);
    await until(() => log.some((line) => line.includes('ID card QR refused') && line.includes('trường 1 phải là 12 chữ số')), 2000, 'the parser\'s reason in the log');
    page.off('console', onConsole);
    expect(await textOf(page, 'field-name-value')).toBe('Nguyễn Văn Ân');
    expect(await textOf(page, 'field-phone-value')).toBe('0987 654 321');
    expect(await textOf(page, 'field-idNumber-value')).toBe('Chạm để nhập');

    // Continuing without the rest names what is missing, and nothing is sent.
    await page.getByTestId('form-continue').click();
    expect(await textOf(page, 'field-idNumber-error')).toBe('Số căn cước gồm đủ 12 chữ số');
    expect(await textOf(page, 'field-sex-error')).toBe('Vui lòng chọn Nam hoặc Nữ');
    await expect(page.locator('[data-screen="dossier-form"]').count()).resolves.toBe(1);

    // A person typing on a keyboard is not a scanner: slow keys are no scan.
    await page.keyboard.type('1234|abc', { delay: 200 });
    await page.keyboard.press('Enter');
    expect(await textOf(page, 'scan-error')).toBe(NOT_AN_ID_CARD);

    // A good scan afterwards fills the card's fields and keeps the typed phone.
    await scanWithKeyboard(page, CCCD_QR);
    await page.getByTestId('scan-ok').waitFor();
    expect(await textOf(page, 'field-name-value')).toBe('Võ Việt Dũng');
    expect(await textOf(page, 'field-phone-value')).toBe('0987 654 321');
  });

  it('by post: an address typed with Telex, sent as the postal address', async () => {
    const { page } = h;
    await openDossierForm(page);
    await scanWithKeyboard(page, CCCD_QR);
    await page.getByTestId('scan-ok').waitFor();
    await typeOnScreen(page, '0912000111');
    await page.getByTestId('return-post').click();
    await expect(page.getByTestId('form-keys').getAttribute('data-keyboard')).resolves.toBe('telex');
    await typeOnScreen(page, 'soos 5 dduwowngf hungf vuwowng');
    expect(await textOf(page, 'field-postalAddress-value')).toBe('Số 5 Đường Hùng Vương');
    await page.getByTestId('form-continue').click();
    expect(await textOf(page, 'confirm-return')).toContain('Qua bưu điện: Số 5 Đường Hùng Vương');
    await page.getByTestId('confirm-register').click();
    const shown = await shownTicket(page, 'printed');
    const dossier = (await staffDossiers()).find((d) => d.ticketId === shown.id);
    expect(dossier).toMatchObject({ returnMethod: 'post', postalAddress: 'Số 5 Đường Hùng Vương', applicant: { phone: '0912000111' } });
  });
});

describe('kiosk: Tra cứu hồ sơ', () => {
  it('scanning the receipt QR shows the status, the appointment day and the masked name, not the ID number', async () => {
    // A dossier registered at another kiosk and received at counter 2.
    const kiosk = createClient(h.hub.url, '/kiosk', 'demo-kiosk-token-2');
    sockets.push(kiosk);
    await connected(kiosk);
    const applicant = { idNumber: '001190012345', name: 'Lê Thị Hồng Nhung', dateOfBirth: '1990-05-04', sex: 'female', address: 'Số 3 Lê Lợi, Phường Chi Lăng, Tỉnh Lạng Sơn', phone: '0977111222' };
    const reg = await command<{ dossierId: string }>(kiosk, 'dossier:register', { commandId: cid(), procedure: LAND_PROCEDURE, applicant, return: { method: 'counter' } });
    if (!reg.ok) throw new Error(reg.error.message.en);
    const { token } = await login(h.hub.url, 'canbo02', PASSWORD);
    const counter = createClient(h.hub.url, '/counter', token);
    sockets.push(counter);
    await connected(counter);
    expect((await command(counter, 'counter:sign-in', { commandId: cid(), counter: 2 })).ok).toBe(true);
    // An officer opens only the dossier of the ticket at their counter: call its ticket first.
    const ticketCode = (reg.value as { ticket?: { code: string } }).ticket?.code ?? '';
    expect((await command(counter, 'counter:call-number', { commandId: cid(), code: ticketCode })).ok).toBe(true);
    const received = await command<DossierView>(counter, 'dossier:receive', {
      commandId: cid(),
      dossier: reg.value.dossierId,
      applicant,
      documents: [{ name: 'Đơn đăng ký đất đai', originals: 1, copies: 0 }],
    });
    if (!received.ok) throw new Error(received.error.message.en);
    // The receipt's QR and the kiosk's lookup carry the tracking code (the code and its check key).
    const code = received.value.trackingCode!;
    const appointment = new Date(received.value.appointmentAt! + 7 * 3600_000);

    const { page } = h;
    await page.getByTestId('open-lookup').click();
    await page.locator('[data-screen="lookup"]').waitFor();
    await scanWithKeyboard(page, `http://hall.example.vn/d/${encodeURIComponent(code)}`);
    await page.getByTestId('lookup-result').waitFor();
    expect(await textOf(page, 'lookup-status')).toBe('Được tiếp nhận');
    expect(await textOf(page, 'lookup-name')).toBe('L** T** H** N**');
    const dd = String(appointment.getUTCDate()).padStart(2, '0');
    const mm = String(appointment.getUTCMonth() + 1).padStart(2, '0');
    expect(await textOf(page, 'lookup-appointment')).toMatch(new RegExp(`^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), ${dd}/${mm}/${appointment.getUTCFullYear()}$`));
    expect(await textOf(page, 'lookup-code')).toBe(code);
    const text = (await page.locator('[data-screen="lookup"]').textContent()) ?? '';
    for (const personal of [applicant.idNumber, applicant.name, applicant.address, applicant.phone, '04/05/1990']) expect(text).not.toContain(personal);
    // The result has the screen to itself; "Tra cứu mã khác" brings the keyboard back, empty.
    await expect(page.locator('.keyboard').count()).resolves.toBe(0);
    await page.getByTestId('lookup-again').click();
    await page.getByTestId('lookup-submit').waitFor();
    expect(await textOf(page, 'lookup-code')).toBe('Ví dụ 000.00.06.H56-261127-0001-K7QX3M');
  });

  it('a typed code that does not exist gets a clear message', async () => {
    const { page } = h;
    await page.getByTestId('open-lookup').click();
    await typeOnScreen(page, '000.00.02.h40-261123-9999-k7qx3m');
    expect(await textOf(page, 'lookup-code')).toBe('000.00.02.H40-261123-9999-K7QX3M');
    await page.getByTestId('lookup-submit').click();
    await page.locator('[data-outcome="not-found"]').waitFor();
    expect(await textOf(page, 'lookup-outcome')).toBe('Không tìm thấy hồ sơ mã 000.00.02.H40-261123-9999-K7QX3M. Vui lòng kiểm tra lại mã trên giấy hẹn.');
    // The plain code without its check key: said before asking the hub.
    await page.locator('[data-key="clear"]').click();
    await typeOnScreen(page, '000.00.02.h40-261123-9999');
    await page.getByTestId('lookup-submit').click();
    expect(await textOf(page, 'lookup-outcome')).toContain('Thiếu mã kiểm tra');
    // Not a code at all: said before asking the hub.
    await page.locator('[data-key="clear"]').click();
    await typeOnScreen(page, '12345');
    await page.getByTestId('lookup-submit').click();
    expect(await textOf(page, 'lookup-outcome')).toContain('Mã hồ sơ chưa đúng dạng');
  });
});

describe('kiosk: idle on a dossier form', () => {
  it('does not wipe a form being filled, warns, then goes home and forgets the data', async () => {
    const { page } = h;
    const url = new URL(h.kioskUrl);
    url.searchParams.set('idle', '3');
    url.searchParams.set('formIdle', '8');
    await openKiosk(page, url.toString());
    await openDossierForm(page);
    await page.getByTestId('field-name-value').click();
    // Typing slowly for longer than the ordinary idle timeout and the form's own: each touch restarts it.
    const started = Date.now();
    for (const key of 'nguyeenx an') {
      await page.locator(`[data-key="${key === ' ' ? 'space' : key}"]`).click();
      await page.waitForTimeout(1000);
    }
    expect(Date.now() - started).toBeGreaterThan(10_000);
    expect(await textOf(page, 'field-name-value')).toBe('Nguyễn An');
    await expect(page.getByTestId('idle-warning').count()).resolves.toBe(0);

    // Hands off: the warning first, then home.
    await page.getByTestId('idle-warning').waitFor({ timeout: 10_000 });
    await page.locator('[data-screen="welcome"]').waitFor({ timeout: 10_000 });
    // The next citizen starts with an empty form.
    await openDossierForm(page);
    expect(await textOf(page, 'field-name-value')).toBe('Chạm để nhập');
  });
});
