/**
 * The admin console's calendar in Chromium: a make-up working Saturday added
 * in /admin/ moves the appointment of a dossier received afterwards one
 * working day earlier (before, the Saturday could not be listed and the due
 * date came out a day late).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { DossierView } from '@luot/protocol';
import { APPLICANT, cid, command, connected, createClient, login, registerAt, serveNext } from '@luot/testing';
import { DEMO_PASSWORD, KIOSK_TOKEN, startCounterHarness, type CounterHarness } from './helpers/counter-harness';
import { openAdminSection, saveWithReason } from './helpers/admin-console';

/** A land procedure of the demo hall: 3 working days. */
const PROCEDURE = '1.115728';
const DAY = 24 * 60 * 60 * 1000;
const DOCUMENTS = [{ name: 'Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 15)', originals: 1, copies: 0 }];

let h: CounterHarness;
const sockets: Socket[] = [];
beforeAll(async () => {
  h = await startCounterHarness();
  // Thursday 26/11/2026, 09:00: three working days run over the weekend.
  h.hub.clock.advance(3 * DAY);
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await h?.close();
});

/** An officer of the demo hall signed in at a counter over the socket. */
async function officerAt(username: string, counter: number): Promise<Socket> {
  const { token } = await login(h.hub.url, username, DEMO_PASSWORD);
  const s = createClient(h.hub.url, '/counter', token);
  sockets.push(s);
  await connected(s);
  const r = await command(s, 'counter:sign-in', { commandId: cid(), counter });
  if (!r.ok) throw new Error(r.error.message.en);
  return s;
}

async function receiveOne(kiosk: Socket, counter: Socket): Promise<number> {
  const reg = await registerAt(kiosk, PROCEDURE);
  await serveNext(counter);
  const r = await command<DossierView>(counter, 'dossier:receive', { commandId: cid(), dossier: reg.dossierId, applicant: APPLICANT, documents: DOCUMENTS });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.appointmentAt ?? 0;
}

describe('admin console: the calendar', () => {
  it('a make-up Saturday moves the appointment of a dossier received after it a working day earlier', async () => {
    const kiosk = createClient(h.hub.url, '/kiosk', KIOSK_TOKEN);
    sockets.push(kiosk);
    await connected(kiosk);
    const counter = await officerAt('canbo02', 2);
    const before = await receiveOne(kiosk, counter);
    // Thursday + 3 working days = Tuesday 01/12 09:00 (hall time).
    expect(new Date(before + 7 * 3600_000).toISOString().slice(0, 16)).toBe('2026-12-01T09:00');

    await openAdminSection(h.page, h.adminUrl, 'calendar');
    await h.page.locator('input[name="hours.makeUpDays.new"]').fill('2026-11-28');
    await h.page.locator('button[data-action="add-make-up-days"]').click();
    await expect.poll(() => h.page.getByTestId('make-up-days').textContent()).toContain('28/11/2026');
    await saveWithReason(h.page, 'Làm bù thứ Bảy 28/11 theo thông báo của Chính phủ');
    await expect.poll(() => h.page.getByTestId('save-outcome').textContent()).toContain('Đã lưu');

    const after = await receiveOne(kiosk, counter);
    // Saturday now counts: Friday, Saturday, Monday → Monday 30/11 09:00.
    expect(new Date(after + 7 * 3600_000).toISOString().slice(0, 16)).toBe('2026-11-30T09:00');
    expect(before - after).toBe(DAY);
  });
});
