/**
 * The public booking page `/dat-lich/` (issue 19): plain HTML forms a cheap
 * phone handles — book, get the code and its QR, move and cancel with the
 * code — with what the citizen typed sent by POST only, never in a URL.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHub, testHallConfig, type TestHub } from '@luot/testing';

const TODAY = '2026-11-23';
let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub({ serveApps: false, config: testHallConfig({ appointments: { services: ['DKKD'], slotMinutes: 30, capacityPerSlot: 1 } }) });
});
afterEach(async () => {
  await hub.close();
});

const get = (path: string) => fetch(`${hub.url}${path}`, { redirect: 'manual' });
const post = (path: string, form: Record<string, string>) =>
  fetch(`${hub.url}${path}`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });
const FORM = { 'dich-vu': 'DKKD', ngay: TODAY, gio: '09:30', ten: 'Nguyễn Thị Hoa', 'dien-thoai': '0912345678', cccd: '', 'ghi-chu': '' };

describe('the booking page', () => {
  it('books through the forms, shows the code with its QR, moves and cancels it', async () => {
    expect((await get('/dat-lich')).headers.get('location')).toBe('/dat-lich/');
    const start = await (await get('/dat-lich/')).text();
    expect(start).toContain('Đặt lịch hẹn');
    expect(start).toContain('value="DKKD"');
    expect(start).not.toContain('<script');
    const slots = await (await get(`/dat-lich/?dich-vu=DKKD&ngay=${TODAY}`)).text();
    expect(slots).toMatch(/value="09:30"\s+required/);
    expect(slots).toMatch(/value="08:30" disabled/);
    // One small answer per step for a slow link: the whole slot step, styles included.
    expect(Buffer.byteLength(slots)).toBeLessThan(12_000);

    const booked = await post('/dat-lich/', FORM);
    expect(booked.status).toBe(303);
    const location = booked.headers.get('location')!;
    expect(location).toMatch(/^\/dat-lich\/\?ma=[A-Z2-9]{8}$/);
    expect(location).not.toMatch(/Hoa|0912/);
    const page = await (await get(location)).text();
    const code = /id="code">([A-Z2-9-]+)</.exec(page)![1]!;
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(page).toContain('<svg');
    expect(page).toContain('Đã đặt lịch');
    expect(page).not.toMatch(/Hoa|0912345678/);

    // The slot holds one: a second citizen is told, and their details stay in the form.
    const full = await post('/dat-lich/', { ...FORM, ten: 'Lê Văn Bình', 'dien-thoai': '0987654321' });
    expect(full.status).toBe(409);
    const fullPage = await full.text();
    expect(fullPage).toContain('Khung giờ này đã đủ người đặt');
    expect(fullPage).toContain('value="Lê Văn Bình"');

    const bad = await post('/dat-lich/', { ...FORM, gio: '10:00', 'dien-thoai': '12345' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Số điện thoại chưa đúng');

    const moveChoices = await (await get(`${location}&doi-ngay=2026-11-24`)).text();
    expect(moveChoices).toContain('action="/dat-lich/doi"');
    const moved = await post('/dat-lich/doi', { ma: code, ngay: '2026-11-24', gio: '14:00' });
    expect(moved.status).toBe(303);
    expect(await (await get(location)).text()).toMatch(/id="time">14:00–14:30/);

    const cancelled = await post('/dat-lich/huy', { ma: code });
    expect(cancelled.status).toBe(303);
    expect(await (await get(location)).text()).toContain('Đã huỷ');

    const unknown = await get('/dat-lich/?ma=ABCD-EFGH');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Không tìm thấy lịch hẹn với mã này');
  });

  it('says when the center takes no bookings, and a closed day', async () => {
    const closed = await (await get('/dat-lich/?dich-vu=DKKD&ngay=2026-11-29')).text();
    expect(closed).toContain('Trung tâm không làm việc ngày này');
    await hub.restart({ config: testHallConfig() });
    expect(await (await get('/dat-lich/')).text()).toContain('Trung tâm chưa nhận đặt lịch hẹn');
  });
});
